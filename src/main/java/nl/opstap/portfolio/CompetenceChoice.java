package nl.opstap.portfolio;

/** A skill a job seeker can choose: its key ("esco:" + URI or "competentie:" + id) and its label (public for the templates). */
public record CompetenceChoice(String key, String label) {}
