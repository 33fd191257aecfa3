package nl.opstap.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Permission;
import nl.opstap.access.Role;
import nl.opstap.access.UserId;
import nl.opstap.client.ClientId;
import nl.opstap.diagnosis.AssessmentCategory;
import nl.opstap.employer.EmployerId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/** The rules of workshops and agency sessions, without Spring. */
class WorkshopRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final MunicipalityCode STEENWIJKERLAND = new MunicipalityCode("GM1708");
    private static final MunicipalityCode WESTERVELD = new MunicipalityCode("GM1701");

    private static Candidate candidate(CandidateStatus status, LocalDate since) {
        return new Candidate(WorkshopId.random(), new ClientId(UUID.randomUUID()), AssessmentCategory.CATEGORY_2, since, status, since);
    }

    private static RuleViolation violation(Runnable rule) {
        try {
            rule.run();
        } catch (RuleViolation v) {
            return v;
        }
        throw new AssertionError("no rule violation");
    }

    @Test
    void placedCandidatesNeverExceedTheSeats() {
        WorkshopRules.checkRoom(10, 9);
        RuleViolation full = violation(() -> WorkshopRules.checkRoom(10, 10));
        assertThat(full.isConflict()).isTrue();
        assertThat(full.getMessage()).contains("vol", "10 van 10");
        assertThat(violation(() -> WorkshopRules.checkRoom(1, 3)).isConflict()).isTrue();
    }

    @Test
    void seatsCannotDropBelowThePlacedCandidates() {
        WorkshopRules.checkSeats(4, 4);
        WorkshopRules.checkSeats(8, 0);
        RuleViolation v = violation(() -> WorkshopRules.checkSeats(3, 4));
        assertThat(v.violations().getFirst().field()).isEqualTo("seats");
        assertThat(v.getMessage()).contains("(4)");
    }

    @Test
    void theEndDoesNotLieBeforeTheStart() {
        WorkshopRules.checkPeriod(TODAY, null);
        WorkshopRules.checkPeriod(TODAY, TODAY);
        assertThat(violation(() -> WorkshopRules.checkPeriod(TODAY, TODAY.minusDays(1))).violations().getFirst().field()).isEqualTo("end");
    }

    @Test
    void statusTransitionsAreGuarded() {
        assertThat(CandidateStatus.VOORGEDRAGEN.next()).containsExactly(CandidateStatus.GEPLAATST, CandidateStatus.NIET_GESELECTEERD,
                CandidateStatus.GESTOPT);
        assertThat(CandidateStatus.GEPLAATST.next()).containsExactly(CandidateStatus.GESTOPT, CandidateStatus.DOORGESTROOMD);
        for (CandidateStatus finalStatus : new CandidateStatus[] {CandidateStatus.NIET_GESELECTEERD, CandidateStatus.GESTOPT,
                CandidateStatus.DOORGESTROOMD}) {
            assertThat(finalStatus.isFinal()).isTrue();
        }
        for (CandidateStatus status : CandidateStatus.values()) {
            assertThat(status.canBecome(CandidateStatus.VOORGEDRAGEN)).isFalse();
            assertThat(status.canBecome(status)).isFalse();
        }
        assertThat(candidate(CandidateStatus.VOORGEDRAGEN, TODAY.minusDays(5)).statusAfter(CandidateStatus.GEPLAATST, TODAY, TODAY))
                .isEqualTo(CandidateStatus.GEPLAATST);
        RuleViolation v = violation(() -> candidate(CandidateStatus.VOORGEDRAGEN, TODAY).statusAfter(CandidateStatus.DOORGESTROOMD, TODAY, TODAY));
        assertThat(v.violations().getFirst().field()).isEqualTo("status");
        assertThat(v.getMessage()).contains("voorgedragen", "doorgestroomd");
        assertThat(violation(() -> candidate(CandidateStatus.DOORGESTROOMD, TODAY).statusAfter(CandidateStatus.GESTOPT, TODAY, TODAY)))
                .isNotNull();
    }

    @Test
    void aStatusChangeIsDatedBetweenTheCurrentStatusAndToday() {
        Candidate placed = candidate(CandidateStatus.GEPLAATST, TODAY.minusDays(10));
        assertThat(placed.statusAfter(CandidateStatus.GESTOPT, TODAY.minusDays(10), TODAY)).isEqualTo(CandidateStatus.GESTOPT);
        assertThat(violation(() -> placed.statusAfter(CandidateStatus.GESTOPT, TODAY.plusDays(1), TODAY)).violations().getFirst().code())
                .isEqualTo("future");
        assertThat(violation(() -> placed.statusAfter(CandidateStatus.GESTOPT, TODAY.minusDays(11), TODAY)).violations().getFirst().code())
                .isEqualTo("beforeCurrent");
        WorkshopRules.checkPlacementDate(TODAY, TODAY);
        WorkshopRules.checkPlacementDate(TODAY, null);
        assertThat(violation(() -> WorkshopRules.checkPlacementDate(TODAY, TODAY.minusDays(1))).violations().getFirst().field()).isEqualTo("date");
        WorkshopRules.checkAdded(TODAY, TODAY);
        assertThat(violation(() -> WorkshopRules.checkAdded(TODAY.plusDays(1), TODAY)).violations().getFirst().field()).isEqualTo("added");
    }

    @Test
    void theOutcomeIsRecordedOnOrAfterTheSessionDate() {
        WorkshopRules.checkOutcomeDate(TODAY, TODAY);
        WorkshopRules.checkOutcomeDate(TODAY.minusDays(30), TODAY);
        assertThat(violation(() -> WorkshopRules.checkOutcomeDate(TODAY.plusDays(1), TODAY)).getMessage()).contains("11-03-2026");
        Session planned = new Session(SessionId.random(), STEENWIJKERLAND, TODAY.plusDays(1), new EmployerId(UUID.randomUUID()), null, null,
                null, 0, 0);
        assertThat(planned.outcomeAllowedOn(TODAY)).isFalse();
        assertThat(planned.outcomeAllowedOn(TODAY.plusDays(1))).isTrue();
        WorkshopRules.checkSessionDate(TODAY.plusDays(3), false, TODAY);
        assertThat(violation(() -> WorkshopRules.checkSessionDate(TODAY.plusDays(3), true, TODAY)).violations().getFirst().field())
                .isEqualTo("date");
    }

    @Test
    void theWorkshopPhaseFollowsItsPeriod() {
        assertThat(Workshop.Phase.of(TODAY, null, TODAY.minusDays(1))).isEqualTo(Workshop.Phase.GEPLAND);
        assertThat(Workshop.Phase.of(TODAY, null, TODAY.plusYears(3))).isEqualTo(Workshop.Phase.LOPEND);
        assertThat(Workshop.Phase.of(TODAY, TODAY.plusDays(5), TODAY.plusDays(5))).isEqualTo(Workshop.Phase.LOPEND);
        assertThat(Workshop.Phase.of(TODAY, TODAY.plusDays(5), TODAY.plusDays(6))).isEqualTo(Workshop.Phase.AFGELOPEN);
    }

    @Test
    void candidatesAreSeenOnlyByWhoMayReadTheClientsOfTheMunicipality() {
        CurrentUser manager = new CurrentUser(new UserId(UUID.randomUUID()), "am", "AM",
                Map.of(Role.ACCOUNT_MANAGER, Set.of(STEENWIJKERLAND), Role.EMPLOYER, Set.of(WESTERVELD)), null, false);
        Access employerAccess = new Access(manager, Permission.EMPLOYER_READ, manager.scopeFor(Permission.EMPLOYER_READ), Channel.WEB);
        Access clients = CandidateClients.clientAccess(employerAccess, STEENWIJKERLAND).orElseThrow();
        assertThat(clients.permission()).isEqualTo(Permission.CLIENT_READ);
        assertThat(clients.scope().municipalities()).containsExactly(STEENWIJKERLAND);
        assertThat(CandidateClients.clientAccess(employerAccess, WESTERVELD)).isEmpty();

        CurrentUser mixed = new CurrentUser(new UserId(UUID.randomUUID()), "mix", "Mix",
                Map.of(Role.ACCOUNT_MANAGER, Set.of(STEENWIJKERLAND), Role.ADMIN, Set.of(WESTERVELD)), null, false);
        Access mixedAccess = new Access(mixed, Permission.EMPLOYER_READ, mixed.scopeFor(Permission.EMPLOYER_READ), Channel.WEB);
        assertThat(CandidateClients.clientAccess(mixedAccess, WESTERVELD)).as("client rights outside the employer scope do not count").isEmpty();
        assertThatThrownBy(() -> CandidateClients.requireClientAccess(mixedAccess, WESTERVELD))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
