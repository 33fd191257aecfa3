package nl.opstap.matching;

import java.util.List;

/** All criteria in the order of the explanation. */
final class Criteria {

    static final List<Criterion> ALL = List.of(new OccupationCriterion(), new RequiredSkillsCriterion(),
            new DesiredSkillsCriterion(), new SectorCriterion(), new EducationCriterion(), new ExperienceCriterion(),
            new TestResultCriterion(), new LadderCriterion(), new DistanceCriterion());

    private Criteria() {}
}
