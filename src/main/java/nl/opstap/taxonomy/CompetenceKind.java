package nl.opstap.taxonomy;

/** The two kinds of an organisation's own competences, beside ESCO skills. */
public enum CompetenceKind {
    /** Werknemersvaardigheden: general work skills (on time, working together). */
    WERKNEMERSVAARDIGHEID,
    /** Vakvaardigheden: trade skills (forklift, till work). */
    VAKVAARDIGHEID
}
