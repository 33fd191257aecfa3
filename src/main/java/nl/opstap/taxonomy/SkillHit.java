package nl.opstap.taxonomy;

/** A skill search hit: the skill and the label that matched (its preferred label or an alternative one). */
public record SkillHit(Skill skill, String matchedLabel) {}
