package nl.opstap.taxonomy;

/** A search hit: the occupation and the label that matched (its preferred label or an alternative one). */
public record OccupationHit(Occupation occupation, String matchedLabel) {}
