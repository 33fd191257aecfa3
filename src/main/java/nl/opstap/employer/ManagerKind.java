package nl.opstap.employer;

/** Which kind of account manager: Werk & Inkomen or Economische Zaken. */
public enum ManagerKind {
    WI, EZ;

    static ManagerKind of(boolean economicAffairs) {
        return economicAffairs ? EZ : WI;
    }
}
