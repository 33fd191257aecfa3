package nl.opstap.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed 003's target groups and sectors on 15-11-2018: the figures the seed prints typed in (arbeidsvermogen 739 = 571 +
 * 168, 127 of 142 young people, the five most named sectors), the other groups counted apart with plain SQL.
 */
@OpstapIntegrationTest
class TargetGroupReportIT {

    static final String ANALYST = "Bearer demo-token-analist.igsd";
    static final String GROUPS = "doelgroepen-arbeidsvermogen";
    /** Clients with a perspective on 15-11-2018 (the facts as corrected), and whether it gives work capacity. */
    static final String HELD = "FROM client c JOIN diagnosis_fact f ON f.client_id = c.id AND f.kind = 'PERSPECTIVE' AND f.corrected_at IS NULL "
            + "AND f.valid_from <= DATE '2018-11-15' AND (f.valid_to IS NULL OR f.valid_to > DATE '2018-11-15') WHERE c.municipality_code = ?";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    ReportJson report() throws Exception {
        return ReportJson.of(json, mvc.perform(get("/api/v1/rapportages/doelgroepen").param("peildatum", "2018-11-15")
                .header("Authorization", ANALYST)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void theSeedsFiguresExactly() throws Exception {
        ReportJson report = report();
        assertThat(report.value(GROUPS, "ALLE_AV", "totaal").longValue()).isEqualTo(739);
        assertThat(report.value(GROUPS, "ALLE_AV", "GM1708").longValue()).isEqualTo(571);
        assertThat(report.value(GROUPS, "ALLE_AV", "GM1701").longValue()).isEqualTo(168);
        assertThat(report.value(GROUPS, "ALLE", "totaal").longValue()).isEqualTo(1189);
        assertThat(report.value(GROUPS, "JONGEREN", "totaal").longValue()).isEqualTo(142);
        assertThat(report.value(GROUPS, "JONGEREN_AV", "totaal").longValue()).isEqualTo(127);
        assertThat(report.percentage(GROUPS, "JONGEREN_AV", "totaal").longValue()).isEqualTo(89);
        assertThat(report.percentage(GROUPS, "ALLE_AV", "GM1708").longValue()).isEqualTo(63);
        assertThat(report.codes("doelgroepen-sectoren").subList(0, 5)).containsExactly("PRODUCTIE", "DIENSTVERLENING", "DETAILHANDEL",
                "HORECA", "ZORG");
        assertThat(report.labels("doelgroepen-sectoren").subList(0, 4)).containsExactly("Productie/uitvoerend",
                "Dienstverlening (schoonmaak/post/gebouwenbeheer)", "Detailhandel", "Horeca/catering");
        Map<String, Long> sectors = report.counts("doelgroepen-sectoren", "totaal");
        assertThat(List.copyOf(sectors.values()).subList(0, 5)).containsExactly(182L, 151L, 96L, 94L, 84L);
        assertThat(sectors).hasSizeLessThanOrEqualTo(Indicator.TOP);
    }

    @Test
    void theOtherGroupsMatchTheDataCountedApart() throws Exception {
        ReportJson report = report();
        for (String municipality : List.of("GM1708", "GM1701")) {
            Map<String, Long> expected = new LinkedHashMap<>();
            group(expected, "23_PLUS", "c.date_of_birth <= DATE '1995-11-15'", municipality);
            group(expected, "50_PLUS", "c.date_of_birth <= DATE '1968-11-15'", municipality);
            group(expected, "55_PLUS", "c.date_of_birth <= DATE '1963-11-15'", municipality);
            group(expected, "STATUSHOUDERS", "(c.refugee_status OR c.civic_integration_required)", municipality);
            group(expected, "ZONDER_STARTKWALIFICATIE", "c.education_level IN ('NONE', 'PRIMARY', 'VMBO', 'MBO_1')", municipality);
            group(expected, "ARBEIDSBEPERKING", "c.work_limitation", municipality);
            group(expected, "DOELGROEPREGISTER", "c.target_group_register", municipality);
            Map<String, Long> shown = report.counts(GROUPS, municipality);
            expected.forEach((code, n) -> assertThat(shown.getOrDefault(code, 0L)).as(code + " in " + municipality).isEqualTo(n));
        }
    }

    private void group(Map<String, Long> expected, String code, String condition, String municipality) {
        expected.put(code, jdbc.sql("SELECT COUNT(*) " + HELD + " AND " + condition).param(municipality).query(Long.class).single());
        expected.put(code + "_AV", jdbc.sql("SELECT COUNT(*) " + HELD + " AND " + condition + " AND f.fact_value IN ('WERK', 'PARTTIME_WERK')")
                .param(municipality).query(Long.class).single());
    }

    @Test
    void theScreenShowsTheGroupsWithTheirSharesAndTheSectorsAsAChart() throws Exception {
        String html = mvc.perform(get("/rapportages/doelgroepen").param("peildatum", "2018-11-15").with(user("analist.igsd")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Jongeren van 18 tot 27: met arbeidsvermogen").contains(">127<").contains("(89%)")
                .contains("Productie/uitvoerend").contains("data-report-chart=\"bar\"")
                .contains("/rapportages/werkzoekenden?indicator=doelgroepen-sectoren");
        String csv = mvc.perform(get("/rapportages/doelgroepen/export").param("formaat", "csv").param("peildatum", "2018-11-15")
                        .with(user("analist.igsd")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Alle werkzoekenden: met arbeidsvermogen;739;62;571;63;168;58");
        String refused = mvc.perform(get("/rapportages/doelgroepen").param("peildatum", "2018-11-15").param("gemeenten", "GM0037")
                .with(user("analist.igsd"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("geen toegang tot de cijfers van gemeente Stadskanaal").doesNotContain("Productie/uitvoerend");
    }

    @Test
    void theYoungPeopleWithWorkCapacityOpenToAListThatIsLogged() throws Exception {
        long expected = jdbc.sql("SELECT COUNT(*) " + HELD + " AND c.date_of_birth <= DATE '2000-11-15' AND c.date_of_birth > "
                + "DATE '1991-11-15' AND f.fact_value IN ('WERK', 'PARTTIME_WERK')").param("GM1701").query(Long.class).single();
        long before = jdbc.sql("SELECT COUNT(*) FROM processing_log WHERE activity = 'opstap-13' AND action = 'LIST'").query(Long.class).single();
        mvc.perform(get("/api/v1/rapportages/" + GROUPS + "/werkzoekenden").param("peildatum", "2018-11-15").param("gemeenten", "GM1701")
                        .param("categorie", "JONGEREN_AV").header("Authorization", ANALYST))
                .andExpect(status().isOk()).andExpect(jsonPath("$.werkzoekenden.length()").value(expected))
                .andExpect(jsonPath("$.volledig").value(true));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM processing_log WHERE activity = 'opstap-13' AND action = 'LIST'").query(Long.class).single())
                .isEqualTo(before + expected);
    }
}
