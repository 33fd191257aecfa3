package nl.opstap.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.employer.Employers;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.taxonomy.Sectors;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The workshop and session screens: errors next to the fields, the pickers with and without htmx, candidates only for who may see them. */
@OpstapIntegrationTest
class WorkshopScreensIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired Employers employers;
    @Autowired Sectors sectors;

    private final RequestPostProcessor am = user("accountmanager.igsd");

    private String newestWorkshop() {
        return jdbc.sql("SELECT CAST(id AS VARCHAR) FROM workshop ORDER BY created_at DESC LIMIT 1").query(String.class).single();
    }

    @Test
    void aWorkshopIsMadeOnScreenAndItsCandidatesHandled() throws Exception {
        String partner = WorkshopIT.employer(accounts, employers, "accountmanager.igsd", "GM1708", "8331AB", "Steenwijk");
        String partnerName = jdbc.sql("SELECT name FROM employer WHERE id = CAST(? AS UUID)").param(partner).query(String.class).single();
        String sector = sectors.forMunicipality(new MunicipalityCode("GM1708")).getFirst().code();
        mvc.perform(get("/werkplaatsen/nieuw").param("werkgeverZoek", partnerName).with(am)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + partner + "\"")));
        mvc.perform(get("/werkplaatsen/werkgever-suggesties").param("werkgeverZoek", partnerName).param("veld", "agency").with(am))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"agency\"")))
                .andExpect(content().string(not(containsString("<html"))));
        long before = jdbc.sql("SELECT COUNT(*) FROM workshop").query(Long.class).single();
        mvc.perform(post("/werkplaatsen").with(am).with(csrf()).param("municipality", "GM1708").param("name", "Schermwerkplaats")
                        .param("sector", sector).param("partner", partner).param("seats", "0").param("start", "2025-03-01").param("end", "2025-01-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("seats-error")))
                .andExpect(content().string(containsString("Gekozen: " + partnerName)));
        mvc.perform(post("/werkplaatsen").with(am).with(csrf()).param("municipality", "GM1708").param("name", "Schermwerkplaats")
                        .param("sector", sector).param("partner", partner).param("seats", "1").param("start", "2025-03-01").param("end", "2025-01-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("end-error")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM workshop").query(Long.class).single()).isEqualTo(before);
        mvc.perform(post("/werkplaatsen").with(am).with(csrf()).param("municipality", "GM1708").param("name", "Schermwerkplaats")
                        .param("sector", sector).param("partner", partner).param("partner", java.util.UUID.randomUUID().toString()).param("seats", "1")
                        .param("start", LocalDate.now().minusDays(10).toString()))
                .andExpect(status().is3xxRedirection());
        String workshop = newestWorkshop();
        assertThat(jdbc.sql("SELECT CAST(partner_id AS VARCHAR) FROM workshop WHERE id = CAST(? AS UUID)").param(workshop).query(String.class).single())
                .isEqualTo(partner);
        String page = "/werkplaatsen/" + workshop;

        var fixtures = new Fixtures(accounts, clients);
        String lastName = Fixtures.unique("Schermkandidaat");
        String client = fixtures.client(Fixtures.STEENWIJKERLAND, "Sanne", lastName).toString();
        String other = fixtures.client(Fixtures.STEENWIJKERLAND, "Piet", Fixtures.unique("Schermkandidaat")).toString();
        mvc.perform(get(page).param("kandidaatZoek", lastName).with(am)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + client + "\"")));
        mvc.perform(get(page + "/kandidaat-suggesties").param("kandidaatZoek", lastName).with(am)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sanne " + lastName))).andExpect(content().string(not(containsString("<html"))));
        mvc.perform(post(page + "/kandidaten").with(am).with(csrf()).param("category", "").param("added", LocalDate.now().toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("client-error")));
        mvc.perform(post(page + "/kandidaten").with(am).with(csrf()).param("client", client).param("category", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("category-error")));
        mvc.perform(post(page + "/kandidaten").with(am).with(csrf()).param("client", client).param("category", "2")
                .param("added", LocalDate.now().toString())).andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/kandidaten").with(am).with(csrf()).param("client", other).param("category", "1")).andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/kandidaten").with(am).with(csrf()).param("client", client).param("category", "2")).andExpect(status().isOk())
                .andExpect(content().string(containsString("al kandidaat")));
        mvc.perform(post(page + "/kandidaten/" + client + "/status").with(am).with(csrf()).param("status", "GEPLAATST")
                .param("date", LocalDate.now().toString())).andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/kandidaten/" + other + "/status").with(am).with(csrf()).param("status", "GEPLAATST")
                .param("date", LocalDate.now().toString())).andExpect(status().isOk())
                .andExpect(content().string(containsString("status-" + other + "-error"))).andExpect(content().string(containsString("vol")));
        mvc.perform(get(page).with(am)).andExpect(status().isOk()).andExpect(content().string(containsString("Sanne " + lastName)))
                .andExpect(content().string(containsString("1 van 1 plaatsen bezet")));
        mvc.perform(get(page).with(user("jobcoach.igsd"))).andExpect(status().isOk()).andExpect(content().string(containsString(lastName)))
                .andExpect(content().string(not(containsString("/kandidaten\""))));
        mvc.perform(get(page + "/wijzigen").with(am)).andExpect(status().isOk()).andExpect(content().string(containsString("Schermwerkplaats")));
        mvc.perform(get("/werkplaatsen").with(am)).andExpect(status().isOk()).andExpect(content().string(containsString(page)));
        mvc.perform(get("/werkzoekenden/" + client).with(user("consulent.steenwijkerland"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Werkplaatsen en uitzendsessies")));
        mvc.perform(get("/werkplaatsen/nieuw").with(user("jobcoach.igsd"))).andExpect(status().isForbidden());
        mvc.perform(get("/werkplaatsen").with(user("beheer.igsd"))).andExpect(status().isForbidden());
    }

    @Test
    void aSessionIsPlannedOnScreenAndItsOutcomeRecordedFromItsDate() throws Exception {
        String agency = WorkshopIT.employer(accounts, employers, "accountmanager.igsd", "GM1708", "8331AB", "Steenwijk");
        mvc.perform(get("/uitzendsessies/nieuw").with(am)).andExpect(status().isOk());
        mvc.perform(post("/uitzendsessies").with(am).with(csrf()).param("municipality", "GM1708").param("date", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("agency-error"))).andExpect(content().string(containsString("date-error")));
        mvc.perform(post("/uitzendsessies").with(am).with(csrf()).param("municipality", "GM1708").param("agency", agency)
                .param("date", LocalDate.now().plusDays(14).toString()).param("description", "Schermsessie")).andExpect(status().is3xxRedirection());
        String session = jdbc.sql("SELECT CAST(id AS VARCHAR) FROM agency_session WHERE description = 'Schermsessie' ORDER BY created_at DESC LIMIT 1")
                .query(String.class).single();
        String page = "/uitzendsessies/" + session;
        String lastName = Fixtures.unique("Sessiekandidaat");
        String client = new Fixtures(accounts, clients).client(Fixtures.STEENWIJKERLAND, "Ans", lastName).toString();
        mvc.perform(post(page + "/kandidaten").with(am).with(csrf()).param("client", client)).andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(am)).andExpect(status().isOk()).andExpect(content().string(containsString("Ans " + lastName)))
                .andExpect(content().string(containsString("vanaf de dag van de sessie")));
        mvc.perform(post(page + "/uitkomst").with(am).with(csrf()).param("note", "Te vroeg").param("candidates[0].client", client)
                .param("candidates[0].outcome", "AANGENOMEN")).andExpect(status().isOk()).andExpect(content().string(containsString("vanaf de dag van de sessie")));
        jdbc.sql("UPDATE agency_session SET session_date = ? WHERE id = CAST(? AS UUID)").params(LocalDate.now(), session).update();
        mvc.perform(post(page + "/uitkomst").with(am).with(csrf()).param("note", "Goed gesprek").param("candidates[0].client", client)
                .param("candidates[0].outcome", "")).andExpect(status().isOk()).andExpect(content().string(containsString("candidates0.outcome-error")));
        mvc.perform(post(page + "/uitkomst").with(am).with(csrf()).param("note", "Goed gesprek").param("candidates[0].client", client)
                .param("candidates[0].outcome", "AANGENOMEN")).andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(am)).andExpect(status().isOk()).andExpect(content().string(containsString("Goed gesprek")))
                .andExpect(content().string(containsString("aangenomen")));
        mvc.perform(get("/uitzendsessies").with(am)).andExpect(status().isOk()).andExpect(content().string(containsString(page)));
    }
}
