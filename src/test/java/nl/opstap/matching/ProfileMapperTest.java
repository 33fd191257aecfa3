package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.client.CandidateFacts;
import nl.opstap.client.ClientId;
import nl.opstap.client.EducationLevel;
import nl.opstap.client.Gender;
import nl.opstap.client.LoadLevel;
import nl.opstap.client.MatchingFacts;
import nl.opstap.diagnosis.AssessmentCategory;
import nl.opstap.diagnosis.DiagnosisFact;
import nl.opstap.diagnosis.DiagnosisSnapshot;
import nl.opstap.diagnosis.FactRecord;
import nl.opstap.diagnosis.LadderStep;
import nl.opstap.diagnosis.OccupationKind;
import nl.opstap.diagnosis.Perspective;
import nl.opstap.diagnosis.TestType;
import nl.opstap.organisation.MunicipalityCode;
import org.junit.jupiter.api.Test;

/** Rule: unknown facts never exclude, and a client's skills include the essential skills of occupations worked in. */
class ProfileMapperTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final MunicipalityCode STEENWIJKERLAND = new MunicipalityCode("GM1708");
    final Vocabulary skills = new Vocabulary(1000);
    final Vocabulary occupations = new Vocabulary(1000);
    final ProfileMapper mapper = new ProfileMapper(skills, occupations, new Vocabulary(100),
            uri -> Map.of("esco:kok", List.of("esco:koken", "esco:hygiene")).getOrDefault(uri, List.of()), uri -> 5);
    final ClientId client = new ClientId(UUID.randomUUID());

    private CandidateFacts facts(MatchingFacts m) {
        return new CandidateFacts(client, STEENWIJKERLAND, "8331AB", null, Gender.UNKNOWN, LocalDate.of(1990, 1, 1), m);
    }

    private DiagnosisFact fact(FactRecord value) {
        return new DiagnosisFact(UUID.randomUUID(), value, STEENWIJKERLAND, null, Instant.now(), null, null, null, null, null);
    }

    @Test
    void unknownFactsNeverExclude() {
        CandidateProfile p = mapper.candidate(1, facts(MatchingFacts.none()), null, true, List.of(), TODAY);
        assertThat(p.municipality()).isEqualTo(1708);
        assertThat(p.pc4()).isEqualTo(8331);
        assertThat(p.maxTravelKm()).isEqualTo(ProfileMapper.DEFAULT_TRAVEL_KM);
        assertThat(p.hoursMin()).isZero();
        assertThat(p.hoursMax()).isEqualTo(80);
        assertThat(p.availableFrom()).isEqualTo(TODAY);
        assertThat(p.loadLevel()).isEqualTo(3);
        assertThat(p.perspectiveZorg()).isFalse();
        assertThat(p.testCategory()).isZero();
    }

    @Test
    void knownFactsAndTheDiagnosisAreMapped() {
        MatchingFacts m = new MatchingFacts(24, TODAY.plusDays(10), true, false, 15, LoadLevel.LOW, null, null);
        CandidateFacts c = new CandidateFacts(client, STEENWIJKERLAND, "8331AB", EducationLevel.MBO_2, Gender.FEMALE, LocalDate.of(1990, 1, 1), m);
        DiagnosisSnapshot d = new DiagnosisSnapshot(client, TODAY, null,
                fact(new FactRecord.PerspectiveFact(client, Perspective.ZORG, TODAY, null, null)),
                fact(new FactRecord.LadderFact(client, LadderStep.STEP_4, TODAY, null, null)), null, null,
                List.of(fact(new FactRecord.TestFact(client, TestType.PRACTICAL_ASSESSMENT, "TDC", TODAY, "goed", AssessmentCategory.CATEGORY_2, null))),
                List.of(fact(new FactRecord.OccupationFact(client, "esco:kok", OccupationKind.EXPERIENCE, TODAY, null, null)),
                        fact(new FactRecord.OccupationFact(client, "esco:schoonmaker", OccupationKind.INTEREST, TODAY, null, null))));
        CandidateProfile p = mapper.candidate(2, c, d, true, List.of("competentie:x"), TODAY);
        assertThat(p.hoursMax()).isEqualTo(24);
        assertThat(p.maxTravelKm()).isEqualTo(15);
        assertThat(p.loadLevel()).isEqualTo(1);
        assertThat(p.drivingLicence()).isTrue();
        assertThat(p.perspectiveZorg()).isTrue();
        assertThat(p.ladderStep()).isEqualTo(4);
        assertThat(p.testCategory()).isEqualTo(2);
        assertThat(p.educationLevel()).isEqualTo(EducationLevel.MBO_2.ordinal());
        assertThat(p.skills()).containsExactly(skills.known("competentie:x"), skills.known("esco:koken"), skills.known("esco:hygiene"));
        assertThat(p.experienceOccupations()).containsExactly(occupations.known("esco:kok"));
        assertThat(p.interestOccupations()).containsExactly(occupations.known("esco:schoonmaker"));
    }
}
