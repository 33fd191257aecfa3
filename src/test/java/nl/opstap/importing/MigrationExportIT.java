package nl.opstap.importing;

import static nl.opstap.testsupport.Fixtures.STADSKANAAL;
import static nl.opstap.testsupport.Fixtures.WESTERVELD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import nl.opstap.access.Role;
import nl.opstap.access.UserAccounts;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientDetails;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.NewClient;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.Municipalities;
import nl.opstap.shared.domain.Paging;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The migration export end to end: started in the API, run in the background, its file encrypted at rest, and its
 * lines holding a known client's data from several modules (BSN included) but nothing of another organisation and no
 * secrets. Only administrators whose scope holds the job's municipalities see or download it.
 */
@OpstapIntegrationTest
class MigrationExportIT {

    private static final String ADMIN = "export.beheer.westerveld";

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired ProcessingLog log;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired ExportHousekeeping housekeeping;
    @Autowired Municipalities municipalities;

    private Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(accounts, clients);
        fixtures.user(ADMIN, Role.ADMIN, WESTERVELD);
    }

    private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String username) {
        return request.header("Authorization", "Bearer demo-token-" + username);
    }

    private JsonNode jobState(String id, String username) throws Exception {
        return json.readTree(mvc.perform(api(get("/api/v1/exporten/migratie/" + id), username)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void theExportHoldsTheOrganisationsDataLineByLineAndOnlyItsAdministratorsGetIt() throws Exception {
        ClientDetails known = Fixtures.details(WESTERVELD, Fixtures.unique("Voor"), Fixtures.unique("Migratie"));
        ClientId client = clients.register(fixtures.caseworkerAccess(WESTERVELD), new NewClient(known, null, null));
        String seeker = Fixtures.unique("migratie.");
        fixtures.jobSeeker(seeker, client, WESTERVELD);
        mvc.perform(post("/mijn-privacy/toestemmingen/profiel").param("pitch", "Ik werk graag met hout").with(csrf()).with(user(seeker)))
                .andExpect(status().is3xxRedirection());
        String note = Fixtures.unique("Journaalnotitie");
        mvc.perform(post("/werkzoekenden/" + client + "/journaal").param("type", "OVERIG").param("text", note).with(csrf())
                .with(user("consulent.westerveld"))).andExpect(status().is3xxRedirection());
        ClientDetails foreign = Fixtures.details(STADSKANAAL, "Ander", Fixtures.unique("Buitenaf"));
        clients.register(fixtures.caseworkerAccess(STADSKANAAL), new NewClient(foreign, null, null));

        String body = mvc.perform(api(post("/api/v1/exporten/migratie"), ADMIN)).andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/exporten/migratie/")))
                .andReturn().getResponse().getContentAsString();
        String id = json.readTree(body).get("id").asString();
        JsonNode state = jobState(id, ADMIN);
        for (Instant until = Instant.now().plus(Duration.ofMinutes(4)); state.get("status").asString().equals("bezig") && Instant.now().isBefore(until); ) {
            Thread.sleep(500);
            state = jobState(id, ADMIN);
        }
        assertThat(state.get("status").asString()).isEqualTo("klaar");
        assertThat(state.get("procent").asInt()).isEqualTo(100);

        byte[] stored = jdbc.sql("SELECT content FROM export_file WHERE job_id = ?").param(UUID.fromString(id)).query(byte[].class).single();
        assertThat(stored.length).isGreaterThan(100);
        assertThat(stored[0] == (byte) 0x1f && stored[1] == (byte) 0x8b).as("stored encrypted, not as plain gzip").isFalse();

        byte[] gz = mvc.perform(api(get("/api/v1/exporten/migratie/" + id + "/bestand"), ADMIN)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("attachment"), org.hamcrest.Matchers.containsString(".jsonl.gz"))))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(new GZIPInputStream(new ByteArrayInputStream(gz)).readAllBytes(), StandardCharsets.UTF_8);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            lines.add(json.readTree(line));
        }
        assertThat(lines.getFirst().get("type").asString()).isEqualTo("header");
        assertThat(lines.getFirst().get("gemeenten").toString()).isEqualTo("[\"GM1701\"]");
        assertThat(lines.getLast().get("type").asString()).isEqualTo("einde");
        assertThat(lines).allMatch(l -> l.hasNonNull("type"));
        long clientLines = lines.stream().filter(l -> l.get("type").asString().equals("werkzoekende")).count();
        assertThat(lines.getLast().get("aantallen").get("werkzoekende").asLong()).isEqualTo(clientLines).isGreaterThan(1);
        assertThat(lines).filteredOn(l -> l.get("type").asString().equals("gemeente")).extracting(l -> l.get("code").asString())
                .containsExactly(WESTERVELD);
        assertThat(lines).filteredOn(l -> l.get("type").asString().equals("werkzoekende")).allMatch(l -> l.get("gemeente").asString().equals(WESTERVELD));

        JsonNode mine = lines.stream().filter(l -> l.get("type").asString().equals("werkzoekende") && l.get("id").asString().equals(client.toString()))
                .findFirst().orElseThrow();
        String mineText = mine.toString();
        assertThat(mineText).contains(known.bsn(), known.lastName(), "Ik werk graag met hout", note, "Toestemmingen");
        assertThat(lines).anyMatch(l -> l.get("type").asString().equals("gebruiker") && l.get("gebruikersnaam").asString().equals(ADMIN));
        assertThat(text).doesNotContain(foreign.lastName(), foreign.bsn(), "GM0037", "Stadskanaal", "consulent.stadskanaal",
                "$argon2", "{argon2}", "{bcrypt}", "password", "wachtwoord", "demo-token");

        assertThat(log.historyOf(client.value(), new Paging(1, 50)).content())
                .anyMatch(e -> e.activity().equals("opstap-16") && e.action().equals("READ") && e.username().equals(ADMIN));

        mvc.perform(api(get("/api/v1/exporten/migratie/" + id + "/bestand"), "beheer.igsd")).andExpect(status().isOk());
        mvc.perform(api(get("/api/v1/exporten/migratie/" + id + "/bestand"), "beheer.tdc")).andExpect(status().isNotFound());
        mvc.perform(api(get("/api/v1/exporten/migratie/" + id), "beheer.tdc")).andExpect(status().isNotFound());
        mvc.perform(get("/export/migratie/" + id + "/bestand").with(user("beheer.tdc"))).andExpect(status().isNotFound());
        mvc.perform(api(get("/api/v1/exporten/migratie/" + id + "/bestand"), "consulent.westerveld")).andExpect(status().isForbidden());
        assertThat(mvc.perform(api(get("/api/v1/exporten/migratie"), "beheer.tdc")).andReturn().getResponse().getContentAsString())
                .doesNotContain(id);

        String page = mvc.perform(get("/export").param("export", id).with(user(ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<progress", "/export/migratie/" + id + "/bestand", "Export");
    }

    private UUID job(String status, Instant created, Instant heartbeat, boolean withFile) {
        UUID id = UUID.randomUUID();
        UUID igsd = municipalities.find(new MunicipalityCode(WESTERVELD)).orElseThrow().organisationId().value();
        jdbc.sql("""
                INSERT INTO export_job (id, organisation_id, municipalities, status, started_by, started_by_name, total_count, done_count,
                    created_at, heartbeat_at) VALUES (?, ?, 'GM1701', ?, ?, 'Beheerder', 10, 3, ?, ?)""")
                .params(id, igsd, status, accounts.idOf("beheer.igsd").value(), created.atOffset(ZoneOffset.UTC), heartbeat.atOffset(ZoneOffset.UTC))
                .update();
        if (withFile) {
            jdbc.sql("INSERT INTO export_file (job_id, content, created_at) VALUES (?, ?, ?)").params(id, new byte[] {9, 9, 9},
                    created.atOffset(ZoneOffset.UTC)).update();
        }
        return id;
    }

    private String storedStatus(UUID id) {
        return jdbc.sql("SELECT status FROM export_job WHERE id = ?").param(id).query(String.class).single();
    }

    @Test
    void aJobWhoseProcessDiedIsMarkedFailedAndFilesGoAfter24Hours() throws Exception {
        Instant now = Instant.now();
        UUID stale = job("RUNNING", now.minus(Duration.ofHours(1)), now.minus(Duration.ofMinutes(30)), false);
        UUID alive = job("RUNNING", now.minus(Duration.ofMinutes(2)), now, false);
        UUID old = job("DONE", now.minus(Duration.ofHours(25)), now.minus(Duration.ofHours(25)), true);
        UUID fresh = job("DONE", now.minus(Duration.ofHours(1)), now.minus(Duration.ofHours(1)), true);

        assertThat(jobState(stale.toString(), "beheer.igsd").get("status").asString()).isEqualTo("mislukt");
        housekeeping.run();
        assertThat(storedStatus(stale)).isEqualTo("FAILED");
        assertThat(storedStatus(alive)).isEqualTo("RUNNING");
        assertThat(storedStatus(old)).isEqualTo("EXPIRED");
        assertThat(storedStatus(fresh)).isEqualTo("DONE");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM export_file WHERE job_id IN (?, ?)").params(old, fresh).query(Long.class).single()).isOne();
        mvc.perform(api(get("/api/v1/exporten/migratie/" + old + "/bestand"), "beheer.igsd")).andExpect(status().isNotFound());
        mvc.perform(api(post("/api/v1/exporten/migratie"), ADMIN)).andExpect(status().isConflict());
        assertThat(mvc.perform(post("/export/migratie").with(csrf()).with(user(ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Er loopt al een export");
        jdbc.sql("UPDATE export_job SET status = 'FAILED' WHERE id = ?").param(alive).update();
    }
}
