package nl.opstap.taxonomy;

import java.util.List;

/** An ESCO occupation with its Dutch preferred and alternative labels. */
public record Occupation(String uri, String preferredLabel, List<String> altLabels, String iscoGroup, String code) {}
