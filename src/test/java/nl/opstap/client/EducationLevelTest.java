package nl.opstap.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EducationLevelTest {

    @Test
    void startQualificationIsMbo2OrHavoVwoOrHigher() {
        assertThat(Arrays.stream(EducationLevel.values()).filter(EducationLevel::isStartQualification))
                .containsExactly(EducationLevel.MBO_2, EducationLevel.MBO_3, EducationLevel.MBO_4, EducationLevel.HAVO,
                        EducationLevel.VWO, EducationLevel.HBO, EducationLevel.WO);
    }

    @Test
    void readsTheDutchCodes() {
        assertThat(EducationLevel.of("mbo-1")).isEqualTo(EducationLevel.MBO_1);
        assertThat(EducationLevel.MBO_1.code()).isEqualTo("mbo-1");
    }
}
