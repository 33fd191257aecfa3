package nl.opstap.portfolio;

/** A skill a job seeker can choose: its key ("esco:" + URI or "competentie:" + id) and its label. */
public record CompetenceChoice(String key, String label) {}
