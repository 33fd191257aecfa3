package nl.opstap.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FactTimelineTest {

    static final UUID A = new UUID(0, 1);
    static final UUID B = new UUID(0, 2);
    static final UUID C = new UUID(0, 3);
    static final LocalDate JAN = LocalDate.of(2018, 1, 1);
    static final LocalDate MAY = LocalDate.of(2018, 5, 1);
    static final LocalDate SEP = LocalDate.of(2018, 9, 1);

    @Test
    void aLaterFactEndsTheOneBefore() {
        List<FactTimeline.Period> before = List.of(new FactTimeline.Period(A, JAN, null));
        FactTimeline timeline = new FactTimeline(before);
        assertThat(timeline.insert(B, SEP)).isNull();
        assertThat(timeline.changedEnds(before)).containsEntry(A, SEP).hasSize(1);
        assertThat(timeline.on(MAY).orElseThrow().id()).isEqualTo(A);
        assertThat(timeline.on(SEP).orElseThrow().id()).isEqualTo(B);
        assertThat(timeline.on(JAN.minusDays(1))).isEmpty();
    }

    @Test
    void aBackDatedFactIsInsertedBetweenItsNeighbours() {
        List<FactTimeline.Period> before = List.of(new FactTimeline.Period(A, JAN, SEP), new FactTimeline.Period(B, SEP, null));
        FactTimeline timeline = new FactTimeline(before);
        assertThat(timeline.insert(C, MAY)).isEqualTo(SEP);
        assertThat(timeline.changedEnds(before)).containsEntry(A, MAY).hasSize(1);
        assertThat(timeline.on(LocalDate.of(2018, 6, 1)).orElseThrow().id()).isEqualTo(C);
    }

    @Test
    void aFactBeforeTheFirstEndsWhereTheFirstStarts() {
        FactTimeline timeline = new FactTimeline(List.of(new FactTimeline.Period(A, MAY, null)));
        assertThat(timeline.insert(B, JAN)).isEqualTo(MAY);
    }

    @Test
    void twoFactsCannotStartOnTheSameDay() {
        FactTimeline timeline = new FactTimeline(List.of(new FactTimeline.Period(A, MAY, null)));
        assertThat(timeline.startsOn(MAY)).isTrue();
        assertThatThrownBy(() -> timeline.insert(B, MAY)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void removingACorrectedFactLetsItsPredecessorTakeOverItsEnd() {
        List<FactTimeline.Period> before = List.of(new FactTimeline.Period(A, JAN, MAY), new FactTimeline.Period(B, MAY, SEP),
                new FactTimeline.Period(C, SEP, null));
        FactTimeline timeline = new FactTimeline(before);
        timeline.remove(B);
        assertThat(timeline.changedEnds(before)).containsEntry(A, SEP);
        timeline.insert(new UUID(0, 9), LocalDate.of(2018, 7, 1));
        assertThat(timeline.on(LocalDate.of(2018, 6, 1)).orElseThrow().id()).isEqualTo(A);
        assertThat(timeline.on(LocalDate.of(2018, 8, 1)).orElseThrow().id()).isEqualTo(new UUID(0, 9));
    }

    @Test
    void aGapStaysAGap() {
        List<FactTimeline.Period> before = List.of(new FactTimeline.Period(A, JAN, MAY));
        FactTimeline timeline = new FactTimeline(before);
        assertThat(timeline.insert(B, SEP)).isNull();
        assertThat(timeline.changedEnds(before)).isEmpty();
        assertThat(timeline.on(LocalDate.of(2018, 7, 1))).isEmpty();
    }

    @Test
    void aWholeHistoryGetsItsEndsAndRefusesOverlaps() {
        List<FactTimeline.Period> history = new ArrayList<>(List.of(new FactTimeline.Period(B, SEP, null),
                new FactTimeline.Period(A, JAN, LocalDate.of(2018, 3, 1))));
        assertThat(FactTimeline.endsOf(history)).containsExactly(null, LocalDate.of(2018, 3, 1));
        assertThat(FactTimeline.endsOf(List.of(new FactTimeline.Period(A, JAN, null), new FactTimeline.Period(B, MAY, null))))
                .containsExactly(MAY, null);
        assertThatThrownBy(() -> FactTimeline.endsOf(List.of(new FactTimeline.Period(A, JAN, SEP), new FactTimeline.Period(B, MAY, null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FactTimeline.endsOf(List.of(new FactTimeline.Period(A, JAN, null), new FactTimeline.Period(B, JAN, null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FactTimeline.endsOf(List.of(new FactTimeline.Period(A, MAY, JAN))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
