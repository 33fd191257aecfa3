package nl.opstap.placement;

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
import java.util.UUID;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.BenefitChange;
import nl.opstap.client.BenefitStatus;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The placement screens: Dutch messages next to the fields, the follow-up and signal, outflow and revolving door, the coach's list. */
@OpstapIntegrationTest
class PlacementScreensIT {

    static final String CASEWORKER = "consulent.steenwijkerland";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;

    private ResultActions submit(String user, String url, String body) throws Exception {
        return mvc.perform(post(url).with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body));
    }

    @Test
    void aCaseworkerPlacesRecordsFollowUpAndOutflowOnTheScreens() throws Exception {
        Fixtures fixtures = new Fixtures(accounts, clients);
        ClientId client = fixtures.client(Fixtures.STEENWIJKERLAND, "Anouk", Fixtures.unique("Scherm"));
        clients.changeBenefit(fixtures.caseworkerAccess(Fixtures.STEENWIJKERLAND), client, new BenefitChange(BenefitStatus.RECIPIENT,
                LocalDate.of(2023, 1, 1)));
        String file = "/werkzoekenden/" + client.value();
        mvc.perform(get(file + "/plaatsingen/nieuw").with(user(CASEWORKER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("1. Regulier werk")))
                .andExpect(content().string(containsString("7. Dagbesteding")));
        submit(CASEWORKER, file + "/plaatsingen/nieuw", "type=WORK_EXPERIENCE&start=2025-03-01&end=2025-02-01&hours=abc")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Geef aan waarom niet gekozen is voor regulier werk, afspraakbaan, scholing.")))
                .andExpect(content().string(containsString("Vul een geheel getal in.")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM placement WHERE client_id = ?").param(client.value()).query(Long.class).single()).isZero();
        String coach = accounts.idOf("jobcoach.igsd").value().toString();
        submit(CASEWORKER, file + "/plaatsingen/nieuw", "type=REGULAR_WORK&start=" + LocalDate.now().minusMonths(2) + "&hours=32&contract=FIXED_TERM"
                + "&wageSubsidy=true&jobcoach=" + coach).andExpect(status().is3xxRedirection());
        UUID placement = jdbc.sql("SELECT id FROM placement WHERE client_id = ?").param(client.value()).query(UUID.class).single();
        mvc.perform(get("/nazorg").with(user("jobcoach.igsd"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(placement.toString())));
        UUID contact = jdbc.sql("SELECT id FROM follow_up WHERE placement_id = ? AND months_after = 1 AND party = 'werkgever'").param(placement)
                .query(UUID.class).single();
        mvc.perform(get("/plaatsingen/" + placement).param("contact", contact.toString()).with(user("jobcoach.igsd"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("te laat")))
                .andExpect(content().string(containsString("Nazorgcontact vastleggen")));
        submit("jobcoach.igsd", "/plaatsingen/" + placement + "/nazorg/" + contact, "held=" + LocalDate.now() + "&reopenSupport=true")
                .andExpect(status().isOk()).andExpect(content().string(containsString("Beschrijf de uitkomst")))
                .andExpect(content().string(containsString("Heropen de ondersteuning alleen na een signaal")));
        submit("jobcoach.igsd", "/plaatsingen/" + placement + "/nazorg/" + contact, "held=" + LocalDate.now()
                + "&outcome=Verzuim+loopt+op&signal=true&reopenSupport=true").andExpect(status().is3xxRedirection());
        mvc.perform(get("/werklijst/team/geen").with(user("analist.igsd"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ondersteuning heropend")));
        mvc.perform(get(file + "/plaatsingen").with(user(CASEWORKER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("1 van 10 contacten gehouden")))
                .andExpect(content().string(containsString("ondersteuning heropend")));

        submit(CASEWORKER, file + "/uitstroom", "date=&reason=&extent=").andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies de reden van uitstroom.")));
        submit(CASEWORKER, file + "/uitstroom", "date=" + LocalDate.now().minusMonths(2) + "&reason=WORK&extent=FULL&placement=" + placement)
                .andExpect(status().is3xxRedirection());
        submit(CASEWORKER, file + "/herinstroom", "date=" + LocalDate.now().minusDays(3)).andExpect(status().is3xxRedirection());
        mvc.perform(get(file + "/plaatsingen").with(user(CASEWORKER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("draaideur (binnen 12 maanden)")))
                .andExpect(content().string(containsString("Nog niet bekend")));
        mvc.perform(get(file + "/plaatsingen").with(user("accountmanager.igsd"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Uitstroom vastleggen"))));
    }
}
