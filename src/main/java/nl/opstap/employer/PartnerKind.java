package nl.opstap.employer;

/** The kind of partner an agreement (convenant) is made with. */
public enum PartnerKind {
    UWV, ROC, SW_BEDRIJF, WERKGEVER, OVERIG
}
