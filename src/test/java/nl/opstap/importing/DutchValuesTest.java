package nl.opstap.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.opstap.client.EducationLevel;
import nl.opstap.diagnosis.CurrentSituation;
import nl.opstap.diagnosis.LadderStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DutchValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"17-05-1984", "17-5-1984", "17/05/1984", "17.05.1984", "17 mei 1984", "17 MEI 1984", "1984-05-17", "1984-05-17T00:00:00", "17-05-1984 00:00"})
    void readsTheWaysDutchExportsWriteADate(String text) {
        assertThat(DutchValues.date(text)).isEqualTo(LocalDate.of(1984, 5, 17));
    }

    @Test
    void refusesImpossibleAndUnreadableDatesWithoutRepeatingThem() {
        assertThatThrownBy(() -> DutchValues.date("31-02-1984")).hasMessageContaining("bestaat niet").hasMessageNotContaining("31-02");
        assertThatThrownBy(() -> DutchValues.date("05/17/84")).hasMessageContaining("dd-mm-jjjj");
        assertThat(DutchValues.date("  ")).isNull();
    }

    @Test
    void readsCodesNamesAndLabelsIgnoringCaseAccentsAndPunctuation() {
        assertThat(DutchValues.coded(CurrentSituation.class, "Leren & Ontwikkelen", CurrentSituation::label)).isEqualTo(CurrentSituation.LEREN_ONTWIKKELEN);
        assertThat(DutchValues.coded(CurrentSituation.class, "leren-ontwikkelen", CurrentSituation::label)).isEqualTo(CurrentSituation.LEREN_ONTWIKKELEN);
        assertThat(DutchValues.coded(LadderStep.class, "4", LadderStep::label)).isEqualTo(LadderStep.STEP_4);
        assertThat(DutchValues.coded(LadderStep.class, "Geïsoleerd", LadderStep::label)).isEqualTo(LadderStep.STEP_1);
        assertThat(DutchValues.coded(EducationLevel.class, "MBO 2", EducationLevel::code)).isEqualTo(EducationLevel.MBO_2);
        assertThatThrownBy(() -> DutchValues.coded(CurrentSituation.class, "Vakantie", CurrentSituation::label))
                .hasMessageContaining("Kies uit: Talent in kaart");
    }

    @Test
    void readsYesNoAndWholeNumbers() {
        assertThat(DutchValues.yesNo("Ja")).isTrue();
        assertThat(DutchValues.yesNo("x")).isTrue();
        assertThat(DutchValues.yesNo("nee")).isFalse();
        assertThatThrownBy(() -> DutchValues.yesNo("misschien")).hasMessageContaining("ja of nee");
        assertThat(DutchValues.whole("1.250")).isEqualTo(1250);
        assertThatThrownBy(() -> DutchValues.whole("twaalf")).hasMessageContaining("geheel getal");
    }
}
