package nl.opstap.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvSourceTest {

    @Test
    void detectsUtf8WithBomAndWindows1252() {
        byte[] utf8 = "\uFEFFNaam;Plaats\nZoë;Ærø\n".getBytes(StandardCharsets.UTF_8);
        SourceTable a = ImportSources.read(utf8, null, null);
        assertThat(a.encoding()).isEqualTo("UTF-8");
        assertThat(a.headers()).containsExactly("Naam", "Plaats");
        assertThat(a.rows().getFirst().cell(0)).isEqualTo("Zoë");
        SourceTable b = ImportSources.read("Naam;Plaats\nZoë;Ærø\n".getBytes(Charset.forName("windows-1252")), null, null);
        assertThat(b.encoding()).isEqualTo("Windows-1252");
        assertThat(b.rows().getFirst().cell(1)).isEqualTo("Ærø");
    }

    @Test
    void detectsTheSeparatorOutsideQuotesAndKeepsRowNumbersOfTheFile() {
        SourceTable table = ImportSources.read("\"Naam; voluit\",Plaats,Postcode\n\"Jansen, A.\",Steenwijk,8331AB\n,,\n\"Bos\",\"Havelte\",7971AA\n"
                .getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(table.separator()).isEqualTo(",");
        assertThat(table.headers()).containsExactly("Naam; voluit", "Plaats", "Postcode");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.emptyRows()).isEqualTo(1);
        assertThat(table.rows().get(1).number()).as("row 4 of the file: the empty row counts").isEqualTo(4);
        assertThat(CsvSource.detect("a\tb\tc|d")).isEqualTo("tab");
    }

    @Test
    void refusesWhatIsNoTable() {
        assertThatThrownBy(() -> ImportSources.read(new byte[0], null, null)).hasMessageContaining("leeg");
        assertThatThrownBy(() -> ImportSources.read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1}, null, null))
                .hasMessageContaining(".xls");
        assertThatThrownBy(() -> ImportSources.read(new byte[] {'M', 'Z', 0, 0, 3}, null, null)).hasMessageContaining("geen CSV");
        assertThatThrownBy(() -> ImportSources.read("\n\n".getBytes(StandardCharsets.UTF_8), null, null)).hasMessageContaining("kolomnamen");
        assertThatThrownBy(() -> ImportSources.read("a;b\n\"open;1\n".getBytes(StandardCharsets.UTF_8), null, null))
                .hasMessageContaining("aanhalingstekens");
    }
}
