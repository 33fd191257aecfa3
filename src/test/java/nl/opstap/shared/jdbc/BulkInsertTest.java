package nl.opstap.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BulkInsertTest {

    private static String csv(Object value) {
        StringBuilder out = new StringBuilder();
        BulkInsert.append(out, value);
        return out.toString();
    }

    @Test
    void writesValuesAsCopyReadsThemWithNullAsAnUnquotedEmptyField() {
        assertThat(csv(null)).isEmpty();
        assertThat(csv("")).isEqualTo("\"\"");
        assertThat(csv("Jan \"de\" Vries, jr.\nregel")).isEqualTo("\"Jan \"\"de\"\" Vries, jr.\nregel\"");
        assertThat(csv(true)).isEqualTo("t");
        assertThat(csv(12)).isEqualTo("12");
        assertThat(csv(LocalDate.of(1984, 5, 17))).isEqualTo("1984-05-17");
        UUID id = UUID.randomUUID();
        assertThat(csv(id)).isEqualTo(id.toString());
    }
}
