package nl.opstap.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class ParticipationRulesTest {

    static final LocalDate BORN = LocalDate.of(1990, 5, 1);

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static String field(Throwable e) {
        return ((RuleViolation) e).violations().getFirst().field();
    }

    @Test
    void aPlannedEndBeforeTheStartOrAStartMoreThanAYearAheadIsRefused() {
        assertThatThrownBy(() -> ParticipationDates.checkEnrolment(Enrolment.class, TODAY, TODAY.minusDays(1), TODAY, BORN))
                .isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(field(e)).isEqualTo("plannedEnd"));
        assertThatThrownBy(() -> ParticipationDates.checkEnrolment(Enrolment.class, TODAY.plusYears(1).plusDays(1), null, TODAY, BORN))
                .satisfies(e -> assertThat(field(e)).isEqualTo("startDate"));
        assertThatCode(() -> ParticipationDates.checkEnrolment(Enrolment.class, TODAY.plusYears(1), TODAY.plusYears(1), TODAY, BORN))
                .doesNotThrowAnyException();
        assertThatCode(() -> ParticipationDates.checkEnrolment(Enrolment.class, LocalDate.of(2015, 1, 1), null, TODAY, BORN))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ParticipationDates.checkEnrolment(Enrolment.class, LocalDate.of(1900, 1, 1), null, TODAY, BORN))
                .isInstanceOf(RuleViolation.class);
        assertThatCode(() -> ParticipationDates.checkEnrolment(Enrolment.class, BORN.plusYears(16), null, TODAY, BORN))
                .doesNotThrowAnyException();
    }

    @Test
    void anActualEndIsNeitherInTheFutureNorBeforeTheStart() {
        assertThatThrownBy(() -> ParticipationDates.checkEnd(ParticipationEnding.class, TODAY.minusDays(10), TODAY.plusDays(1), TODAY))
                .satisfies(e -> assertThat(((RuleViolation) e).violations().getFirst().code()).isEqualTo("future"));
        assertThatThrownBy(() -> ParticipationDates.checkEnd(ParticipationEnding.class, TODAY.minusDays(10), TODAY.minusDays(11), TODAY))
                .satisfies(e -> assertThat(((RuleViolation) e).violations().getFirst().code()).isEqualTo("beforeStart"));
        assertThatCode(() -> ParticipationDates.checkEnd(ParticipationEnding.class, TODAY, TODAY, TODAY)).doesNotThrowAnyException();
    }

    @Test
    void aParticipationHoldsItsPlaceUntilItsActualOrPlannedEndOrWhileOverdue() {
        assertThat(Occupancy.of(TODAY.minusDays(30), TODAY.plusDays(5), TODAY.minusDays(2), TODAY).until()).isEqualTo(TODAY.minusDays(2));
        assertThat(Occupancy.of(TODAY.minusDays(30), TODAY.plusDays(5), null, TODAY).until()).isEqualTo(TODAY.plusDays(5));
        assertThat(Occupancy.of(TODAY.minusDays(30), TODAY.minusDays(1), null, TODAY).until()).isEqualTo(LocalDate.MAX);
        assertThat(Occupancy.of(TODAY.minusDays(30), null, null, TODAY).until()).isEqualTo(LocalDate.MAX);
    }

    @Test
    void theCapacityCountsOnlyParticipantsPresentAtTheSameTime() {
        Occupancy january = new Occupancy(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31));
        Occupancy march = new Occupancy(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31));
        Occupancy spring = new Occupancy(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 3, 15));
        // Two taken places that never overlap leave room for a second person throughout.
        assertThatCode(() -> CapacityRule.checkRoomFor(Enrolment.class, 2, List.of(january, march), spring)).doesNotThrowAnyException();
        assertThat(Occupancy.peak(List.of(january, march), spring)).isEqualTo(1);
        // With capacity 1 the same period is full.
        assertThatThrownBy(() -> CapacityRule.checkRoomFor(Enrolment.class, 1, List.of(january, march), spring))
                .isInstanceOf(RuleViolation.class).hasMessage("Deze activiteit is vol (1 van 1 plaatsen bezet).");
        assertThatCode(() -> CapacityRule.checkRoomFor(Enrolment.class, null, List.of(january, march, spring), spring))
                .doesNotThrowAnyException();
        Occupancy february = new Occupancy(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28));
        assertThatCode(() -> CapacityRule.checkRoomFor(Enrolment.class, 1, List.of(january, march), february)).doesNotThrowAnyException();
    }

    @Test
    void capacityCannotDropBelowTheCurrentParticipants() {
        assertThatThrownBy(() -> CapacityRule.checkNewCapacity(ActivityForm.class, 3, 4))
                .satisfies(e -> assertThat(field(e)).isEqualTo("capacity"));
        assertThatCode(() -> CapacityRule.checkNewCapacity(ActivityForm.class, 4, 4)).doesNotThrowAnyException();
        assertThatCode(() -> CapacityRule.checkNewCapacity(ActivityForm.class, null, 400)).doesNotThrowAnyException();
        assertThat(CapacityRule.free(5, 7)).isZero();
        assertThat(CapacityRule.free(null, 7)).isNull();
    }

    @Test
    void onlyActiveActivitiesOfTheClientsOwnOrganisationCanBeJoined() {
        OrganisationId igsd = OrganisationId.random();
        Activity active = new Activity(ActivityId.random(), igsd, "WEP", ActivityKind.WEP, null, 5, 26, null, true, 0);
        assertThatThrownBy(() -> ParticipationService.checkUsable(Enrolment.class, active, OrganisationId.random()))
                .hasMessageContaining("andere organisatie");
        Activity inactive = new Activity(ActivityId.random(), igsd, "Oud", ActivityKind.WEP, null, 5, 26, null, false, 0);
        assertThatThrownBy(() -> ParticipationService.checkUsable(Enrolment.class, inactive, igsd)).hasMessageContaining("niet meer");
        assertThatCode(() -> ParticipationService.checkUsable(Enrolment.class, active, igsd)).doesNotThrowAnyException();
    }

    @Test
    void aDropoutNeedsAReasonAndAnEndedParticipationCannotEndAgain() {
        Participation running = participation(null);
        ParticipationEnding dropout = new ParticipationEnding(ParticipationResult.UITGEVALLEN, TODAY, null, false, null, null, null);
        assertThatThrownBy(() -> running.checkEnding(dropout, TODAY)).satisfies(e -> assertThat(field(e)).isEqualTo("dropoutReasonId"));
        ParticipationEnding certificate = new ParticipationEnding(ParticipationResult.AFGEROND, TODAY, null, true, " ", null, null);
        assertThatThrownBy(() -> running.checkEnding(certificate, TODAY)).satisfies(e -> assertThat(field(e)).isEqualTo("certificateDescription"));
        ParticipationEnding done = new ParticipationEnding(ParticipationResult.AFGEROND, TODAY, null, true, "Heftruck", TODAY, null);
        assertThatCode(() -> running.checkEnding(done, TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> participation(TODAY.minusDays(1)).checkEnding(done, TODAY))
                .satisfies(e -> assertThat(((RuleViolation) e).isConflict()).isTrue());
    }

    private static Participation participation(LocalDate actualEnd) {
        return new Participation(ParticipationId.random(), new ClientId(UUID.randomUUID()), new MunicipalityCode("GM1708"), ActivityId.random(),
                "WEP", ActivityKind.WEP, TODAY.minusMonths(3), TODAY, actualEnd, actualEnd == null ? null : ParticipationResult.AFGEROND,
                null, null, false, null, null, null, Instant.now(), null);
    }
}
