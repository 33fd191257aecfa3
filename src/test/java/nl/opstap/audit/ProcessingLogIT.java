package nl.opstap.audit;

import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Every read and change of a client's data leaves an entry; entries cannot be changed or removed. */
@OpstapIntegrationTest
class ProcessingLogIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired ProcessingLog log;

    private record Entry(String username, String role, String activity, String action, String outcome, String subject) {}

    private List<Entry> entriesOf(ClientId client) {
        return jdbc.sql("SELECT username, role, activity, action, outcome, subject FROM processing_log WHERE subject = ? ORDER BY seq")
                .param(log.pseudonymOf(client.value()))
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    @Test
    void recordsWhoDidWhatWithWhichFileUnderWhichRole() throws Exception {
        String lastName = Fixtures.unique("Logboek");
        ClientId client = new Fixtures(accounts, clients).client(STEENWIJKERLAND, "Lotte", lastName);

        mvc.perform(get("/werkzoekenden/" + client).with(user("consulent.steenwijkerland"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/werkzoekenden").param("naam", lastName).header("Authorization", "Bearer demo-token-jobcoach.igsd"))
                .andExpect(status().isOk());
        mvc.perform(get("/werkzoekenden/" + client).with(user("consulent.stadskanaal"))).andExpect(status().isNotFound());

        // Modules that show a block on the overview log their own reads under their own activity.
        List<Entry> register = entriesOf(client).stream()
                .filter(entry -> entry.activity().equals(ProcessingActivity.CLIENT_REGISTRATION.id())).toList();
        assertThat(register).extracting(Entry::username, Entry::role, Entry::action, Entry::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("consulent.steenwijkerland", "CASEWORKER", "CREATE", "SUCCESS"),
                org.assertj.core.groups.Tuple.tuple("consulent.steenwijkerland", "CASEWORKER", "READ", "SUCCESS"),
                org.assertj.core.groups.Tuple.tuple("jobcoach.igsd", "JOBCOACH", "LIST", "SUCCESS"),
                org.assertj.core.groups.Tuple.tuple("consulent.stadskanaal", null, "READ", "DENIED"));
        assertThat(entriesOf(client)).allSatisfy(entry ->
                assertThat(entry.subject()).hasSize(32).doesNotContain(client.value().toString().substring(0, 8)));
        assertThat(entriesOf(client)).extracting(Entry::activity).contains(ProcessingActivity.PARTICIPATION.id(),
                ProcessingActivity.OBLIGATIONS.id(), ProcessingActivity.DIAGNOSIS.id());
    }

    @Test
    void showsTheHistoryToAnalystsAndAdministratorsOnly() throws Exception {
        ClientId client = new Fixtures(accounts, clients).client(STEENWIJKERLAND, "Inge", Fixtures.unique("Inzage"));
        mvc.perform(get("/werkzoekenden/" + client).with(user("consulent.steenwijkerland")));

        mvc.perform(get("/werkzoekenden/" + client + "/verwerkingen").with(user("analist.igsd")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("consulent.steenwijkerland")))
                .andExpect(content().string(containsString("Dossier bekeken")));
        mvc.perform(get("/api/v1/werkzoekenden/" + client + "/verwerkingen").header("Authorization", "Bearer demo-token-admin"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.verwerkingen[0].handeling").exists());
        mvc.perform(get("/werkzoekenden/" + client + "/verwerkingen").with(user("consulent.steenwijkerland")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/werkzoekenden/" + client).with(user("analist.igsd")))
                .andExpect(content().string(containsString("Wie heeft dit dossier bekeken of gewijzigd")));
        mvc.perform(get("/werkzoekenden/" + client).with(user("consulent.steenwijkerland")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Wie heeft dit dossier bekeken"))));
    }

    @Test
    void aJobSeekerReadsOnlyTheirOwnFileAndThatIsLoggedToo() throws Exception {
        Fixtures fixtures = new Fixtures(accounts, clients);
        String lastName = Fixtures.unique("Eigen");
        ClientId own = fixtures.client(STEENWIJKERLAND, "Wim", lastName);
        String username = Fixtures.unique("werkzoekende");
        fixtures.jobSeeker(username, own, STEENWIJKERLAND);

        mvc.perform(get("/mijn-gegevens").with(user(username))).andExpect(status().isOk())
                .andExpect(content().string(containsString(lastName)));
        mvc.perform(get("/").with(user(username))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/mijn-gegevens\"")));
        mvc.perform(get("/werkzoekenden").with(user(username))).andExpect(status().isForbidden());
        assertThat(entriesOf(own)).extracting(Entry::username, Entry::role, Entry::activity)
                .contains(org.assertj.core.groups.Tuple.tuple(username, "JOB_SEEKER", ProcessingActivity.OWN_FILE.id()));
    }

    @Test
    void entriesCannotBeChangedOrRemovedEvenWithDirectSql() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE processing_log SET username = 'niemand'").update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM processing_log").update()).isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM processing_log WHERE username = 'niemand'").query(Long.class).single()).isZero();
    }

    @Test
    void theChainVerifiesIntactAndNoEntryHoldsABsn() throws Exception {
        mvc.perform(post("/beheer/verwerkingslog/controle").with(user("admin")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("De keten is intact")));
        List<String> subjects = jdbc.sql("SELECT COALESCE(subject, '') || username || COALESCE(request_id, '') FROM processing_log")
                .query(String.class).list();
        assertThat(subjects).noneMatch(value -> value.matches(".*\\b\\d{9}\\b.*"));
    }
}
