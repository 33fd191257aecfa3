package nl.opstap.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Permission;
import nl.opstap.access.Role;
import nl.opstap.access.Scope;
import nl.opstap.access.UserAccounts;
import nl.opstap.audit.LogEntry;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.Paging;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Changing contact persons and contact moments (API with If-Match, screens with a version), removing a contact person
 * who left, and the mediation's client: linked through the picker, shown only to who may read the client, and every
 * read and change of that link in the processing log, while contact-person changes write nothing there.
 */
@OpstapIntegrationTest
class CrmEditingIT {

    private static final String WI = EmployerIT.WI;
    private static final String CRM = ProcessingActivity.EMPLOYER_CRM.id();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired ProcessingLog log;
    @Autowired ContactMomentService moments;
    @Autowired EmployerService employerService;

    private String employer;
    private String lastName;
    private ClientId client;

    private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", WI).contentType(MediaType.APPLICATION_JSON);
    }

    @BeforeEach
    void employerWithAClient() throws Exception {
        String body = """
                {"kvkNummer": "%s", "naam": "Bewerkbedrijf", "sbiSectie": "C", "straat": "Markt", "huisnummer": "3",
                 "postcode": "8331AB", "plaats": "Steenwijk", "gemeente": "GM1708", "aantalWerknemers": 12}""".formatted(EmployerIT.kvk());
        String answer = mvc.perform(api(post("/api/v1/werkgevers")).content(body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        employer = json.readTree(answer).get("id").asString();
        lastName = Fixtures.unique("Bemiddeld");
        client = new Fixtures(accounts, clients).client(Fixtures.STEENWIJKERLAND, "Noor", lastName);
    }

    private String contact(String name) throws Exception {
        String answer = mvc.perform(api(post("/api/v1/werkgevers/" + employer + "/contactpersonen")).content("{\"naam\": \"" + name + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        for (var node : json.readTree(answer)) {
            if (node.get("naam").asString().equals(name)) {
                return node.get("id").asString();
            }
        }
        throw new AssertionError(name);
    }

    private String moment(String extra) throws Exception {
        String answer = mvc.perform(api(post("/api/v1/werkgevers/" + employer + "/contactmomenten"))
                        .content("{\"datum\": \"%s\", \"kanaal\": \"telefoon\", \"onderwerp\": \"Kennismaking\"%s}".formatted(LocalDate.now(), extra)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get(0).get("id").asString();
    }

    private List<LogEntry> logOf(UUID subject) {
        return log.historyOf(subject, new Paging(1, 100)).content().stream().filter(e -> e.activity().equals(CRM)).toList();
    }

    @Test
    void aContactPersonIsChangedWithIfMatchAndAStaleVersionIsRefused() throws Exception {
        String id = contact("Sanne de Vries");
        String url = "/api/v1/werkgevers/" + employer + "/contactpersonen/" + id;
        int logged = logOf(UUID.fromString(employer)).size();
        mvc.perform(api(get(url))).andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.actief").value(true));
        mvc.perform(api(put(url)).content("{\"naam\": \"Sanne de Vries\", \"functie\": \"HR-manager\"}")).andExpect(status().isPreconditionRequired());
        mvc.perform(api(put(url)).header("If-Match", "\"0\"").content("{\"naam\": \"\", \"emailadres\": \"geen\"}"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[*].name", org.hamcrest.Matchers.hasItems("naam", "emailadres")));
        mvc.perform(api(put(url)).header("If-Match", "\"0\"").content("{\"naam\": \"Sanne de Vries\", \"functie\": \"HR-manager\"}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\"")).andExpect(jsonPath("$.functie").value("HR-manager"));
        mvc.perform(api(put(url)).header("If-Match", "\"0\"").content("{\"naam\": \"Oud\"}"))
                .andExpect(status().isPreconditionFailed()).andExpect(jsonPath("$.actueleVersie").value(1));
        assertThat(jdbc.sql("SELECT name FROM employer_contact WHERE id = CAST(? AS UUID)").param(id).query(String.class).single())
                .isEqualTo("Sanne de Vries");
        assertThat(logOf(UUID.fromString(employer)).subList(0, logOf(UUID.fromString(employer)).size() - logged))
                .as("contact persons are personal data: the read and the change are logged with the employer as subject")
                .extracting(LogEntry::action).contains("READ", "UPDATE");
    }

    @Test
    void aContactPersonWhoLeftIsDeletedUnlessMomentsNameThem() throws Exception {
        String unnamed = contact("Piet Vertrokken");
        String named = contact("Karin Gesproken");
        moment(", \"contactpersoon\": \"" + named + "\"");
        String base = "/api/v1/werkgevers/" + employer + "/contactpersonen/";
        mvc.perform(api(delete(base + unnamed))).andExpect(status().isPreconditionRequired());
        mvc.perform(api(delete(base + unnamed)).header("If-Match", "\"0\"")).andExpect(status().isNoContent());
        mvc.perform(api(get(base + unnamed))).andExpect(status().isNotFound());
        mvc.perform(api(delete(base + named)).header("If-Match", "\"0\"")).andExpect(status().isOk())
                .andExpect(jsonPath("$.actief").value(false)).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(api(get("/api/v1/werkgevers/" + employer + "/contactmomenten"))).andExpect(jsonPath("$[0].contactpersoon").value(named));
        long before = jdbc.sql("SELECT COUNT(*) FROM employer_contact_moment").query(Long.class).single();
        mvc.perform(api(post("/api/v1/werkgevers/" + employer + "/contactmomenten"))
                        .content("{\"datum\": \"%s\", \"kanaal\": \"telefoon\", \"onderwerp\": \"x\", \"contactpersoon\": \"%s\"}"
                                .formatted(LocalDate.now(), named)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("contactpersoon"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM employer_contact_moment").query(Long.class).single()).isEqualTo(before);
        mvc.perform(get("/werkgevers/" + employer).with(user("accountmanager.igsd"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Karin Gesproken"))).andExpect(content().string(containsString("vertrokken")))
                .andExpect(content().string(not(containsString("Piet Vertrokken"))));
    }

    @Test
    void aMomentIsChangedWithIfMatchAndOnlyItsClientIsLogged() throws Exception {
        String id = moment("");
        String url = "/api/v1/werkgevers/" + employer + "/contactmomenten/" + id;
        int employerLogged = logOf(UUID.fromString(employer)).size();
        String changed = "{\"datum\": \"%s\", \"kanaal\": \"bezoek\", \"onderwerp\": \"Tweede gesprek\"%s}";
        mvc.perform(api(put(url)).header("If-Match", "\"0\"").content(changed.formatted(LocalDate.now().plusDays(1), "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("datum"));
        mvc.perform(api(put(url)).header("If-Match", "\"0\"").content(changed.formatted(LocalDate.now(), "")))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\"")).andExpect(jsonPath("$.onderwerp").value("Tweede gesprek"))
                .andExpect(jsonPath("$.vastgelegdDoor").value("Linda Visser"));
        mvc.perform(api(put(url)).header("If-Match", "\"0\"").content(changed.formatted(LocalDate.now(), ""))).andExpect(status().isPreconditionFailed());
        assertThat(logOf(UUID.fromString(employer)).subList(0, logOf(UUID.fromString(employer)).size() - employerLogged))
                .as("the change is logged with the employer as subject").extracting(LogEntry::action).contains("UPDATE");

        String mediation = ", \"bemiddeling\": true, \"bemiddeldeWerkzoekende\": \"" + client + "\"";
        mvc.perform(api(put(url)).header("If-Match", "\"1\"").content(changed.formatted(LocalDate.now(), mediation)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.werkzoekendeGekoppeld").value(true))
                .andExpect(jsonPath("$.bemiddeldeWerkzoekendeNaam").value(containsString(lastName)));
        assertThat(logOf(client.value())).extracting(LogEntry::action).contains("UPDATE", "READ");

        ClientId foreign = new Fixtures(accounts, clients).client(Fixtures.STADSKANAAL, "Ver", Fixtures.unique("Weg"));
        mvc.perform(api(put(url)).header("If-Match", "\"2\"").content(changed.formatted(LocalDate.now(),
                        ", \"bemiddeling\": true, \"bemiddeldeWerkzoekende\": \"" + foreign + "\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("bemiddeldeWerkzoekende"));
        assertThat(jdbc.sql("SELECT CAST(mediation_client AS VARCHAR) FROM employer_contact_moment WHERE id = CAST(? AS UUID)").param(id)
                .query(String.class).single()).isEqualTo(client.toString());
        long updates = logOf(client.value()).stream().filter(e -> e.action().equals("UPDATE")).count();
        mvc.perform(api(put(url)).header("If-Match", "\"2\"").content(changed.formatted(LocalDate.now(), ""))).andExpect(status().isOk())
                .andExpect(jsonPath("$.werkzoekendeGekoppeld").value(false));
        assertThat(logOf(client.value()).stream().filter(e -> e.action().equals("UPDATE")).count()).as("unlinking is logged too")
                .isEqualTo(updates + 1);
    }

    @Test
    void someoneWhoMayNotReadTheClientLearnsOnlyThatOneIsLinked() throws Exception {
        moment(", \"bemiddeling\": true, \"bemiddeldeWerkzoekende\": \"" + client + "\"");
        mvc.perform(get("/werkgevers/" + employer).with(user("accountmanager.igsd"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(lastName)));
        // No role grants reading employers without reading clients in the same municipality, so the test makes such a
        // user: allowed employers of Steenwijkerland, clients only of Westerveld.
        CurrentUser partial = new CurrentUser(accounts.idOf("accountmanager.igsd"), "accountmanager.igsd", "Linda Visser",
                Map.of(Role.ACCOUNT_MANAGER, Set.of(new MunicipalityCode(Fixtures.WESTERVELD))), null, false);
        Access access = new Access(partial, Permission.EMPLOYER_READ, Scope.of(Set.of(new MunicipalityCode(Fixtures.STEENWIJKERLAND))),
                Channel.WEB);
        Employer stored = employerService.employer(access, new EmployerId(UUID.fromString(employer)));
        List<Views.Moment> shown = moments.moments(access, stored);
        assertThat(shown).extracting(Views.Moment::mediationClient).contains(client.value());
        int reads = logOf(client.value()).size();
        assertThat(moments.linkedNames(access, stored, ContactMomentService.linkedClients(shown))).isEmpty();
        assertThat(logOf(client.value())).as("nothing of the client was read").hasSize(reads);
        assertThat(EmployerResources.MomentResource.of(shown.getFirst(), Map.of()))
                .satisfies(r -> assertThat(r.clientLinked()).isTrue()).satisfies(r -> assertThat(r.mediationClient()).isNull());
    }

    @Test
    void theScreensChangeAndRemoveAContactAndAMoment() throws Exception {
        var am = user("accountmanager.igsd");
        String sanne = contact("Sanne Jansen");
        String base = "/werkgevers/" + employer;
        mvc.perform(get(base + "/contactpersonen/" + sanne + "/wijzigen").with(am)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(post(base + "/contactpersonen/" + sanne).with(am).with(csrf()).param("version", "0").param("name", "")
                .param("email", "fout")).andExpect(status().isOk()).andExpect(content().string(containsString("name-error")));
        mvc.perform(post(base + "/contactpersonen/" + sanne).with(am).with(csrf()).param("version", "0").param("name", "Sanne Jansen-Bos"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "employer.contact.changed"));
        mvc.perform(post(base + "/contactpersonen/" + sanne).with(am).with(csrf()).param("version", "0").param("name", "Oud"))
                .andExpect(status().isConflict());
        mvc.perform(post(base + "/contactpersonen/" + sanne + "/verwijderen").with(am).with(csrf()).param("version", "1"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "employer.contact.deleted"));

        String id = moment("");
        mvc.perform(get(base + "/contactmomenten/" + id + "/wijzigen").with(am)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kennismaking")));
        mvc.perform(post(base + "/contactmomenten/" + id).with(am).with(csrf()).param("version", "0").param("date", LocalDate.now().toString())
                        .param("channel", "BEZOEK").param("subject", "Na de zomer").param("nextAction", "Terugbellen")
                        .param("dueDate", LocalDate.now().minusDays(1).toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("dueDate-error")));
        mvc.perform(post(base + "/contactmomenten/" + id).with(am).with(csrf()).param("version", "0").param("date", LocalDate.now().toString())
                        .param("channel", "BEZOEK").param("subject", "Na de zomer").param("mediation", "true")
                        .param("mediationClient", client.toString()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "employer.moment.changed"));
        mvc.perform(get(base).with(am)).andExpect(content().string(containsString("Na de zomer")))
                .andExpect(content().string(containsString(lastName)));
    }

    @Test
    void theClientPickerFindsByNameWithAndWithoutJavaScriptAndSavesNothingWhileSearching() throws Exception {
        var am = user("accountmanager.igsd");
        String base = "/werkgevers/" + employer;
        long before = jdbc.sql("SELECT COUNT(*) FROM employer_contact_moment").query(Long.class).single();
        int listed = logOf(client.value()).size();
        mvc.perform(get(base + "/werkzoekenden/suggesties").param("werkzoekendeZoek", lastName).with(am)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + client + "\""))).andExpect(content().string(containsString(lastName)));
        assertThat(logOf(client.value())).extracting(LogEntry::action).hasSize(listed + 1).last().isEqualTo("LIST");
        mvc.perform(get(base + "/werkzoekenden/suggesties").param("werkzoekendeZoek", lastName).param("gekozen", client.toString()).with(am))
                .andExpect(content().string(not(containsString(lastName))));
        mvc.perform(get(base + "/werkzoekenden/suggesties").param("werkzoekendeZoek", "x").with(am))
                .andExpect(content().string(containsString("minstens 2 letters")));
        mvc.perform(post(base + "/contactmomenten").with(am).with(csrf()).param("actie", "zoeken").param("werkzoekendeZoek", lastName)
                        .param("date", LocalDate.now().toString()).param("channel", "BEZOEK").param("subject", "Voorstellen kandidaat")
                        .param("mediation", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"" + client + "\"")))
                .andExpect(content().string(containsString("Voorstellen kandidaat"))).andExpect(content().string(not(containsString("-error"))));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM employer_contact_moment").query(Long.class).single()).isEqualTo(before);
        ClientId westerveld = new Fixtures(accounts, clients).client(Fixtures.WESTERVELD, "Wim", lastName);
        mvc.perform(get(base + "/werkzoekenden/suggesties").param("werkzoekendeZoek", lastName).with(am))
                .andExpect(content().string(not(containsString(westerveld.toString()))));
        mvc.perform(get(base + "/werkzoekenden/suggesties").param("werkzoekendeZoek", lastName).with(user("consulent.steenwijkerland")))
                .andExpect(status().isForbidden());
    }
}
