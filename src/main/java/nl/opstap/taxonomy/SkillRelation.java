package nl.opstap.taxonomy;

/** An ESCO occupation–skill relation: the skill is essential or optional for the occupation. */
record SkillRelation(String occupationUri, String skillUri, boolean essential) {}
