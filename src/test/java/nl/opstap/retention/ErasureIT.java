package nl.opstap.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.retention.RetentionFixtures.Person;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Erasure on request (AVG art. 17) by an administrator, on screen and through the API; refused while a benefit runs. */
@OpstapIntegrationTest
class ErasureIT {

    static final String ADMIN = "Bearer demo-token-beheer.tdc";
    static final String VALID = "{\"grond\": \"toestemming-ingetrokken\", \"kenmerk\": \"Z-2026-0042\", \"bevestigd\": true}";

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory directory;
    @Autowired JdbcClient jdbc;

    RetentionFixtures fixtures() {
        return new RetentionFixtures(mvc, accounts, directory, jdbc);
    }

    @Test
    void anAdministratorAnonymisesAClosedFileThroughTheApiOnce() throws Exception {
        RetentionFixtures fixtures = fixtures();
        Person person = fixtures.file(LocalDate.now().minusMonths(2));
        String url = "/api/v1/werkzoekenden/" + person.id().value() + "/anonimisering";

        mvc.perform(RetentionFixtures.json(post(url), "Bearer demo-token-consulent.stadskanaal").content(VALID))
                .andExpect(status().isForbidden());
        mvc.perform(RetentionFixtures.json(post(url), ADMIN).content("{\"grond\": \"weet-niet\", \"kenmerk\": \"Jan de Vries!\"}"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(RetentionFixtures.json(post(url), ADMIN).content("{\"kenmerk\": \"Jan de Vries!\"}"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("kenmerk")))
                .andExpect(content().string(containsString("bevestigd"))).andExpect(content().string(containsString("grond")));

        mvc.perform(RetentionFixtures.json(post(url), ADMIN).content(VALID))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(person.id().value().toString()))
                .andExpect(jsonPath("$.grond").value("toestemming-ingetrokken"));
        RetentionIT.assertNothingLeftOf(fixtures, person);
        assertThat(jdbc.sql("SELECT reference FROM retention_erasure WHERE client_id = ?").param(person.id().value())
                .query(String.class).single()).isEqualTo("Z-2026-0042");

        mvc.perform(RetentionFixtures.json(post(url), ADMIN).content(VALID))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("al geanonimiseerd")));
        mvc.perform(get("/api/v1/werkzoekenden/" + person.id().value()).header("Authorization", RetentionFixtures.CASEWORKER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.achternaam").value("dossier"));
    }

    @Test
    void aFileWithARunningBenefitIsKept() throws Exception {
        Person open = fixtures().openFile();
        mvc.perform(RetentionFixtures.json(post("/api/v1/werkzoekenden/" + open.id().value() + "/anonimisering"), ADMIN).content(VALID))
                .andExpect(status().isConflict()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(containsString("nog open")));
        assertThat(fixtures().textColumnsContaining(open.lastName())).contains("client.last_name");
        mvc.perform(get("/werkzoekenden/" + open.id() + "/anonimisering").with(user("beheer.tdc")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("nog open")));
    }

    @Test
    void anAdministratorAnonymisesOnScreenAfterConfirming() throws Exception {
        RetentionFixtures fixtures = fixtures();
        Person person = fixtures.file(LocalDate.now().minusMonths(3));
        String page = "/werkzoekenden/" + person.id() + "/anonimisering";

        mvc.perform(get("/werkzoekenden/" + person.id()).with(user("beheer.tdc")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(page)));
        mvc.perform(get("/werkzoekenden/" + person.id()).with(user("consulent.stadskanaal")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(page))));
        mvc.perform(get(page).with(user("beheer.tdc")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(person.lastName())))
                .andExpect(content().string(containsString("Dossier definitief anonimiseren")));

        mvc.perform(post(page).with(user("beheer.tdc")).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("ground=OBJECTION&reference=Z-1"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Bevestig dat u het dossier definitief wilt anonimiseren.")));
        assertThat(fixtures.textColumnsContaining(person.lastName())).isNotEmpty();

        mvc.perform(post(page).with(user("beheer.tdc")).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("ground=OBJECTION&reference=Z-1&confirmed=true"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/werkzoekenden/" + person.id()));
        RetentionIT.assertNothingLeftOf(fixtures, person);
        mvc.perform(get("/werkzoekenden/" + person.id()).with(user("beheer.tdc")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Geanonimiseerd dossier")));
        mvc.perform(get("/beheer/bewaartermijnen").with(user("beheer.tdc")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("P10Y")))
                .andExpect(content().string(containsString("id=\"termijn-contactpersoon\">P2Y<")))
                .andExpect(content().string(containsString("bezwaar gemaakt")));
    }
}
