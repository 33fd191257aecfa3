package nl.opstap.demo;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page of the file renders for demo clients with full histories (plans with review dates and
 * finished steps, ended participations, exemptions, signals, corrected facts): real data reaches
 * template branches that hand-made test data may miss.
 */
@OpstapIntegrationTest
class DemoFilesIT {

    private static final List<String> TABS = List.of("", "/diagnose", "/plan", "/plan/pdf", "/activiteiten", "/journaal",
            "/verplichtingen", "/tijdlijn");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private List<UUID> clients(String municipality, String condition) {
        return jdbc.sql("SELECT id FROM client c WHERE municipality_code = ? AND " + condition + " ORDER BY id FETCH FIRST 4 ROWS ONLY")
                .param(municipality).query(UUID.class).list();
    }

    @Test
    void everyTabRendersForDemoClientsWithRichHistories() throws Exception {
        for (String[] who : new String[][] {{"GM1708", "consulent.steenwijkerland"}, {"GM0037", "consulent.stadskanaal"}}) {
            for (String condition : List.of(
                    "EXISTS (SELECT 1 FROM plan_version v JOIN plan p ON p.id = v.plan_id WHERE p.client_id = c.id AND v.version_no > 1)",
                    "EXISTS (SELECT 1 FROM participation x WHERE x.client_id = c.id AND x.actual_end IS NOT NULL)",
                    "EXISTS (SELECT 1 FROM client_signal s WHERE s.client_id = c.id)",
                    "EXISTS (SELECT 1 FROM diagnosis_fact f WHERE f.client_id = c.id AND f.corrected_at IS NOT NULL)",
                    "EXISTS (SELECT 1 FROM exemption e WHERE e.client_id = c.id)")) {
                for (UUID client : clients(who[0], condition)) {
                    boolean hasPlan = jdbc.sql("SELECT COUNT(*) FROM plan WHERE client_id = ?").param(client).query(Long.class).single() > 0;
                    for (String tab : TABS) {
                        mvc.perform(get("/werkzoekenden/" + client + tab).with(user(who[1])))
                                .andExpect(tab.equals("/plan/pdf") && !hasPlan ? status().isNotFound() : status().isOk());
                    }
                }
            }
        }
    }
}
