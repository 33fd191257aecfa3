package nl.opstap.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChangeCursorTest {

    private static final Instant T0 = Instant.parse("2026-11-24T22:00:00Z");
    private final ChangeCursor cursor = new ChangeCursor(10, Duration.ofSeconds(10));

    @Test
    void rowsInOrderMoveTheFloor() {
        assertThat(cursor.take(11)).isTrue();
        assertThat(cursor.take(12)).isTrue();
        cursor.settle(T0);
        assertThat(cursor.floor()).isEqualTo(12);
        assertThat(cursor.missing()).isZero();
    }

    @Test
    void aRowSeenTwiceIsTakenOnce() {
        assertThat(cursor.take(11)).isTrue();
        assertThat(cursor.take(11)).isFalse();
        cursor.settle(T0);
        assertThat(cursor.take(11)).isFalse();
        assertThat(cursor.take(9)).isFalse();
    }

    @Test
    void aLowerNumberCommittedLaterIsStillTaken() {
        cursor.take(11);
        cursor.take(13);
        cursor.settle(T0);
        assertThat(cursor.floor()).as("12 may still commit").isEqualTo(11);
        assertThat(cursor.missing()).isEqualTo(1);
        assertThat(cursor.take(13)).as("re-read while waiting for 12").isFalse();
        assertThat(cursor.take(12)).isTrue();
        cursor.settle(T0.plusSeconds(1));
        assertThat(cursor.floor()).isEqualTo(13);
        assertThat(cursor.missing()).isZero();
    }

    @Test
    void aNumberMissingLongerThanThePatienceIsGivenUp() {
        cursor.take(11);
        cursor.take(14);
        cursor.settle(T0);
        cursor.settle(T0.plusSeconds(9));
        assertThat(cursor.floor()).isEqualTo(11);
        cursor.settle(T0.plusSeconds(10));
        assertThat(cursor.floor()).as("12 and 13 rolled back").isEqualTo(14);
        assertThat(cursor.take(12)).isFalse();
    }

    @Test
    void nothingReadKeepsTheFloor() {
        cursor.settle(T0);
        assertThat(cursor.floor()).isEqualTo(10);
    }
}
