package nl.opstap.taxonomy;

/**
 * A potential labour sector as one organisation sees it: a stable code (used in facts and the API), its
 * current name, whether it may still be chosen, and whether the organisation added or changed it.
 */
public record Sector(String code, String name, boolean active, boolean ownChange, int position) {}
