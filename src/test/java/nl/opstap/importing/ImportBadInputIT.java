package nl.opstap.importing;

import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import nl.opstap.access.Role;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import nl.opstap.testsupport.TestBsns;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Files as they really arrive: other encodings and separators, Dutch dates, empty rows, twice the same BSN, formulas, junk. */
@OpstapIntegrationTest
class ImportBadInputIT {

    private static final Map<String, String> COLUMNS = Map.of("gemeente", "Gemeente", "bsn", "BSN", "voornamen", "Voornamen",
            "achternaam", "Achternaam", "geboortedatum", "Geboortedatum", "postcode", "Postcode", "straat", "Straat");

    @Autowired MockMvc mvc;
    @org.springframework.boot.test.web.server.LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired ImportConfiguration.Watchdog watchdog;
    @Autowired LocalImports local;
    @Autowired nl.opstap.taxonomy.Sectors sectors;

    private ImportSteps steps;
    private String family;

    @BeforeEach
    void setUp() {
        steps = new ImportSteps(mvc, jdbc, ImportSteps.ADMIN);
        family = Fixtures.unique("Invoer");
    }

    private String line(String separator, String bsn, String first, String birth, String street) {
        return String.join(separator, "Steenwijkerland", bsn, first, family, birth, "8331AB", street);
    }

    private String header(String separator) {
        return String.join(separator, "Gemeente", "BSN", "Voornamen", "Achternaam", "Geboortedatum", "Postcode", "Straat");
    }

    private long imported() {
        return jdbc.sql("SELECT COUNT(*) FROM client WHERE last_name = ?").param(family).query(Long.class).single();
    }

    @Test
    void readsWindows1252WithCommasAndDutchDatesAndPassesOverEmptyRows() throws Exception {
        String file = String.join("\r\n", header(","), line(",", TestBsns.next(), "Daniëlle", "17-5-1984", "Kerkstraat"), ",,,,,,",
                line(",", TestBsns.next(), "José", "17 mei 1984", "Brink"), line(",", TestBsns.next(), "Ângela", "1984-05-17", "Markt"),
                line(",", TestBsns.next(), "Fréderique", "17/05/1984", "Oosterstraat"), "");
        UUID job = steps.upload("werkzoekenden", "oud.csv", file.getBytes(Charset.forName("windows-1252")));
        assertThat(steps.page(job)).contains("Windows-1252").contains("Daniëlle");
        assertThat(steps.check(job, COLUMNS, Map.of())).isEqualTo("VALIDATED");
        assertThat(steps.counts(job)).containsEntry("new_rows", 4).containsEntry("error_rows", 0).containsEntry("empty_rows", 1);
        assertThat(steps.run(job, "alles-of-niets")).isEqualTo("DONE");
        assertThat(jdbc.sql("SELECT first_names FROM client WHERE last_name = ? ORDER BY first_names").param(family).query(String.class).list())
                .containsExactly("Daniëlle", "Fréderique", "José", "Ângela");
    }

    @Test
    void reportsImpossibleDatesDuplicateBsnsAndFormulaTextPerRowWithoutImportingThem() throws Exception {
        String twice = TestBsns.next();
        String file = String.join("\t", header("\t")) + "\n" + String.join("\n",
                line("\t", twice, "Eva", "17-05-1984", "Kerkstraat"), line("\t", twice, "Eva", "17-05-1984", "Kerkstraat"),
                line("\t", TestBsns.next(), "Fleur", "31-02-1984", "Kerkstraat"),
                line("\t", TestBsns.next(), "Gijs", "17-05-1984", "=HYPERLINK(\"http://x\")"),
                line("\t", TestBsns.next(), "Hans", "17-05-1984", "Kerkstraat"));
        UUID job = steps.upload("werkzoekenden", "tabs.txt", file.getBytes(StandardCharsets.UTF_8));
        assertThat(steps.check(job, COLUMNS, Map.of())).isEqualTo("VALIDATED");
        assertThat(steps.counts(job)).containsEntry("total_rows", 5).containsEntry("error_rows", 4).containsEntry("new_rows", 1);
        String page = steps.page(job);
        assertThat(page).contains("Dit BSN staat ook in rij 2").contains("Deze datum bestaat niet").contains("lijkt op een formule")
                .doesNotContain(twice);
        assertThat(steps.run(job, "geldige-rijen")).isEqualTo("DONE");
        assertThat(jdbc.sql("SELECT first_names FROM client WHERE last_name = ?").param(family).query(String.class).list()).containsExactly("Hans");
    }

