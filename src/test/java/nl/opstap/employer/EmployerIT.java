package nl.opstap.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Random;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Employers through API and screens: rules with nothing stored, optimistic locking, scope, the worklist. */
@OpstapIntegrationTest
class EmployerIT {

    static final String WI = "Bearer demo-token-accountmanager.igsd";
    static final String EZ = "Bearer demo-token-accountmanager.ez.igsd";
    static final String TDC = "Bearer demo-token-accountmanager.tdc";
    private static final Random RANDOM = new Random();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired UserAccounts accounts;
    @Autowired Employers employers;

    private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON);
    }

    static String kvk() {
        return String.valueOf(10_000_000 + RANDOM.nextInt(89_999_999));
    }

    private String body(String kvk, String municipality, String extra) {
        return """
                {"kvkNummer": "%s", "naam": "Testbedrijf %s", "sbiSectie": "N", "straat": "Markt", "huisnummer": "3",
                 "postcode": "8331 ab", "plaats": "Steenwijk", "gemeente": "%s", "aantalWerknemers": 30%s}"""
                .formatted(kvk, kvk, municipality, extra);
    }

    private String create(String token, String body) throws Exception {
        String answer = mvc.perform(api(post("/api/v1/werkgevers"), token).content(body)).andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\"")).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asString();
    }

    private long employers() {
        return jdbc.sql("SELECT COUNT(*) FROM employer").query(Long.class).single();
    }

    private void refused(String body, String field) throws Exception {
        long before = employers();
        mvc.perform(api(post("/api/v1/werkgevers"), WI).content(body)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem(field)));
        assertThat(employers()).isEqualTo(before);
    }

    @Test
    void badEmployersAreRefusedWithTheDutchFieldAndNothingIsStored() throws Exception {
        refused(body("1234567", "GM1708", ""), "kvkNummer");
        refused(body("1234567a", "GM1708", ""), "kvkNummer");
        refused(body("00000000", "GM1708", ""), "kvkNummer");
        refused(body(kvk(), "GM1708", "").replace("8331 ab", "0331 AB"), "postcode");
        refused(body(kvk(), "GM1708", "").replace("30", "-1"), "aantalWerknemers");
        refused(body(kvk(), "GM0037", ""), "gemeente");
        refused(body(kvk(), "GM1708", "").replace("\"N\"", "\"X\""), "sbiSectie");
        refused(body(kvk(), "GM1708", ", \"accountmanagerWi\": \"" + java.util.UUID.randomUUID() + "\""), "accountmanagerWi");
        String ez = accounts.idOf("accountmanager.ez.igsd").toString();
        refused(body(kvk(), "GM1708", ", \"accountmanagerWi\": \"" + ez.replace("UserId[value=", "").replace("]", "") + "\""), "accountmanagerWi");
        String kvk = kvk();
        create(WI, body(kvk, "GM1708", ""));
        long before = employers();
        mvc.perform(api(post("/api/v1/werkgevers"), WI).content(body(kvk, "GM1701", ""))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.invalidParams[0].name").value("kvkNummer"));
        assertThat(employers()).isEqualTo(before);
    }

    @Test
    void staleEditsAreRefusedAndTheQuotumIsDerived() throws Exception {
        String id = create(WI, body(kvk(), "GM1708", ""));
        mvc.perform(api(get("/api/v1/werkgevers/" + id), WI)).andExpect(status().isOk()).andExpect(jsonPath("$.quotumplichtig").value(true));
        String changed = body(kvk(), "GM1708", "").replace("30", "12");
        mvc.perform(api(put("/api/v1/werkgevers/" + id), WI).header("If-Match", "\"0\"").content(changed))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\"")).andExpect(jsonPath("$.quotumplichtig").value(false));
        mvc.perform(api(put("/api/v1/werkgevers/" + id), EZ).header("If-Match", "\"0\"").content(changed.replace("Testbedrijf", "Oud")))
                .andExpect(status().isPreconditionFailed());
        assertThat(jdbc.sql("SELECT name FROM employer WHERE id = ?::uuid".replace("?::uuid", "CAST(? AS UUID)")).param(id)
                .query(String.class).single()).startsWith("Testbedrijf");
        mvc.perform(post("/werkgevers/" + id).with(user("accountmanager.igsd")).with(csrf()).param("version", "0")
                        .param("kvkNumber", "12345678").param("name", "Oud").param("sbi", "C").param("street", "Markt").param("houseNumber", "1")
                        .param("postcode", "8331AB").param("city", "Steenwijk").param("municipality", "GM1708").param("employees", "3"))
                .andExpect(status().isConflict());
    }

    @Test
    void anotherOrganisationsEmployerDoesNotExistForYou() throws Exception {
        String foreign = create(TDC, body(kvk(), "GM0037", "").replace("8331 ab", "9501 AB"));
        mvc.perform(api(get("/api/v1/werkgevers/" + foreign), WI)).andExpect(status().isNotFound());
        mvc.perform(api(get("/api/v1/werkgevers/" + foreign + "/contactpersonen"), WI)).andExpect(status().isNotFound());
        mvc.perform(get("/werkgevers/" + foreign).with(user("accountmanager.igsd"))).andExpect(status().isNotFound());
        mvc.perform(api(get("/api/v1/werkgevers/" + foreign), TDC)).andExpect(status().isOk());
    }

    @Test
    void contactMomentsFollowTheDateRulesAndRecordWho() throws Exception {
        String id = create(WI, body(kvk(), "GM1708", ""));
        String moments = "/api/v1/werkgevers/" + id + "/contactmomenten";
        LocalDate today = LocalDate.now();
        mvc.perform(api(post(moments), WI).content("{\"datum\": \"%s\", \"kanaal\": \"bezoek\", \"onderwerp\": \"x\"}".formatted(today.plusDays(1))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("datum"));
        mvc.perform(api(post(moments), WI).content("""
                        {"datum": "%s", "kanaal": "bezoek", "onderwerp": "x", "vervolgactie": "Bellen", "vervolgactieDatum": "%s"}"""
                        .formatted(today, today.minusDays(1))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("vervolgactieDatum"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM employer_contact_moment WHERE employer_id = CAST(? AS UUID)").param(id).query(Long.class).single()).isZero();
        mvc.perform(api(post(moments), EZ).content("{\"datum\": \"%s\", \"kanaal\": \"e-mail\", \"onderwerp\": \"Vacature\", \"bemiddeling\": true}"
                        .formatted(today))).andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].soortAccountmanager").value("EZ")).andExpect(jsonPath("$[0].vastgelegdDoor").value("Peter Kok"));
        mvc.perform(api(post("/api/v1/werkgevers/" + id + "/contactpersonen"), WI).content("{\"naam\": \"Jan\", \"emailadres\": \"geen-adres\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("emailadres"));
        var access = accounts.accessFor(accounts.idOf("accountmanager.igsd"), Permission.EMPLOYER_READ, Channel.BATCH);
        assertThat(employers.mediationsFromContacts(access, today, today).get(new nl.opstap.organisation.MunicipalityCode("GM1708"))).isPositive();
    }

    @Test
    void theWorklistShowsActionsDueAndSilentEmployers() throws Exception {
        String manager = jdbc.sql("SELECT CAST(id AS VARCHAR) FROM app_user WHERE username = 'accountmanager.igsd'").query(String.class).single();
        String due = create(WI, body(kvk(), "GM1708", ", \"accountmanagerWi\": \"" + manager + "\""));
        String silent = create(WI, body(kvk(), "GM1708", ", \"accountmanagerWi\": \"" + manager + "\""));
        LocalDate today = LocalDate.now();
        mvc.perform(api(post("/api/v1/werkgevers/" + due + "/contactmomenten"), WI).content("""
                {"datum": "%s", "kanaal": "telefoon", "onderwerp": "x", "vervolgactie": "Kandidaat voorstellen", "vervolgactieDatum": "%s"}"""
                .formatted(today.minusDays(20), today.minusDays(2)))).andExpect(status().isCreated());
        mvc.perform(api(get("/api/v1/werkgevers/werklijst"), WI)).andExpect(status().isOk())
                .andExpect(jsonPath("$.vervolgacties[*].werkgeverId", hasItem(due)))
                .andExpect(jsonPath("$.nietGesproken[*].werkgeverId", hasItem(silent)));
        mvc.perform(api(get("/api/v1/werkgevers/werklijst").param("maanden", "0"), WI)).andExpect(status().isBadRequest());
        mvc.perform(get("/werkgevers/werklijst").param("maanden", "3").with(user("accountmanager.igsd"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kandidaat voorstellen")));
    }

    @Test
    void screensShowErrorsNextToTheFields() throws Exception {
        long before = employers();
        mvc.perform(post("/werkgevers").with(user("accountmanager.igsd")).with(csrf()).param("kvkNumber", "00000000").param("name", "X")
                        .param("sbi", "C").param("street", "Markt").param("houseNumber", "1").param("postcode", "8331AB")
                        .param("city", "Steenwijk").param("municipality", "GM1708").param("employees", "-4"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("kvkNumber-error")))
                .andExpect(content().string(containsString("employees-error")));
        assertThat(employers()).isEqualTo(before);
        mvc.perform(get("/werkgevers").with(user("analist.igsd"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Werkgevers")));
        mvc.perform(get("/werkgevers/nieuw").with(user("analist.igsd"))).andExpect(status().isForbidden());
        mvc.perform(post("/convenanten").with(user("accountmanager.igsd")).with(csrf()).param("partner", "UWV").param("kind", "UWV")
                        .param("subject", "Banenafspraak").param("start", "2025-01-01").param("end", "2024-01-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("end-error")));
        mvc.perform(api(post("/api/v1/convenanten"), WI).content("""
                {"partner": "UWV", "soortPartner": "UWV", "onderwerp": "x", "begindatum": "2025-01-01", "einddatum": "2024-12-31"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("einddatum"));
    }

    @Test
    void everyScreenOfAnEmployerRendersAndSaves() throws Exception {
        String id = create(WI, body(kvk(), "GM1708", ""));
        var am = user("accountmanager.igsd");
        mvc.perform(post("/werkgevers/" + id + "/contactpersonen").with(am).with(csrf()).param("name", "Sanne de Vries")
                .param("role", "HR-adviseur").param("phone", "0521 123456").param("email", "sanne@voorbeeld.nl")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/werkgevers/" + id + "/contactpersonen").with(am).with(csrf()).param("name", "").param("email", "fout"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("email-error")));
        LocalDate today = LocalDate.now();
        mvc.perform(post("/werkgevers/" + id + "/contactmomenten").with(am).with(csrf()).param("date", today.plusDays(2).toString())
                .param("channel", "BEZOEK").param("subject", "Toekomst")).andExpect(status().isOk())
                .andExpect(content().string(containsString("date-error")));
        mvc.perform(post("/werkgevers/" + id + "/contactmomenten").with(am).with(csrf()).param("date", today.toString())
                .param("channel", "BEZOEK").param("subject", "Kennismakingsbezoek").param("nextAction", "Offerte sturen")
                .param("dueDate", today.plusDays(7).toString())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/werkgevers/" + id).with(am)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sanne de Vries"))).andExpect(content().string(containsString("Kennismakingsbezoek")))
                .andExpect(content().string(containsString("Offerte sturen")));
        mvc.perform(get("/werkgevers/" + id).with(user("jobcoach.igsd"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/contactmomenten/nieuw"))));
        mvc.perform(get("/werkgevers/" + id + "/wijzigen").with(am)).andExpect(status().isOk());
        mvc.perform(get("/werkgevers/" + id + "/contactpersonen/nieuw").with(am)).andExpect(status().isOk());
        mvc.perform(get("/werkgevers/" + id + "/contactmomenten/nieuw").with(am)).andExpect(status().isOk());
        mvc.perform(get("/werkgevers").param("zoek", "Testbedrijf").with(am)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/werkgevers/" + id)));
        mvc.perform(post("/convenanten").with(am).with(csrf()).param("partner", "ROC Menso").param("kind", "ROC")
                .param("subject", "Praktijkleren").param("start", "2025-01-01")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/convenanten").with(am)).andExpect(status().isOk()).andExpect(content().string(containsString("Praktijkleren")));
    }

    @Test
    void theDemoHasEmployersWithHistoriesAndAgreementsEverywhere() {
        for (String municipality : java.util.List.of("GM1708", "GM1701", "GM0037", "GM0047")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM employer WHERE municipality_code = ?").param(municipality).query(Long.class).single())
                    .isGreaterThanOrEqualTo(DemoCounts.PER_MUNICIPALITY);
        }
        assertThat(jdbc.sql("SELECT MIN(moment_date) FROM employer_contact_moment").query(LocalDate.class).single()).isBefore(LocalDate.of(2017, 1, 1));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM employer_contact_moment WHERE mediation_client IS NOT NULL").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT organisation_id) FROM employer_agreement WHERE partner_kind = 'SW_BEDRIJF'").query(Long.class).single())
                .isEqualTo(2);
    }

    /** The demo's size, repeated here because the demo package's constant is package-private. */
    static final class DemoCounts {
        static final int PER_MUNICIPALITY = 60;
    }
}
