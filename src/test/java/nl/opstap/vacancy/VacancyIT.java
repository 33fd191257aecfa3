package nl.opstap.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.employer.EmployerForm;
import nl.opstap.employer.Employers;
import nl.opstap.employer.SbiSection;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.taxonomy.Occupations;
import nl.opstap.taxonomy.Sectors;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Vacancies through the API: rules with nothing stored, search filters and distance order, locking, status, scope. */
@OpstapIntegrationTest
class VacancyIT {

    static final String WI = "Bearer demo-token-accountmanager.igsd";
    static final String TDC = "Bearer demo-token-accountmanager.tdc";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired UserAccounts accounts;
    @Autowired Employers employers;
    @Autowired Occupations occupations;
    @Autowired Sectors sectors;

    private String employer;
    private String tdcEmployer;
    private String occupation;
    private String sector;

    @BeforeEach
    void employers() {
        employer = employer("accountmanager.igsd", "GM1708", "8331AB", "Steenwijk");
        tdcEmployer = employer("accountmanager.tdc", "GM0037", "9501AB", "Stadskanaal");
        occupation = occupations.search("kok", 1).getFirst().uri();
        sector = sectors.forMunicipality(new MunicipalityCode("GM1708")).getFirst().code();
    }

    private String employer(String user, String municipality, String postcode, String city) {
        Access access = accounts.accessFor(accounts.idOf(user), Permission.EMPLOYER_WRITE, Channel.BATCH);
        String kvk = String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999));
        return employers.importEmployers(access, List.of(new EmployerForm(kvk, "Vacaturetest " + kvk, SbiSection.I, "Markt", "1", postcode,
                city, municipality, 12, false, false, null, null))).getFirst().id().toString();
    }

    private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON);
    }

    private String body(String employerId, String postcode, String extra) {
        return """
                {"werkgeverId": "%s", "titel": "Kok in de keuken", "beroep": "%s", "sector": "%s", "postcode": "%s",
                 "urenMin": 24, "urenMax": 32, "aantalPlaatsen": 2%s}""".formatted(employerId, occupation, sector, postcode, extra);
    }

    private String create(String body) throws Exception {
        String answer = mvc.perform(api(post("/api/v1/vacatures"), WI).content(body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asString();
    }

    private long stored() {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM vacancy) + (SELECT COUNT(*) FROM vacancy_skill)").query(Long.class).single();
    }

    private void refused(String body, String field) throws Exception {
        long before = stored();
        mvc.perform(api(post("/api/v1/vacatures"), WI).content(body)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem(field)));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void badVacanciesAreRefusedWithTheDutchFieldAndNothingIsStored() throws Exception {
        refused(body(employer, "8331AB", ", \"sluitingsdatum\": \"" + LocalDate.now().minusDays(1) + "\""), "sluitingsdatum");
        refused(body(employer, "8331AB", "").replace("\"urenMin\": 24", "\"urenMin\": -4"), "urenMin");
        refused(body(employer, "8331AB", "").replace("\"urenMax\": 32", "\"urenMax\": 12"), "urenMax");
        refused(body(employer, "8331AB", "").replace(occupation, "http://data.europa.eu/esco/occupation/bestaat-niet"), "beroep");
        refused(body(employer, "8331AB", ", \"vereisteVaardigheden\": [\"http://data.europa.eu/esco/skill/bestaat-niet\"]"), "vereisteVaardigheden");
        refused(body(employer, "0000XX", ""), "postcode");
        refused(body(employer, "1000ZZ", "").replace("1000ZZ", "1000AB"), "postcode");
        refused(body(employer, "8331AB", "").replace("\"sector\": \"" + sector + "\"", "\"sector\": \"BESTAAT_NIET\""), "sector");
        refused(body(tdcEmployer, "9501AB", ""), "werkgeverId");
    }

    @Test
    void searchFiltersAndSortsByDistance() throws Exception {
        String near = create(body(employer, "8331AB", ", \"titel\": \"Afstandtest dichtbij\"").replace("\"titel\": \"Kok in de keuken\", ", ""));
        String far = create(body(employer, "7941AA", ", \"titel\": \"Afstandtest ver\"").replace("\"titel\": \"Kok in de keuken\", ", ""));
        mvc.perform(api(get("/api/v1/vacatures"), WI).param("zoek", "Afstandtest").param("postcode", "8332 AA"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.vacatures[0].id").value(near)).andExpect(jsonPath("$.vacatures[1].id").value(far));
        mvc.perform(api(get("/api/v1/vacatures"), WI).param("zoek", "Afstandtest").param("postcode", "8331AB").param("afstandKm", "5"))
                .andExpect(jsonPath("$.vacatures.length()").value(1)).andExpect(jsonPath("$.vacatures[0].id").value(near));
        mvc.perform(api(get("/api/v1/vacatures"), WI).param("zoek", "Afstandtest").param("urenMin", "33"))
                .andExpect(jsonPath("$.vacatures.length()").value(0));
        mvc.perform(api(get("/api/v1/vacatures"), WI).param("zoek", "Afstandtest").param("urenMax", "24").param("status", "open")
                        .param("sector", sector).param("werkgeverId", employer))
                .andExpect(jsonPath("$.vacatures.length()").value(2));
        mvc.perform(api(get("/api/v1/vacatures"), WI).param("postcode", "1000AB"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("postcode"));
    }

    @Test
    void statusChangesAreGuardedAndStaleVersionsRefused() throws Exception {
        String id = create(body(employer, "8331AB", ""));
        mvc.perform(api(put("/api/v1/vacatures/" + id), WI).header("If-Match", "\"0\"").content(body(employer, "8331AB", "")))
                .andExpect(status().isOk());
        mvc.perform(api(put("/api/v1/vacatures/" + id), WI).header("If-Match", "\"0\"").content(body(employer, "8331AB", "")))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(api(post("/api/v1/vacatures/" + id + "/status"), WI).header("If-Match", "\"1\"").content("{\"status\": \"aangehouden\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("aangehouden"));
        mvc.perform(api(post("/api/v1/vacatures/" + id + "/status"), WI).header("If-Match", "\"2\"").content("{\"status\": \"gesloten\"}"))
                .andExpect(status().isOk());
        mvc.perform(api(post("/api/v1/vacatures/" + id + "/status"), WI).header("If-Match", "\"3\"").content("{\"status\": \"open\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("status"));
        mvc.perform(api(get("/api/v1/vacatures/" + id), TDC)).andExpect(status().isNotFound());
    }
}
