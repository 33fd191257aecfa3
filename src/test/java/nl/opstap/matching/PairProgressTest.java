package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.opstap.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class PairProgressTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

    private static PairProgress.Request to(PairStatus status, String reason) {
        return new PairProgress.Request(status, reason, "jobcoach.igsd", NOW, "beroep 30, vaardigheden 24, afstand 8");
    }

    @Test
    void theWholeWayFromProposalToHiredKeepsWhoWhenWhyAndTheBreakdown() {
        List<PairProgress.Step> steps = new ArrayList<>();
        for (PairStatus next : List.of(PairStatus.SUITABLE, PairStatus.PUT_FORWARD, PairStatus.INVITED, PairStatus.HIRED)) {
            steps.add(PairProgress.next(PairProgress.statusAfter(steps), to(next, null), true));
        }
        assertThat(PairProgress.statusAfter(steps)).isEqualTo(PairStatus.HIRED);
        assertThat(steps.getFirst()).isEqualTo(new PairProgress.Step(PairStatus.SUITABLE, "jobcoach.igsd", NOW, null,
                "beroep 30, vaardigheden 24, afstand 8"));
        assertThat(PairStatus.HIRED.isFinal()).isTrue();
    }

    @Test
    void stepsCannotBeSkippedNorLeaveAFinalStatus() {
        assertThatThrownBy(() -> PairProgress.next(PairStatus.PROPOSED, to(PairStatus.PUT_FORWARD, null), true))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("mogelijk: geschikt, ongeschikt");
        assertThatThrownBy(() -> PairProgress.next(PairStatus.HIRED, to(PairStatus.REJECTED, "x"), true))
                .hasMessageContaining("geen (eindstatus)");
        assertThatThrownBy(() -> PairProgress.next(PairStatus.PROPOSED, to(null, null), true)).hasMessageContaining("Kies de volgende stap");
    }

    @Test
    void unsuitableAndRejectedNeedAReasonAndExcludeThePairFromNowOn() {
        assertThatThrownBy(() -> PairProgress.next(PairStatus.PROPOSED, to(PairStatus.UNSUITABLE, "  "), true))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("reden");
        assertThatThrownBy(() -> PairProgress.next(PairStatus.INVITED, to(PairStatus.REJECTED, null), true)).hasMessageContaining("reden");
        assertThat(PairProgress.next(PairStatus.INVITED, to(PairStatus.REJECTED, " Geen rijbewijs "), true).reason()).isEqualTo("Geen rijbewijs");
        assertThat(PairStatus.UNSUITABLE.excludes()).isTrue();
        assertThat(PairStatus.REJECTED.excludes()).isTrue();
        assertThat(PairStatus.HIRED.excludes()).isFalse();
    }

    @Test
    void puttingForwardNeedsTheClientsConsent() {
        assertThatThrownBy(() -> PairProgress.next(PairStatus.SUITABLE, to(PairStatus.PUT_FORWARD, null), false))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("toestemming");
        assertThat(PairProgress.next(PairStatus.SUITABLE, to(PairStatus.PUT_FORWARD, null), true).status()).isEqualTo(PairStatus.PUT_FORWARD);
    }
}
