package nl.opstap.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import nl.opstap.client.ClientId;
import org.junit.jupiter.api.Test;

class DueWindowTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    final DueWindow window = new DueWindow(TODAY, DueWindow.DEFAULT_LOOK_AHEAD);

    static WorkItem due(LocalDate date) {
        return new WorkItem(new ClientId(UUID.randomUUID()), "worklist.kind.test", date, "iets", null);
    }

    @Test
    void showsOverdueAndWhatFallsDueWithinTwoWeeks() {
        assertThat(window.shows(due(TODAY.minusYears(3)))).isTrue();
        assertThat(window.shows(due(TODAY))).isTrue();
        assertThat(window.shows(due(TODAY.plusDays(14)))).isTrue();
        assertThat(window.shows(due(TODAY.plusDays(15)))).isFalse();
    }

    @Test
    void overdueMeansBeforeToday() {
        assertThat(window.isOverdue(due(TODAY.minusDays(1)))).isTrue();
        assertThat(window.isOverdue(due(TODAY))).isFalse();
    }

    @Test
    void refusesANegativeLookAhead() {
        assertThatThrownBy(() -> new DueWindow(TODAY, Period.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filterKeepsOneKindAndOptionallyOnlyOverdue() {
        WorkItem late = due(TODAY.minusDays(2));
        WorkItem soon = due(TODAY.plusDays(2));
        assertThat(new WorklistFilter("worklist.kind.test", false).keeps(soon, window)).isTrue();
        assertThat(new WorklistFilter("worklist.kind.other", false).keeps(soon, window)).isFalse();
        assertThat(new WorklistFilter(null, true).keeps(soon, window)).isFalse();
        assertThat(new WorklistFilter(null, true).keeps(late, window)).isTrue();
        assertThat(WorklistFilter.NONE.keeps(late, window)).isTrue();
    }
}
