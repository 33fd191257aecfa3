package nl.opstap.importing;

import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import nl.opstap.testsupport.TestBsns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Importing clients through the screens: check, report, both modes, and re-importing the same file. */
@OpstapIntegrationTest
class ClientImportIT {

    private static final String HEADER = "Gemeente;BSN;Voornamen;Tussenvoegsel;Achternaam;Geboortedatum;Geslacht;Straat;Huisnummer;Postcode;"
            + "Woonplaats;Uitkeringsstatus;Uitkering vanaf;Klantmanager;Huidige situatie;Perspectief;Trede;Sectoren";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private ImportSteps steps;
    private String family;

    @BeforeEach
    void setUp() {
        steps = new ImportSteps(mvc, jdbc, ImportSteps.ADMIN);
        family = Fixtures.unique("Import");
    }

    private String row(String bsn, String first, String street, String situation) {
        return String.join(";", "Steenwijkerland", bsn, first, "van", family, "17-05-1984", "V", street, "12", "8331 AB", "Steenwijk",
                "uitkeringsgerechtigd", "01-01-2026", "consulent.steenwijkerland", situation, "Werk", "4", "Logistiek; Groen");
    }

    private static Map<String, String> guessed() {
        Map<String, String> columns = new LinkedHashMap<>();
        for (ImportField field : ImportKind.CLIENTS.fields()) {
            for (String header : HEADER.split(";")) {
                if (field.recognises(header) && !columns.containsValue(header)) {
                    columns.put(field.key(), header);
                    break;
                }
            }
        }
        return columns;
    }

    private static Map<String, String> withoutGender() {
        Map<String, String> columns = guessed();
        columns.remove("geslacht");
        return columns;
    }

    private long clients() {
        return jdbc.sql("SELECT COUNT(*) FROM client WHERE last_name = ?").param(family).query(Long.class).single();
    }

    @Test
    void checksEveryRowThenImportsTheValidOnesAndReimportingUpdatesInsteadOfDuplicating() throws Exception {
        String a = TestBsns.next();
        String b = TestBsns.next();
        String file = String.join("\n", HEADER, row(a, "Anna", "Kerkstraat", "Direct werk"), row(b, "Bram", "Markt", "Talent in kaart"),
                "", row("123456789", "Cees", "Markt", "Direct werk"), row(TestBsns.next(), "Dirk", "Markt", "Vakantie")) + "\n";
        UUID job = steps.upload("werkzoekenden", "klanten.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(steps.page(job)).contains("Kolommen kiezen").contains("•••••••••").doesNotContain(a);

        assertThat(steps.check(job, withoutGender(), Map.of("bewaarAls", "Uitkeringsadministratie " + family))).isEqualTo("VALIDATED");
        assertThat(steps.counts(job)).containsEntry("total_rows", 4).containsEntry("empty_rows", 1).containsEntry("error_rows", 2)
                .containsEntry("new_rows", 2);
        String report = steps.page(job);
        assertThat(report).contains("elfproef").contains("Onbekende waarde").contains("Huidige situatie").doesNotContain("123456789");
        assertThat(clients()).as("a check writes nothing").isZero();

        assertThat(steps.runRefused(job, "alles-of-niets")).contains("rijen met fouten").contains("modus-error");
        assertThat(steps.run(job, "geldige-rijen")).isEqualTo("DONE");
        assertThat(clients()).isEqualTo(2);
        UUID anna = jdbc.sql("SELECT id FROM client WHERE last_name = ? AND first_names = 'Anna'").param(family).query(UUID.class).single();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM diagnosis_fact WHERE client_id = ? AND valid_to IS NULL").param(anna).query(Long.class).single())
                .as("situation, perspective, ladder and sectors").isEqualTo(4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM client_caseworker WHERE client_id = ?").param(anna).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM processing_log WHERE activity = 'opstap-16' AND action = 'CREATE'").query(Long.class).single())
                .isPositive();

        String again = String.join("\n", HEADER, row(a, "Anna", "Kerkstraat", "Direct werk"), row(b, "Bram", "Stationsweg", "Leren & ontwikkelen"));
        UUID second = steps.upload("werkzoekenden", "klanten-2.csv", again.getBytes(StandardCharsets.UTF_8));
        UUID saved = jdbc.sql("SELECT id FROM import_mapping WHERE name = ?").param("Uitkeringsadministratie " + family).query(UUID.class).single();
        assertThat(steps.mappingPage(second, saved)).contains("Uitkeringsadministratie " + family)
                .contains("<option value=\"Klantmanager\" selected=\"selected\">").doesNotContain("<option value=\"Geslacht\" selected=\"selected\">");
        assertThat(steps.page(second)).as("without the saved mapping the guess maps it").contains("<option value=\"Geslacht\" selected=\"selected\">");
        assertThat(steps.check(second, withoutGender(), Map.of())).isEqualTo("VALIDATED");
        assertThat(steps.counts(second)).containsEntry("new_rows", 0).containsEntry("changed_rows", 1).containsEntry("unchanged_rows", 1);
        assertThat(steps.run(second, "alles-of-niets")).isEqualTo("DONE");
        assertThat(clients()).as("updated, not duplicated").isEqualTo(2);
        UUID bram = jdbc.sql("SELECT id FROM client WHERE last_name = ? AND first_names = 'Bram'").param(family).query(UUID.class).single();
        assertThat(jdbc.sql("SELECT street FROM client WHERE id = ?").param(bram).query(String.class).single()).isEqualTo("Stationsweg");
        List<String> situations = jdbc.sql("SELECT fact_value FROM diagnosis_fact WHERE client_id = ? AND kind = 'SITUATION' ORDER BY valid_from, recorded_at")
                .param(bram).query(String.class).list();
        assertThat(situations).as("history kept").containsExactly("TALENT_IN_KAART", "LEREN_ONTWIKKELEN");
    }
}
