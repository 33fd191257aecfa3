package nl.opstap.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Formation, caseload, targets, caseload over time and the comparison on screen, with the demo's seed settings. */
@OpstapIntegrationTest
class SteeringReportsIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private String page(String path, String user, String... params) throws Exception {
        var request = get(path).with(user(user));
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void formationOfTheSeedWithItsArithmeticUnroundedAndRounded() throws Exception {
        String html = page("/rapportages/formatie", "analist.igsd", "peildatum", "2018-11-15");
        assertThat(html).contains("Formatie IGSD Steenwijkerland-Westerveld").contains("606").contains("7,5750").contains("7,6")
                .contains("3,9571").contains("4,0").contains("0,4333").contains("14,4003").contains("26,4003").contains("26,4")
                .contains("76.216,79").contains("2.012.146,12").contains("2.012.146")
                .contains("Plan van Aanpak").contains("1.996.880").contains("971.712").contains("1.025.168");
    }

    @Test
    void caseloadPerCaseworkerAgainstTheNorm() throws Exception {
        String html = page("/rapportages/caseload", "analist.igsd");
        assertThat(html).contains("Caseload per consulent").contains("Fte volgens de normen").contains("indicator=caseload");
        String name = jdbc.sql("SELECT display_name FROM app_user WHERE username = 'consulent.steenwijkerland'").query(String.class).single();
        long clients = jdbc.sql("""
                SELECT COUNT(*) FROM diagnosis_fact f JOIN client_caseworker w ON w.client_id = f.client_id AND w.valid_to IS NULL
                JOIN app_user u ON u.id = w.caseworker_id AND u.username = 'consulent.steenwijkerland'
                WHERE f.kind = 'PERSPECTIVE' AND f.corrected_at IS NULL AND f.municipality_code IN ('GM1708', 'GM1701')
                AND f.valid_from <= CURRENT_DATE AND (f.valid_to IS NULL OR f.valid_to > CURRENT_DATE)""").query(Long.class).single();
        assertThat(clients).isPositive();
        String row = html.substring(html.indexOf(">" + name + "</th>"));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains(">" + String.format(java.util.Locale.GERMANY, "%,d", clients) + "</a>");
    }

    @Test
    void targetsAgainstWhatWasRealised() throws Exception {
        String igsd = page("/rapportages/doelen", "analist.igsd");
        assertThat(igsd).contains("Uitstroom naar werk (personen) 2019–2020, Steenwijkerland").contains(">125<");
        long realised = jdbc.sql("SELECT COUNT(DISTINCT client_id) FROM outflow WHERE reason = 'WORK' AND municipality_code = 'GM1708' "
                + "AND outflow_date BETWEEN DATE '2019-01-01' AND DATE '2020-12-31'").query(Long.class).single();
        assertThat(igsd).contains("indicator=doel-uitstroom-werk").contains(">" + realised + "<");
        String tdc = page("/rapportages/doelen", "analist.tdc");
        assertThat(tdc).contains("Beschut werk (gerealiseerde plekken) 2021, Stadskanaal").contains(">53<").contains(">44<");
    }

    @Test
    void caseloadOverTimeAsALineChartWithTheSeedsBenefitCounts() throws Exception {
        String html = page("/rapportages/verloop", "analist.igsd", "peildatum", "2018-11-15", "van", "2017-12-01", "tot", "2018-11-15");
        assertThat(html).contains("data-report-chart=\"line\"").contains("31-12-2017").contains("15-11-2018");
        long households = jdbc.sql("""
                SELECT COUNT(*) FROM client_benefit_status b JOIN client c ON c.id = b.client_id WHERE b.status = 'RECIPIENT'
                AND c.municipality_code IN ('GM1708', 'GM1701') AND b.valid_from <= DATE '2017-12-31'
                AND (b.valid_to IS NULL OR b.valid_to > DATE '2017-12-31')""").query(Long.class).single();
        assertThat(html).contains(String.format(java.util.Locale.GERMANY, "%,d", households));
    }

    @Test
    void theComparisonNeedsExactlyTwoMunicipalities() throws Exception {
        String two = page("/rapportages/vergelijking", "analist.tdc", "peildatum", "2020-12-31");
        assertThat(two).contains(">Stadskanaal</th>").contains(">Veendam</th>").doesNotContain("scope=\"col\">TDC");
        String one = page("/rapportages/vergelijking", "analist.tdc", "gemeenten", "GM0037");
        assertThat(one).contains("Kies precies twee gemeenten");
    }

    @Test
    void exportsInEveryFormat() throws Exception {
        mvc.perform(get("/rapportages/tabellen/export").param("formaat", "csv").param("peildatum", "2018-11-15").with(user("analist.igsd")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")));
        String csv = mvc.perform(get("/rapportages/tabellen/export").param("formaat", "csv").param("peildatum", "2018-11-15")
                .with(user("analist.igsd"))).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Leren & ontwikkelen;715;60;556;62;159;55");
        byte[] xlsx = mvc.perform(get("/rapportages/formatie/export").param("formaat", "xlsx").param("peildatum", "2018-11-15")
                .with(user("analist.igsd"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
        byte[] pdf = mvc.perform(get("/rapportages/tabellen/export").param("formaat", "pdf").param("peildatum", "2018-11-15")
                .with(user("analist.igsd"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        mvc.perform(get("/rapportages/tabellen/export").param("formaat", "doc").with(user("analist.igsd"))).andExpect(status().isBadRequest());
    }

    @Test
    void anAdministratorRecordsNormsWithHistoryAndAZeroNormIsRefusedNextToTheField() throws Exception {
        String org = jdbc.sql("SELECT organisation_id FROM municipality WHERE code = 'GM0037'").query(String.class).single();
        String refused = mvc.perform(post("/rapportages/instellingen/norm").with(user("beheer.tdc")).with(csrf())
                        .param("organisatie", org).param("perspectief", "WERK").param("norm", "0").param("normVanaf", "2020-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"norm-error\"").contains("groter zijn dan 0");
        mvc.perform(post("/rapportages/instellingen/norm").with(user("beheer.tdc")).with(csrf())
                        .param("organisatie", org).param("perspectief", "WERK").param("norm", "75").param("normVanaf", "2020-01-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/rapportages/instellingen/norm").with(user("beheer.tdc")).with(csrf())
                        .param("organisatie", org).param("perspectief", "WERK").param("norm", "85").param("normVanaf", "2021-01-01"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM formation_setting WHERE organisation_id = CAST(? AS UUID) AND code = 'WERK'")
                .param(org).query(Long.class).single()).isEqualTo(2L);
        String html = page("/rapportages/formatie", "analist.tdc", "peildatum", "2020-06-30");
        assertThat(html).contains(">75<");
        String igsd = jdbc.sql("SELECT organisation_id FROM municipality WHERE code = 'GM1708'").query(String.class).single();
        mvc.perform(post("/rapportages/instellingen/norm").with(user("beheer.tdc")).with(csrf())
                .param("organisatie", igsd).param("perspectief", "WERK").param("norm", "75").param("normVanaf", "2020-01-01"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/rapportages/instellingen").with(user("analist.igsd"))).andExpect(status().isForbidden());
    }
}
