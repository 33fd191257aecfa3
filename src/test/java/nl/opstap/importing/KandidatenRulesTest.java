package nl.opstap.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.opstap.portfolio.ProfileCard;
import org.junit.jupiter.api.Test;

class KandidatenRulesTest {

    private static ProfileCard card(String pitch) {
        return new ProfileCard("K-7F3A2C", "Steenwijkerland", "mbo-2", true, List.of("Heftruck besturen", "Orderpicken"),
                List.of("Logistiek"), List.of("Magazijnmedewerker"), 3, 24, 25, LocalDate.of(2026, 12, 1), true, pitch);
    }

    @Test
    void formulaStartsAreNeutralised() {
        assertThat(KandidatenRules.neutralise("=SUM(A1:A2)")).isEqualTo("'=SUM(A1:A2)");
        assertThat(KandidatenRules.neutralise("+31 6")).isEqualTo("'+31 6");
        assertThat(KandidatenRules.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(KandidatenRules.neutralise("@cmd")).isEqualTo("'@cmd");
        assertThat(KandidatenRules.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(KandidatenRules.neutralise("Gewoon = tekst")).isEqualTo("Gewoon = tekst");
        assertThat(KandidatenRules.neutralise("")).isEmpty();
    }

    @Test
    void aRowHoldsTheProfileInTheHeadersOrder() {
        List<Object> row = KandidatenRules.row(card("Ik  werk\ngraag buiten"));
        assertThat(row).hasSameSizeAs(KandidatenRules.HEADER);
        assertThat(row).containsExactly("K-7F3A2C", "Steenwijkerland", "Mbo-2", "ja", "Magazijnmedewerker", 3,
                "Heftruck besturen, Orderpicken", "Logistiek", 24, "01-12-2026", "ja", 25, "Ik werk graag buiten");
    }

    @Test
    void noExperienceLeavesTheYearsEmpty() {
        ProfileCard none = new ProfileCard("K-1", "Veendam", null, false, List.of(), List.of(), List.of(), 0, null, null, null, false, null);
        assertThat(KandidatenRules.row(none)).containsExactly("K-1", "Veendam", null, "nee", null, null, null, null, null, null, "nee", null, null);
    }

    @Test
    void csvHasABomSemicolonsADutchHeaderAndNeutralisedCells() {
        String csv = new String(KandidatenFiles.csv(List.of(KandidatenRules.row(card("=HYPERLINK(\"http://x\")")))), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFKandidaatnummer;Gemeente;Opleidingsniveau;");
        assertThat(csv).contains("K-7F3A2C;Steenwijkerland;Mbo-2;ja;").contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
    }

    @Test
    void excelHoldsNumbersAsNumbersAndNeutralisedTexts() throws Exception {
        byte[] xlsx = KandidatenFiles.xlsx(List.of(KandidatenRules.row(card("@SUM(1)"))));
        String sheet = sheetOf(xlsx);
        assertThat(sheet).contains("K-7F3A2C").contains("&apos;@SUM(1)").contains("<v>24</v>").contains("Kandidaatnummer");
    }

    /** The first sheet's XML (fastexcel writes sizes after the data, so read it as a zip file, not a stream). */
    static String sheetOf(byte[] xlsx) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("kandidaten", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
