package nl.opstap.taxonomy;

import java.util.List;

/** An ESCO skill or competence with its Dutch preferred and alternative labels. */
public record Skill(String uri, String preferredLabel, List<String> altLabels, String skillType, String reuseLevel) {}
