package nl.opstap.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Seed 003 on 15-11-2018 through the API: Tabel I exactly, Tabel II's municipality columns exactly, and the IGSD
 * totals computed from the data (134 and 39 where the seed prints 137 and 36). Expected figures are typed in from
 * the seed. Other tests add clients with back-dated facts only outside the IGSD municipalities.
 */
@OpstapIntegrationTest
class TabelReportIT {

    static final String ANALYST = "Bearer demo-token-analist.igsd";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void tabelIOfTheSeedExactly() throws Exception {
        mvc.perform(get("/api/v1/rapportages/tabel-1").param("peildatum", "2018-11-15").header("Authorization", ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(6))
                .andExpect(jsonPath("$[0].categorie").value("Talent in kaart"))
                .andExpect(jsonPath("$[0].aantallen.GM1708").value(34)).andExpect(jsonPath("$[0].aantallen.GM1701").value(3))
                .andExpect(jsonPath("$[0].totaal").value(37))
                .andExpect(jsonPath("$[1].aantallen.GM1708").value(69)).andExpect(jsonPath("$[1].aantallen.GM1701").value(60))
                .andExpect(jsonPath("$[1].totaal").value(129))
                .andExpect(jsonPath("$[2].categorie").value("Leren & ontwikkelen"))
                .andExpect(jsonPath("$[2].aantallen.GM1708").value(556)).andExpect(jsonPath("$[2].aantallen.GM1701").value(159))
                .andExpect(jsonPath("$[2].totaal").value(715)).andExpect(jsonPath("$[2].percentages.GM1708").value(62))
                .andExpect(jsonPath("$[2].totaalPercentage").value(60))
                .andExpect(jsonPath("$[3].totaal").value(126)).andExpect(jsonPath("$[3].aantallen.GM1708").value(101))
                .andExpect(jsonPath("$[4].totaal").value(71)).andExpect(jsonPath("$[4].aantallen.GM1701").value(19))
                .andExpect(jsonPath("$[5].totaal").value(111)).andExpect(jsonPath("$[5].aantallen.GM1708").value(88));
    }

    @Test
    void tabelIIMunicipalityColumnsExactlyAndTotalsFromTheData() throws Exception {
        mvc.perform(get("/api/v1/rapportages/tabel-2").param("peildatum", "2018-11-15").header("Authorization", ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].categorie").value("Parttime werk"))
                .andExpect(jsonPath("$[0].aantallen.GM1708").value(98)).andExpect(jsonPath("$[0].aantallen.GM1701").value(35))
                .andExpect(jsonPath("$[0].totaal").value(133))
                .andExpect(jsonPath("$[1].aantallen.GM1708").value(473)).andExpect(jsonPath("$[1].aantallen.GM1701").value(133))
                .andExpect(jsonPath("$[1].totaal").value(606))
                .andExpect(jsonPath("$[2].aantallen.GM1708").value(228)).andExpect(jsonPath("$[2].aantallen.GM1701").value(49))
                .andExpect(jsonPath("$[2].totaal").value(277))
                .andExpect(jsonPath("$[3].categorie").value("Zorg"))
                .andExpect(jsonPath("$[3].aantallen.GM1708").value(74)).andExpect(jsonPath("$[3].aantallen.GM1701").value(60))
                .andExpect(jsonPath("$[3].totaal").value(134))
                .andExpect(jsonPath("$[4].aantallen.GM1708").value(27)).andExpect(jsonPath("$[4].aantallen.GM1701").value(12))
                .andExpect(jsonPath("$[4].totaal").value(39));
    }

    @Test
    void theScreenShowsBothTablesLikeTheSeedWithTheIgsdColumnFirst() throws Exception {
        String html = mvc.perform(get("/rapportages/tabellen").param("peildatum", "2018-11-15")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("analist.igsd")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("IGSD").contains("1.189").contains("(62%)").contains("Leren &amp; ontwikkelen");
        assertThat(html.indexOf(">IGSD Steenwijkerland-Westerveld</th>")).isPositive().isLessThan(html.indexOf(">Steenwijkerland</th>"));
        assertThat(html.indexOf(">Steenwijkerland</th>")).isLessThan(html.indexOf(">Westerveld</th>"));
    }

    @Test
    void badInputGetsAClearAnswer() throws Exception {
        mvc.perform(get("/api/v1/rapportages/tabel-1").param("peildatum", "2001-01-01").header("Authorization", ANALYST))
                .andExpect(status().isBadRequest()).andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[0].name").value("peildatum"))
                .andExpect(jsonPath("$.invalidParams[0].reason", containsString("eerste gegevens")));
        mvc.perform(get("/api/v1/rapportages/tabel-1").param("peildatum", "15-11-2018").header("Authorization", ANALYST))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("peildatum"));
        mvc.perform(get("/api/v1/rapportages/tabel-1").param("gemeenten", "GM9999").header("Authorization", ANALYST))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].reason", containsString("onbekend")));
        mvc.perform(get("/api/v1/rapportages/tabel-2").param("gemeenten", "GM0037").header("Authorization", ANALYST))
                .andExpect(status().isForbidden()).andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.detail", containsString("Stadskanaal")));
        mvc.perform(get("/api/v1/rapportages/tabel-2").param("peildatum", "2999-01-01").header("Authorization", ANALYST))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].reason", containsString("toekomst")));
    }

    @Test
    void aFigureOpensToTheClientsBehindItAndThatListIsLogged() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM processing_log WHERE activity = 'opstap-13'").query(Long.class).single();
        mvc.perform(get("/api/v1/rapportages/tabel-1/werkzoekenden").param("peildatum", "2018-11-15").param("gemeenten", "GM1701")
                        .param("categorie", "TALENT_IN_KAART").header("Authorization", ANALYST))
                .andExpect(status().isOk()).andExpect(jsonPath("$.werkzoekenden.length()").value(3))
                .andExpect(jsonPath("$.volledig").value(true));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM processing_log WHERE activity = 'opstap-13' AND action = 'LIST'")
                .query(Long.class).single()).isEqualTo(before + 3);
    }
}
