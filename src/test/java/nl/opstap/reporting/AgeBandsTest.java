package nl.opstap.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgeBandsTest {

    @Test
    void theMonitoringBandsFollowEachOtherFromYoungToOld() {
        assertThat(AgeBands.codes(AgeBands.MONITORING)).containsExactly("TOT_27", "27_TOT_50", "50_TOT_55", "55_PLUS");
        assertThat(AgeBands.caseOf("c.date_of_birth", AgeBands.MONITORING)).isEqualTo("CASE"
                + " WHEN c.date_of_birth > CAST(:peildatum AS DATE) - INTERVAL '27' YEAR THEN 'TOT_27'"
                + " WHEN c.date_of_birth > CAST(:peildatum AS DATE) - INTERVAL '50' YEAR THEN '27_TOT_50'"
                + " WHEN c.date_of_birth > CAST(:peildatum AS DATE) - INTERVAL '55' YEAR THEN '50_TOT_55'"
                + " ELSE '55_PLUS' END");
    }

    @Test
    void someoneIsAtLeastNWhenBornOnOrBeforeTheReferenceDateNYearsEarlier() {
        assertThat(AgeBands.atLeast("d", 18)).isEqualTo("d <= CAST(:peildatum AS DATE) - INTERVAL '18' YEAR");
        assertThat(AgeBands.below("d", 27)).isEqualTo("d > CAST(:peildatum AS DATE) - INTERVAL '27' YEAR");
    }

    @Test
    void bandsWithAGapAnOverlapOrAnUpperBoundAtTheEndAreRefused() {
        assertThatThrownBy(() -> AgeBands.caseOf("d", List.of(new AgeBands.Band("A", 0, 27), new AgeBands.Band("B", 30, null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AgeBands.caseOf("d", List.of(new AgeBands.Band("A", 0, 27), new AgeBands.Band("B", 20, null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AgeBands.caseOf("d", List.of(new AgeBands.Band("A", 0, 27), new AgeBands.Band("B", 27, 50))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AgeBands.caseOf("d", List.of(new AgeBands.Band("A", 0, null), new AgeBands.Band("B", 27, null))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
