package nl.opstap.client;

import static nl.opstap.testsupport.Fixtures.STADSKANAAL;
import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.opstap.access.UserAccounts;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import nl.opstap.testsupport.TestBsns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The client register through the API, end to end on the real database. */
@OpstapIntegrationTest
class ClientRegisterIT {

    static final String CASEWORKER = "Bearer demo-token-consulent.steenwijkerland";

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory directory;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(accounts, directory);
    }

    static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", CASEWORKER).contentType(MediaType.APPLICATION_JSON);
    }

    static String body(String bsn, String lastName) {
        return """
                {"bsn": "%s", "voornamen": "Fenna", "achternaam": "%s", "geboortedatum": "1991-02-03",
                 "postcode": "8332 cd", "gemeenteCode": "GM1708"}""".formatted(bsn, lastName);
    }

    private JsonNode create(String bsn, String lastName) throws Exception {
        String response = mvc.perform(api(post("/api/v1/werkzoekenden")).content(body(bsn, lastName)))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(header().string("API-Version", "1.0.0"))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response);
    }

    @Test
    void registersWithTheMinimalFieldsAndEditsWithOptimisticLocking() throws Exception {
        String bsn = TestBsns.next();
        String lastName = Fixtures.unique("Test");
        JsonNode created = create(bsn, lastName);
        String id = created.get("id").asString();
        assertThat(created.get("postcode").asString()).isEqualTo("8332CD");
        assertThat(created.get("bsn").asString()).isEqualTo(bsn);

        mvc.perform(api(get("/api/v1/werkzoekenden/" + id))).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\"")).andExpect(jsonPath("$.achternaam").value(lastName));
        mvc.perform(api(put("/api/v1/werkzoekenden/" + id)).header("If-Match", "\"0\"").content(body(bsn, lastName + "s")))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(api(put("/api/v1/werkzoekenden/" + id)).header("If-Match", "\"0\"").content(body(bsn, "Overschreven")))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.actueleVersie").value(1));
        mvc.perform(api(put("/api/v1/werkzoekenden/" + id)).content(body(bsn, "Overschreven")))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(api(get("/api/v1/werkzoekenden/" + id))).andExpect(jsonPath("$.achternaam").value(lastName + "s"));
    }

    @Test
    void listsEveryInvalidFieldInOneProblemAnswer() throws Exception {
        mvc.perform(api(post("/api/v1/werkzoekenden")).content("""
                        {"bsn": "123456789", "voornamen": "", "geboortedatum": "03-02-1991", "postcode": "83",
                         "gemeenteCode": "GM1708", "huisnummer": "twaalf"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("API-Version", "1.0.0"))
                .andExpect(jsonPath("$.invalidParams[*].name",
                        hasItems("bsn", "voornamen", "achternaam", "geboortedatum", "postcode", "huisnummer")))
                .andExpect(content().string(not(containsString("123456789"))))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void aBsnIsRegisteredOnlyOncePerMunicipality() throws Exception {
        String bsn = TestBsns.next();
        create(bsn, Fixtures.unique("Een"));
        mvc.perform(api(post("/api/v1/werkzoekenden")).content(body(bsn, "Twee")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.invalidParams[0].name").value("bsn"))
                .andExpect(content().string(not(containsString(bsn))));
    }

    @Test
    void findsByBsnInThePostBodyOnlyWithinScope() throws Exception {
        String bsn = TestBsns.next();
        String id = create(bsn, Fixtures.unique("Bsn")).get("id").asString();
        mvc.perform(api(post("/api/v1/werkzoekenden/_zoek")).content("{\"bsn\": \"" + bsn + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.werkzoekenden[0].id").value(id));
        mvc.perform(post("/api/v1/werkzoekenden/_zoek").header("Authorization", "Bearer demo-token-consulent.stadskanaal")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"bsn\": \"" + bsn + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.werkzoekenden").isEmpty());
        mvc.perform(api(post("/api/v1/werkzoekenden/_zoek")).content("{\"bsn\": \"12345\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("bsn"));
    }

    @Test
    void aBsnRegisteredInTwoMunicipalitiesIsFoundInBothAndNeverSearchedByName() throws Exception {
        String bsn = TestBsns.next();
        create(bsn, Fixtures.unique("Verhuisd"));
        mvc.perform(post("/api/v1/werkzoekenden").header("Authorization", "Bearer demo-token-consulent.westerveld")
                        .contentType(MediaType.APPLICATION_JSON).content(body(bsn, "Verhuisd").replace("GM1708", "GM1701")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/werkzoekenden/_zoek").header("Authorization", "Bearer demo-token-analist.igsd")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"bsn\": \"" + bsn + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.werkzoekenden.length()").value(2));
        mvc.perform(post("/werkzoekenden/zoeken-op-bsn").param("bsn", bsn).with(user("analist.igsd")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("in meer van uw gemeenten")))
                .andExpect(content().string(not(containsString(bsn))));
        mvc.perform(get("/werkzoekenden").param("naam", bsn).with(user("analist.igsd")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(api(get("/api/v1/werkzoekenden")).param("naam", bsn))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("naam"))
                .andExpect(content().string(not(containsString(bsn))));
    }

    @Test
    void searchesByNameBirthDateAndPostcodeWithPagingAndSorting() throws Exception {
        String family = Fixtures.unique("Zoek");
        for (int i = 0; i < 3; i++) {
            fixtures.client(STEENWIJKERLAND, "Kind" + (char) ('a' + i), family);
        }
        fixtures.client(STADSKANAAL, "Elders", family);

        mvc.perform(api(get("/api/v1/werkzoekenden")).param("naam", family.toUpperCase()).param("paginaGrootte", "2")
                        .param("sorteer", "-naam"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pagina.totaalAantal").value(3))
                .andExpect(jsonPath("$.pagina.totaalPaginas").value(2))
                .andExpect(jsonPath("$.werkzoekenden.length()").value(2))
                .andExpect(jsonPath("$._links.next.href").value(containsString("pagina=2")));
        mvc.perform(api(get("/api/v1/werkzoekenden")).param("naam", family).param("geboortedatum", "1984-05-17")
                        .param("postcode", "8331"))
                .andExpect(jsonPath("$.pagina.totaalAantal").value(3));
        mvc.perform(api(get("/api/v1/werkzoekenden")).param("sorteer", "wachtwoord"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("sorteer"));
        mvc.perform(api(get("/api/v1/werkzoekenden")).param("paginaGrootte", "5000"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("paginaGrootte"));
        mvc.perform(api(get("/api/v1/werkzoekenden")).param("geboortedatum", "gisteren"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void keepsTheHistoryOfBenefitStatusAndCaseworkerAndLinksPartners() throws Exception {
        String id = create(TestBsns.next(), Fixtures.unique("Historie")).get("id").asString();
        String partner = create(TestBsns.next(), Fixtures.unique("Partner")).get("id").asString();
        String colleague = accounts.idOf("consulent2.steenwijkerland").toString();

        mvc.perform(api(post("/api/v1/werkzoekenden/" + id + "/uitkeringsstatussen"))
                .content("{\"status\": \"uitkeringsgerechtigd\", \"ingangsdatum\": \"2024-01-01\"}")).andExpect(status().isOk());
        mvc.perform(api(post("/api/v1/werkzoekenden/" + id + "/uitkeringsstatussen"))
                .content("{\"status\": \"niet-uitkeringsgerechtigd\", \"ingangsdatum\": \"2025-07-01\"}")).andExpect(status().isOk());
        mvc.perform(api(post("/api/v1/werkzoekenden/" + id + "/uitkeringsstatussen"))
                        .content("{\"status\": \"partner\", \"ingangsdatum\": \"2020-01-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("ingangsdatum"));
        mvc.perform(api(get("/api/v1/werkzoekenden/" + id + "/uitkeringsstatussen")))
                .andExpect(jsonPath("$[0].waarde").value("niet-uitkeringsgerechtigd"))
                .andExpect(jsonPath("$[1].tot").value("2025-07-01"));

        mvc.perform(api(put("/api/v1/werkzoekenden/" + id + "/klantmanager")).content("{\"klantmanagerId\": \"" + colleague + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.klantmanager.id").value(colleague));
        String stadskanaal = accounts.idOf("consulent.stadskanaal").toString();
        mvc.perform(api(put("/api/v1/werkzoekenden/" + id + "/klantmanager")).content("{\"klantmanagerId\": \"" + stadskanaal + "\"}"))
                .andExpect(status().isBadRequest());

        mvc.perform(api(put("/api/v1/werkzoekenden/" + id + "/partner")).content("{\"partnerId\": \"" + partner + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.partner.id").value(partner));
        mvc.perform(api(get("/api/v1/werkzoekenden/" + partner))).andExpect(jsonPath("$.partner.id").value(id));
    }

    @Test
    void storesTheBsnOnlyEncrypted() throws Exception {
        String bsn = TestBsns.next();
        String id = create(bsn, Fixtures.unique("Geheim")).get("id").asString();
        String row = jdbc.sql("SELECT * FROM client WHERE id = ?").param(java.util.UUID.fromString(id))
                .query((rs, n) -> {
                    StringBuilder all = new StringBuilder();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        all.append(rs.getString(c)).append('|');
                    }
                    return all.toString();
                }).single();
        assertThat(row).doesNotContain(bsn);
    }
}
