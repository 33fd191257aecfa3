package nl.opstap.access;

import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import nl.opstap.client.ClientDirectory;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import nl.opstap.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Personal access tokens: created and revoked on the account page, stored hashed, checked on every call. */
@OpstapIntegrationTest
class ApiTokenIT {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired JdbcClient jdbc;

    @Test
    void aTokenWorksUntilItIsRevokedAndIsStoredOnlyAsAHash() throws Exception {
        String username = Fixtures.unique("token");
        new Fixtures(accounts, clients).user(username, Role.ANALYST, STEENWIJKERLAND);

        String token = Tokens.create(mvc, username, "Rapportagescript", "30").orElseThrow();

        mvc.perform(get("/api/v1/gemeenten").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].code").value(STEENWIJKERLAND));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = ? OR token_hint = ?").params(token, token)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT last_used_at FROM api_token WHERE user_id = ?").param(accounts.idOf(username).value())
                .query(Instant.class).single()).isNotNull();

        String id = jdbc.sql("SELECT id FROM api_token WHERE user_id = ?").param(accounts.idOf(username).value())
                .query(String.class).single();
        mvc.perform(post("/mijn-account/tokens/" + id + "/intrekken").with(user("consulent.steenwijkerland")).with(csrf()));
        mvc.perform(get("/api/v1/gemeenten").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(post("/mijn-account/tokens/" + id + "/intrekken").with(user(username)).with(csrf()));
        mvc.perform(get("/api/v1/gemeenten").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void anExpiredOrUnknownTokenIsRefused() throws Exception {
        String username = Fixtures.unique("verlopen");
        new Fixtures(accounts, clients).user(username, Role.ANALYST, STEENWIJKERLAND);
        String token = Tokens.create(mvc, username, "Kort", "1").orElseThrow();
        jdbc.sql("UPDATE api_token SET expires_at = ? WHERE user_id = ?")
                .params(java.time.OffsetDateTime.now().minusMinutes(1), accounts.idOf(username).value()).update();

        mvc.perform(get("/api/v1/gemeenten").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.title").value("Niet aangemeld"));
        mvc.perform(get("/api/v1/gemeenten").header("Authorization", "Bearer opstap_bestaatniet"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void refusesTokenFormsWithBadInputNextToTheField() throws Exception {
        String page = mvc.perform(post("/mijn-account/tokens").with(user("consulent.steenwijkerland")).with(csrf())
                .param("name", "").param("validityDays", "9999")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Geef het token een naam.").contains("Een token is 1 tot 365 dagen geldig.");
        assertThat(Tokens.TOKEN.matcher(page).find()).isFalse();
    }
}
