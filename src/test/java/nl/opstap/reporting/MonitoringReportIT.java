package nl.opstap.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monitoring set over 2018 with reference date 30-06-2019 for IGSD, through the generic API, the screen, its
 * exports and a drill-down; every figure checked against {@link MonitoringFacts}, counted apart from the report.
 */
@OpstapIntegrationTest
class MonitoringReportIT {

    static final String ANALYST = "Bearer demo-token-analist.igsd";
    static final List<String> IGSD = List.of("GM1708", "GM1701");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    static MockHttpServletRequestBuilder period(MockHttpServletRequestBuilder request) {
        return request.param("peildatum", "2019-06-30").param("van", "2018-01-01").param("tot", "2018-12-31");
    }

    ReportJson report() throws Exception {
        return ReportJson.of(json, mvc.perform(period(get("/api/v1/rapportages/monitoring")).header("Authorization", ANALYST))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    void sameCounts(ReportJson report, String table, BiFunction<MonitoringFacts, String, Map<String, Long>> expected) {
        MonitoringFacts facts = new MonitoringFacts(jdbc);
        for (String municipality : IGSD) {
            Map<String, Long> figures = expected.apply(facts, municipality);
            assertThat(figures).as(table + " has figures in " + municipality).isNotEmpty();
            assertThat(report.counts(table, municipality)).as(table + " in " + municipality).isEqualTo(figures);
        }
    }

    @Test
    void everyFigureOfTheSetMatchesTheDataCountedApart() throws Exception {
        ReportJson report = report();
        sameCounts(report, "monitoring-activiteit", MonitoringFacts::participantsPerActivity);
        sameCounts(report, "monitoring-leeftijd", MonitoringFacts::participantsByAge);
        sameCounts(report, "monitoring-startkwalificatie", MonitoringFacts::participantsByStartQualification);
        sameCounts(report, "monitoring-afloop", MonitoringFacts::endings);
        sameCounts(report, "monitoring-uitval", MonitoringFacts::dropoutReasons);
        sameCounts(report, "monitoring-uitstroom", MonitoringFacts::destinations);
        sameCounts(report, "monitoring-duurzaam-3", (f, m) -> f.durability(m, 3));
        sameCounts(report, "monitoring-duurzaam-6", (f, m) -> f.durability(m, 6));
        sameCounts(report, "monitoring-draaideur", MonitoringFacts::revolvingDoor);
        sameCounts(report, "monitoring-branche", MonitoringFacts::branches);
        sameCounts(report, "monitoring-kerncijfers", MonitoringFacts::keyFigures);
        sameCounts(report, "monitoring-trede", MonitoringFacts::ladder);
        MonitoringFacts facts = new MonitoringFacts(jdbc);
        for (String municipality : IGSD) {
            Map<String, Number> days = report.column("monitoring-duur", municipality);
            assertThat(days.keySet()).isEqualTo(facts.durations(municipality).keySet());
            facts.durations(municipality).forEach((activity, average) ->
                    assertThat(days.get(activity).doubleValue()).as(activity).isCloseTo(average, within(0.051)));
        }
        assertThat(report.value("monitoring-doorlooptijd", "TRAJECT", "totaal").doubleValue())
                .isCloseTo(facts.trajectory(IGSD), within(0.051));
    }

    @Test
    void totalsAddUpSharesAreOfTheColumnAndLabelsComeFromTheMessagesAndTheEmployerSections() throws Exception {
        ReportJson report = report();
        Map<String, Long> total = report.counts("monitoring-uitstroom", "totaal");
        Map<String, Long> steenwijkerland = report.counts("monitoring-uitstroom", "GM1708");
        Map<String, Long> westerveld = report.counts("monitoring-uitstroom", "GM1701");
        total.forEach((code, n) -> assertThat(n).isEqualTo(steenwijkerland.getOrDefault(code, 0L) + westerveld.getOrDefault(code, 0L)));
        long outflows = total.values().stream().mapToLong(Long::longValue).sum();
        assertThat(report.value("monitoring-uitstroom", "totaal", "totaal").longValue()).isEqualTo(outflows);
        assertThat(report.percentage("monitoring-uitstroom", "REGULIER_WERK", "totaal").longValue())
                .isEqualTo(Math.round(100.0 * total.get("REGULIER_WERK") / outflows));
        assertThat(report.labels("monitoring-uitstroom")).startsWith("Regulier werk", "Detachering", "Afspraakbaan of beschut werk");
        assertThat(report.labels("monitoring-branche")).contains("C Industrie (productie)");
        assertThat(report.labels("monitoring-leeftijd")).startsWith("Jonger dan 27");
        assertThat(report.codes("monitoring-kerncijfers")).containsExactly("WEP_GESTART", "BESCHUT_GESTART", "BESCHUT_OP_PEILDATUM",
                "BEMIDDELINGEN");
    }

    @Test
    void theScreenShowsTheSetWithChartsAndLinksToTheClientsAndExportsIt() throws Exception {
        String html = mvc.perform(period(get("/rapportages/monitoring")).with(user("analist.igsd")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Deelnemers per activiteit").contains("Duurzaamheid na 6 maanden").contains("data-report-chart=\"bar\"")
                .contains("/rapportages/werkzoekenden?indicator=monitoring-uitstroom&amp;peildatum=2019-06-30&amp;van=2018-01-01")
                .contains("Werkervaringsplaatsen (WEP) gestart in de periode").contains("formaat=pdf");
        String csv = mvc.perform(period(get("/rapportages/monitoring/export").param("formaat", "csv")).with(user("analist.igsd")))
                .andExpect(status().isOk()).andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Uitstroom naar bestemming").contains("Duur per activiteit")
                .contains("periode 01-01-2018 t/m 31-12-2018");
        byte[] xlsx = mvc.perform(period(get("/rapportages/monitoring/export").param("formaat", "xlsx")).with(user("analist.igsd")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        byte[] pdf = mvc.perform(period(get("/rapportages/monitoring/export").param("formaat", "pdf")).with(user("analist.igsd")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
    }

    @Test
    void aFigureOpensToItsClientsAndThatListIsLogged() throws Exception {
        long expected = jdbc.sql("SELECT COUNT(DISTINCT o.client_id) FROM outflow o JOIN placement pl ON pl.id = o.placement_id "
                + "WHERE o.municipality_code = 'GM1708' AND o.reason = 'WORK' AND pl.placement_type = 'REGULAR_WORK' AND "
                + MonitoringFacts.OUTFLOWS).query(Long.class).single();
        assertThat(expected).isPositive();
        long before = listed();
        mvc.perform(period(get("/api/v1/rapportages/monitoring-uitstroom/werkzoekenden")).param("gemeenten", "GM1708")
                        .param("categorie", "REGULIER_WERK").header("Authorization", ANALYST))
                .andExpect(status().isOk()).andExpect(jsonPath("$.werkzoekenden.length()").value(expected));
        assertThat(listed()).isEqualTo(before + expected);
        String activity = new MonitoringFacts(jdbc).participantsPerActivity("GM1701").keySet().iterator().next();
        String html = mvc.perform(period(get("/rapportages/werkzoekenden")).param("indicator", "monitoring-activiteit")
                        .param("gemeenten", "GM1701").param("categorie", activity).with(user("analist.igsd")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains(activity).doesNotContain("utrecht-alert--error");
        assertThat(listed()).isEqualTo(before + expected + new MonitoringFacts(jdbc).participantsPerActivity("GM1701").get(activity));
    }

    @Test
    void anUnknownReportIsNotFoundAndAnotherOrganisationsMunicipalityIsRefused() throws Exception {
        mvc.perform(get("/api/v1/rapportages/bestaat-niet").header("Authorization", ANALYST))
                .andExpect(status().isNotFound()).andExpect(content().contentType("application/problem+json"));
        mvc.perform(period(get("/api/v1/rapportages/monitoring")).param("gemeenten", "GM0037").header("Authorization", ANALYST))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", containsString("Stadskanaal")));
        mvc.perform(get("/api/v1/rapportages/monitoring").param("van", "2019-01-01").param("tot", "2018-01-01")
                        .param("peildatum", "2019-06-30").header("Authorization", ANALYST))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("tot"));
    }

    long listed() {
        return jdbc.sql("SELECT COUNT(*) FROM processing_log WHERE activity = 'opstap-13' AND action = 'LIST'").query(Long.class).single();
    }
}
