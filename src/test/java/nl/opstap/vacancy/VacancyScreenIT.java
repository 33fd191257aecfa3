package nl.opstap.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
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
import nl.opstap.taxonomy.Skills;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The vacancy screens: list and search with Dutch messages, the form (every problem at once), edit, status, the skill proposal. */
@OpstapIntegrationTest
class VacancyScreenIT {

    static final String HEFTRUCK = "http://data.europa.eu/esco/occupation/f1c5e0aa-0000-4000-8000-000000000001";
    static final String FORKLIFT_SKILL = "http://data.europa.eu/esco/skill/a1c5e0aa-0000-4000-8000-000000000001";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired Employers employers;
    @Autowired Vacancies vacancies;
    @Autowired Occupations occupations;
    @Autowired Skills skills;
    @Autowired Sectors sectors;

    private String employer;
    private String occupation;
    private String sector;
    private String unique;

    @BeforeEach
    void employer() {
        Access access = accounts.accessFor(accounts.idOf("accountmanager.igsd"), Permission.EMPLOYER_WRITE, Channel.BATCH);
        String kvk = String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999));
        unique = "Schermtest" + kvk;
        employer = employers.importEmployers(access, List.of(new EmployerForm(kvk, "Schermbedrijf " + kvk, SbiSection.I, "Markt", "1",
                "8331AB", "Steenwijk", "GM1708", 12, false, false, null, null))).getFirst().id().toString();
        occupation = occupations.search("kok", 1).getFirst().uri();
        sector = sectors.forMunicipality(new MunicipalityCode("GM1708")).getFirst().code();
    }

    /** A filled-in form; overrides are name, value pairs that replace (or, when empty, remove) a field. */
    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String user, String... overrides) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("employer", employer);
        fields.put("title", unique);
        fields.put("occupation", occupation);
        fields.put("sector", sector);
        fields.put("postcode", "8331 AB");
        fields.put("hoursMin", "24");
        fields.put("hoursMax", "32");
        fields.put("positions", "1");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        request.with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        fields.forEach((name, value) -> request.param(name, value));
        return request;
    }

    private long stored() {
        return jdbc.sql("SELECT COUNT(*) FROM vacancy WHERE title = ?").param(unique).query(Long.class).single();
    }

    private String created() throws Exception {
        String location = mvc.perform(form(post("/vacatures"), "accountmanager.igsd")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "vacancy.saved")).andReturn().getResponse().getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void theListSearchesWithinScopeAndExplainsBadCriteriaInDutch() throws Exception {
        created();
        mvc.perform(get("/vacatures").param("zoek", unique).with(user("accountmanager.igsd"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(unique), containsString("Schermbedrijf"), containsString("24–32 uur"))));
        mvc.perform(get("/vacatures").param("zoek", unique).param("postcode", "8331AB").param("afstandKm", "5").with(user("accountmanager.igsd")))
                .andExpect(content().string(allOf(containsString(unique), containsString("0 km"))));
        mvc.perform(get("/vacatures").param("zoek", unique).param("postcode", "9501AB").param("afstandKm", "5").with(user("accountmanager.igsd")))
                .andExpect(content().string(allOf(not(containsString(">" + unique + "</a>")), containsString("Geen vacatures gevonden."))));
        mvc.perform(get("/vacatures").param("zoek", unique).with(user("accountmanager.tdc")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(">" + unique + "</a>"))));
        mvc.perform(get("/vacatures").param("urenMin", "veel").param("status", "weg").with(user("accountmanager.igsd")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("id=\"urenMin-error\""),
                        containsString("Geef een heel getal."), containsString("Onbekende status"))));
        mvc.perform(get("/vacatures").param("afstandKm", "10").with(user("accountmanager.igsd")))
                .andExpect(content().string(containsString("Geef een postcode om op afstand te zoeken.")));
    }

    @Test
    void theFormShowsEveryProblemAtOnceAndStoresNothing() throws Exception {
        mvc.perform(form(post("/vacatures"), "accountmanager.igsd", "postcode", "8999 ZZ", "hoursMin", "32", "hoursMax", "24",
                        "startDate", "2027-03-01", "closingDate", "2027-02-01"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Onbekende postcode"),
                        containsString("Het maximum aantal uren mag niet lager zijn dan het minimum."),
                        containsString("De sluitingsdatum mag niet vóór de startdatum (01-03-2027) liggen."))));
        mvc.perform(form(post("/vacatures"), "accountmanager.igsd", "hoursMin", "acht", "title", ""))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Geef een titel."), containsString("id=\"hoursMin-error\""))));
        mvc.perform(form(post("/vacatures"), "accountmanager.igsd", "occupation", "http://data.europa.eu/esco/occupation/bestaat-niet"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Onbekende ESCO-code")));
        assertThat(stored()).isZero();
    }

    @Test
    void aVacancyIsCreatedShownEditedAndClosedOnScreen() throws Exception {
        String id = created();
        mvc.perform(get("/vacatures/" + id).with(user("accountmanager.igsd"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(unique), containsString("Schermbedrijf"), containsString("Open"))));
        mvc.perform(get("/vacatures/" + id).with(user("accountmanager.tdc"))).andExpect(status().isNotFound());
        mvc.perform(get("/vacatures/" + id + "/wijzigen").with(user("accountmanager.igsd"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + unique + "\"")));
        mvc.perform(form(post("/vacatures/" + id), "accountmanager.igsd", "version", "0", "hoursMax", "36"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(post("/vacatures/" + id), "accountmanager.igsd", "version", "0", "hoursMax", "38"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("intussen door iemand anders gewijzigd")));
        assertThat(jdbc.sql("SELECT hours_max FROM vacancy WHERE id = ?").param(java.util.UUID.fromString(id)).query(Integer.class).single())
                .isEqualTo(36);
        mvc.perform(post("/vacatures/" + id + "/status").param("version", "1").param("status", "vervuld").with(user("accountmanager.igsd")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "vacancy.statusChanged"));
        mvc.perform(post("/vacatures/" + id + "/status").param("version", "2").param("status", "open").with(user("accountmanager.igsd")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("kan niet de status open krijgen")));
        mvc.perform(post("/vacatures/" + id + "/status").param("version", "2").param("status", "gesloten").with(user("accountmanager.igsd")).with(csrf()))
                .andExpect(flash().attribute("notice", "vacancy.statusChanged"));
        mvc.perform(get("/vacatures/" + id + "/wijzigen").with(user("accountmanager.igsd")))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", containsString("gesloten vacature")));
        mvc.perform(form(post("/vacatures"), "consulent.steenwijkerland")).andExpect(status().isForbidden());
    }

    @Test
    void theOccupationIsSearchedAndItsEssentialSkillsProposed() throws Exception {
        try {
            mvc.perform(multipart("/beheer/esco").file(file("beroepen", "occupations_nl.csv")).file(file("vaardigheden", "skills_nl.csv"))
                    .file(file("relaties", "occupationSkillRelations_nl.csv")).param("versie", "toets").with(user("beheer.igsd")).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(form(post("/vacatures"), "accountmanager.igsd", "occupation", "", "actie", "beroep-zoeken",
                            "beroepZoek", "magazijnrijder"))
                    .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("value=\"" + HEFTRUCK + "\""),
                            not(containsString("Kies een beroep (ESCO)")))));
            mvc.perform(form(post("/vacatures"), "accountmanager.igsd", "occupation", HEFTRUCK, "actie", "vaardigheden"))
                    .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("vorkheftruck bedienen toetsfixture"),
                            containsString("value=\"" + FORKLIFT_SKILL + "\" checked"))));
            mvc.perform(get("/vacatures/vaardigheden").param("occupation", HEFTRUCK).with(user("accountmanager.igsd")))
                    .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("id=\"vaardigheden\""),
                            containsString("value=\"" + FORKLIFT_SKILL + "\" checked"), containsString("voorraadbeheer toetsfixture"))));
            String sectorCode = sector;
            mvc.perform(post("/api/v1/vacatures").header("Authorization", "Bearer demo-token-accountmanager.igsd").contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"werkgeverId": "%s", "titel": "Heftruckchauffeur", "beroep": "%s", "sector": "%s", "postcode": "8331AB",
                                     "urenMin": 32, "urenMax": 40, "aantalPlaatsen": 1}""".formatted(employer, HEFTRUCK, sectorCode)))
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.vereisteVaardigheden.length()").value(2));
            mvc.perform(form(post("/vacatures"), "accountmanager.igsd", "occupation", HEFTRUCK)).andExpect(status().is3xxRedirection());
            assertThat(jdbc.sql("SELECT COUNT(*) FROM vacancy_skill s JOIN vacancy v ON v.id = s.vacancy_id WHERE v.title = ?").param(unique)
                    .query(Long.class).single()).as("no ticked box on the screen means no required skills").isZero();
        } finally {
            nl.opstap.taxonomy.EscoTestSupport.restoreShippedSet(jdbc, occupations, skills);
        }
    }

    private static MockMultipartFile file(String part, String name) throws IOException {
        return new MockMultipartFile(part, name, "text/csv", VacancyScreenIT.class.getResourceAsStream("/esco/" + name).readAllBytes());
    }
}
