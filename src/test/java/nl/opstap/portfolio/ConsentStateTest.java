package nl.opstap.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.opstap.employer.EmployerId;
import org.junit.jupiter.api.Test;

class ConsentStateTest {

    private static final UUID ME = UUID.randomUUID();
    private static final EmployerId BAKERY = EmployerId.random();
    private static final EmployerId GARAGE = EmployerId.random();

    private static ConsentRecord publish(boolean given, long seq) {
        return new ConsentRecord(ConsentKind.PUBLISH, null, given, ME, Instant.EPOCH.plusSeconds(seq), seq);
    }

    private static ConsentRecord employer(EmployerId employer, boolean given, long seq) {
        return new ConsentRecord(ConsentKind.EMPLOYER, employer, given, ME, Instant.EPOCH.plusSeconds(seq), seq);
    }

    @Test
    void withoutAnyRecordNothingIsConsented() {
        ConsentState state = ConsentState.of(List.of());
        assertThat(state.published()).isFalse();
        assertThat(state.employers()).isEmpty();
    }

    @Test
    void theLatestRecordHoldsWhateverOrderTheHistoryArrivesIn() {
        assertThat(ConsentState.of(List.of(publish(false, 3), publish(true, 1))).published()).isFalse();
        assertThat(ConsentState.of(List.of(publish(true, 1), publish(false, 2), publish(true, 3))).published()).isTrue();
    }

    @Test
    void employerConsentsAreRevokedOnePerEmployer() {
        ConsentState state = ConsentState.of(List.of(employer(BAKERY, true, 1), employer(GARAGE, true, 2), employer(BAKERY, false, 3)));
        assertThat(state.allows(BAKERY)).isFalse();
        assertThat(state.allows(GARAGE)).isTrue();
        assertThat(state.published()).isFalse();
    }

    @Test
    void withdrawingTheProfileLeavesEmployerConsentsAsTheyAre() {
        ConsentState state = ConsentState.of(List.of(publish(true, 1), employer(GARAGE, true, 2), publish(false, 3)));
        assertThat(state.published()).isFalse();
        assertThat(state.allows(GARAGE)).isTrue();
    }
}