    @Test
    void refusesExcelFormulasAndReadsExcelDates() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Opstap", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Klanten");
            String[] head = {"Gemeente", "BSN", "Voornamen", "Achternaam", "Geboortedatum", "Postcode", "Straat"};
            for (int c = 0; c < head.length; c++) {
                sheet.value(0, c, head[c]);
            }
            for (int r = 1; r <= 2; r++) {
                sheet.value(r, 0, "GM1708");
                sheet.value(r, 1, TestBsns.next());
                sheet.value(r, 2, r == 1 ? "Iris" : "Jan");
                sheet.value(r, 3, family);
                sheet.value(r, 4, java.time.LocalDate.of(1984, 5, 17));
                sheet.style(r, 4).format("dd-mm-yyyy").set();
                sheet.value(r, 5, "8331AB");
            }
            sheet.value(1, 6, "Kerkstraat");
            sheet.formula(2, 6, "CONCATENATE(\"Kerk\",\"straat\")");
        }
        UUID job = steps.upload("werkzoekenden", "klanten.xlsx", out.toByteArray());
        assertThat(steps.check(job, COLUMNS, Map.of())).isEqualTo("VALIDATED");
        assertThat(steps.counts(job)).containsEntry("new_rows", 1).containsEntry("error_rows", 1);
        assertThat(steps.page(job)).contains("De cel bevat een formule");
        assertThat(steps.run(job, "geldige-rijen")).isEqualTo("DONE");
        assertThat(jdbc.sql("SELECT date_of_birth FROM client WHERE last_name = ?").param(family).query(java.time.LocalDate.class).single())
                .isEqualTo(java.time.LocalDate.of(1984, 5, 17));
    }

    @Test
    void refusesFilesThatAreNoTableWithAMessageNextToTheField() throws Exception {
        for (byte[] content : new byte[][] {new byte[0], {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, {0x4D, 0x5A, 0, 0, 1, 2, 0, 3}}) {
            String page = mvc.perform(multipart("/import").file(new MockMultipartFile("bestand", "x.csv", "text/csv", content))
                            .param("soort", "werkzoekenden").with(user(ImportSteps.ADMIN)).with(csrf()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("bestand-error").containsAnyOf("Kies een bestand", "oud Excel-bestand", "geen CSV- of Excel-bestand");
        }
    }

    @Test
    void anAllOrNothingImportThatMeetsAProblemAfterItsCheckLeavesNothingBehind() throws Exception {
        var admin = accounts.accessFor(accounts.idOf(ImportSteps.ADMIN), nl.opstap.access.Permission.CATALOGUE_ADMIN, nl.opstap.access.Channel.BATCH);
        var organisation = sectors.organisationOf(new nl.opstap.organisation.MunicipalityCode(STEENWIJKERLAND)).orElseThrow();
        var sector = sectors.of(organisation).stream().filter(nl.opstap.taxonomy.Sector::active).reduce((a, b) -> b).orElseThrow();
        StringBuilder file = new StringBuilder("Gemeente;BSN;Voornamen;Achternaam;Geboortedatum;Postcode;Sectoren\n");
        for (int i = 0; i < 12_000; i++) {
            file.append("GM1708;").append(TestBsns.next()).append(";Kim;").append(family).append(";17-05-1984;8331AB;")
                    .append(i == 11_999 ? sector.name() : "").append('\n');
        }
        UUID job = steps.upload("werkzoekenden", "groot.csv", file.toString().getBytes(StandardCharsets.UTF_8));
        Map<String, String> columns = Map.of("gemeente", "Gemeente", "bsn", "BSN", "voornamen", "Voornamen", "achternaam", "Achternaam",
                "geboortedatum", "Geboortedatum", "postcode", "Postcode", "sectoren", "Sectoren");
        assertThat(steps.check(job, columns, Map.of())).isEqualTo("VALIDATED");
        assertThat(steps.counts(job)).containsEntry("new_rows", 12_000);
        sectors.setActive(admin, organisation, sector.code(), false); // the last row's sector is withdrawn after the check
        try {
            assertThat(steps.run(job, "alles-of-niets")).isEqualTo("FAILED");
        } finally {
            sectors.setActive(admin, organisation, sector.code(), true);
        }
        assertThat(imported()).as("the first chunks were written, then rolled back").isZero();
        assertThat(steps.page(job)).contains("niets geïmporteerd").contains("kan niet meer worden gekozen");
    }

    @Test
    void aFiveHundredMegabyteFileGetsADutchAnswerOverHttpAndNothingIsStored() throws Exception {
        long jobsBefore = jdbc.sql("SELECT COUNT(*) FROM import_job").query(Long.class).single();
        String boundary = "import" + UUID.randomUUID();
        long size = 500L * 1024 * 1024;
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"soort\"\r\n\r\nwerkzoekenden\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"alles.csv\"\r\nContent-Type: text/csv\r\n\r\nBSN;Naam\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        java.net.http.HttpRequest.BodyPublisher body = nl.opstap.testsupport.LargeBodies.of(head, size, (byte) '7', tail);
        var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/importen")).header("Authorization", "Bearer demo-token-" + ImportSteps.ADMIN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(answer.body()).contains("te groot").doesNotContain("Exception");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_job").query(Long.class).single()).isEqualTo(jobsBefore);
    }

    @Test
    void aJobWhoseWorkerFellSilentIsMarkedInterrupted() {
        UUID id = silentJob();
        watchdog.interruptAbandoned();
        assertThat(statusOf(id)).isEqualTo("INTERRUPTED");
    }

    @Test
    void aSilentJobThatThisInstanceHoldsIsKeptAliveUntilItLetsGo() {
        UUID id = silentJob();
        local.add(id); // e.g. waiting in line behind other imports
        watchdog.interruptAbandoned();
        assertThat(statusOf(id)).isEqualTo("IMPORTING");
        local.remove(id); // its instance died: nobody renews the heartbeat any more
        jdbc.sql("UPDATE import_job SET heartbeat_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(Instant.now().minus(10, ChronoUnit.MINUTES)), id).update();
        watchdog.interruptAbandoned();
        assertThat(statusOf(id)).isEqualTo("INTERRUPTED");
    }

    private UUID silentJob() {
        UUID id = UUID.randomUUID();
        Instant old = Instant.now().minus(10, ChronoUnit.MINUTES);
        jdbc.sql("""
                INSERT INTO import_job (id, organisation_id, kind, file_name, file_format, headers, status, created_by, created_by_name,
                    created_at, heartbeat_at, version)
                VALUES (?, ?, 'CLIENTS', 'weg.csv', 'CSV', '[]', 'IMPORTING', ?, 'Test', ?, ?, 3)""")
                .params(id, UUID.randomUUID(), accounts.idOf(ImportSteps.ADMIN).value(), java.sql.Timestamp.from(old), java.sql.Timestamp.from(old))
                .update();
        return id;
    }

    private String statusOf(UUID id) {
        return jdbc.sql("SELECT status FROM import_job WHERE id = ?").param(id).query(String.class).single();
    }
}
