package nl.opstap.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.diagnosis.AssessmentCategory;
import nl.opstap.diagnosis.Diagnoses;
import nl.opstap.diagnosis.FactRecord;
import nl.opstap.diagnosis.TestType;
import nl.opstap.employer.EmployerForm;
import nl.opstap.employer.Employers;
import nl.opstap.employer.SbiSection;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.taxonomy.Sectors;
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

/** Workshops through the API: rules with nothing stored, seats under lock, candidates once, the category from the diagnosis, the log. */
@OpstapIntegrationTest
class WorkshopIT {

    static final String WI = "Bearer demo-token-accountmanager.igsd";
    static final String TDC = "Bearer demo-token-accountmanager.tdc";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired Employers employers;
    @Autowired Sectors sectors;
    @Autowired Diagnoses diagnoses;

    private Fixtures fixtures;
    private String partner;
    private String tdcPartner;
    private String sector;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(accounts, clients);
        partner = employer("accountmanager.igsd", "GM1708", "8331AB", "Steenwijk");
        tdcPartner = employer("accountmanager.tdc", "GM0037", "9501AB", "Stadskanaal");
        sector = sectors.forMunicipality(new MunicipalityCode("GM1708")).getFirst().code();
    }

    static String employer(UserAccounts accounts, Employers employers, String user, String municipality, String postcode, String city) {
        Access access = accounts.accessFor(accounts.idOf(user), Permission.EMPLOYER_WRITE, Channel.BATCH);
        String kvk = String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999));
        return employers.importEmployers(access, List.of(new EmployerForm(kvk, "Werkplaatstest " + kvk, SbiSection.C, "Markt", "1", postcode,
                city, municipality, 30, false, false, null, null))).getFirst().id().toString();
    }

    private String employer(String user, String municipality, String postcode, String city) {
        return employer(accounts, employers, user, municipality, postcode, city);
    }

    private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON);
    }

    private String body(String extra) {
        return """
                {"gemeente": "GM1708", "naam": "Werkplaats Metaal", "sector": "%s", "partnerId": "%s", "aantalPlaatsen": 2,
                 "begindatum": "%s"%s}""".formatted(sector, partner, LocalDate.now().minusMonths(1), extra);
    }

    private String create(String body) throws Exception {
        String answer = mvc.perform(api(post("/api/v1/werkplaatsen"), WI).content(body)).andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\"")).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asString();
    }

    private long stored() {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM workshop) + (SELECT COUNT(*) FROM workshop_candidate)").query(Long.class).single();
    }

    private void refused(String body, String field) throws Exception {
        long before = stored();
        mvc.perform(api(post("/api/v1/werkplaatsen"), WI).content(body)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem(field)));
        assertThat(stored()).isEqualTo(before);
    }

    private long logged(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM processing_log WHERE activity = 'opstap-10' AND action = ? AND username = 'accountmanager.igsd'")
                .param(action).query(Long.class).single();
    }

    private String client(String lastName) {
        return fixtures.client(Fixtures.STEENWIJKERLAND, "Kandidaat", lastName).toString();
    }

    @Test
    void badWorkshopsAreRefusedWithTheDutchFieldAndNothingIsStored() throws Exception {
        refused(body("").replace("\"sector\": \"" + sector + "\"", "\"sector\": \"BESTAAT_NIET\""), "sector");
        refused(body("").replace(partner, java.util.UUID.randomUUID().toString()), "partnerId");
        refused(body("").replace(partner, tdcPartner), "partnerId");
        refused(body("").replace("\"aantalPlaatsen\": 2", "\"aantalPlaatsen\": 0"), "aantalPlaatsen");
        refused(body(", \"einddatum\": \"" + LocalDate.now().minusYears(1) + "\""), "einddatum");
        refused(body("").replace("GM1708", "GM0037"), "gemeente");
        refused(body("").replace("\"aantalPlaatsen\": 2", "\"aantalPlaatsen\": \"twee\""), "aantalPlaatsen");
        String id = create(body(""));
        mvc.perform(api(put("/api/v1/werkplaatsen/" + id), WI).header("If-Match", "\"0\"").content(body("").replace("Metaal", "Staal")))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\"")).andExpect(jsonPath("$.naam").value("Werkplaats Staal"));
        mvc.perform(api(put("/api/v1/werkplaatsen/" + id), WI).header("If-Match", "\"0\"").content(body("")))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(api(put("/api/v1/werkplaatsen/" + id), WI).content(body(""))).andExpect(status().isPreconditionRequired());
        mvc.perform(api(get("/api/v1/werkplaatsen/" + id), TDC)).andExpect(status().isNotFound());
    }

    @Test
    void seatsAreEnforcedAndAClientIsCandidateOnce() throws Exception {
        String id = create(body(""));
        String first = client(Fixtures.unique("Eerste"));
        String second = client(Fixtures.unique("Tweede"));
        String third = client(Fixtures.unique("Derde"));
        String candidates = "/api/v1/werkplaatsen/" + id + "/kandidaten";
        long created = logged("CREATE");
        for (String c : List.of(first, second, third)) {
            mvc.perform(api(post(candidates), WI).content("{\"werkzoekendeId\": \"" + c + "\", \"categorie\": 2}")).andExpect(status().isCreated())
                    .andExpect(jsonPath("$.kandidaten[*].werkzoekendeId", hasItem(c)));
        }
        assertThat(logged("CREATE")).isEqualTo(created + 3);
        mvc.perform(api(post(candidates), WI).content("{\"werkzoekendeId\": \"" + first + "\", \"categorie\": 2}")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.invalidParams[0].name").value("werkzoekendeId"));
        mvc.perform(api(post(candidates), WI).content("{\"werkzoekendeId\": \"" + java.util.UUID.randomUUID() + "\", \"categorie\": 1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("werkzoekendeId"));
        String westerveld = fixtures.client(Fixtures.WESTERVELD, "Elders", Fixtures.unique("Woont")).toString();
        mvc.perform(api(post(candidates), WI).content("{\"werkzoekendeId\": \"" + westerveld + "\", \"categorie\": 1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("werkzoekendeId"));
        mvc.perform(api(post(candidates), WI).content("{\"werkzoekendeId\": \"" + client(Fixtures.unique("Zonder")) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("categorie"));
        mvc.perform(api(post(candidates), WI).content("{\"werkzoekendeId\": \"" + westerveld + "\", \"categorie\": 4}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("categorie"));

        long updated = logged("UPDATE");
        change(candidates, first, "geplaatst").andExpect(status().isOk()).andExpect(jsonPath("$.geplaatst").value(1));
        change(candidates, second, "geplaatst").andExpect(status().isOk()).andExpect(jsonPath("$.geplaatst").value(2));
        change(candidates, third, "geplaatst").andExpect(status().isConflict()).andExpect(jsonPath("$.invalidParams[0].name").value("status"));
        change(candidates, third, "doorgestroomd").andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("status"));
        mvc.perform(api(post(candidates + "/" + first + "/status"), WI).content("{\"status\": \"gestopt\", \"datum\": \"" + LocalDate.now().plusDays(1) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("datum"));
        mvc.perform(api(put("/api/v1/werkplaatsen/" + id), WI).header("If-Match", "\"0\"").content(body("").replace("\"aantalPlaatsen\": 2",
                "\"aantalPlaatsen\": 1"))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("aantalPlaatsen"));
        change(candidates, first, "gestopt").andExpect(status().isOk());
        change(candidates, third, "geplaatst").andExpect(status().isOk()).andExpect(jsonPath("$.geplaatst").value(2));
        assertThat(logged("UPDATE")).isEqualTo(updated + 4);
        mvc.perform(api(get("/api/v1/werkplaatsen/" + id), WI)).andExpect(status().isOk()).andExpect(jsonPath("$.kandidaten.length()").value(3));
        mvc.perform(api(get("/api/v1/werkplaatsen"), WI)).andExpect(status().isOk()).andExpect(jsonPath("$.werkplaatsen[*].id", hasItem(id)))
                .andExpect(jsonPath("$.werkplaatsen[0].kandidaten").doesNotExist());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM workshop_candidate WHERE workshop_id = CAST(? AS UUID) AND status = 'GEPLAATST'").param(id)
                .query(Long.class).single()).isEqualTo(2);
    }

    private org.springframework.test.web.servlet.ResultActions change(String candidates, String client, String status) throws Exception {
        return mvc.perform(api(post(candidates + "/" + client + "/status"), WI).content("{\"status\": \"" + status + "\"}"));
    }

    @Autowired Workshops workshops;

    @Test
    void twoSimultaneousPlacementsCannotBothTakeTheLastSeat() throws Exception {
        Access access = accounts.accessFor(accounts.idOf("accountmanager.igsd"), Permission.EMPLOYER_WRITE, Channel.BATCH);
        WorkshopId id = workshops.create(access, new WorkshopForm("GM1708", "Werkplaats Snel", sector, java.util.UUID.fromString(partner), 1,
                LocalDate.now().minusDays(30), null));
        List<ClientId> people = List.of(new ClientId(java.util.UUID.fromString(client(Fixtures.unique("Snel")))),
                new ClientId(java.util.UUID.fromString(client(Fixtures.unique("Sneller")))));
        people.forEach(p -> workshops.addCandidate(access, id, new CandidateForm(p.value(), 1, null)));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
        for (ClientId person : people) {
            results.add(pool.submit(() -> {
                try {
                    workshops.changeStatus(access, id, person, new StatusChange(CandidateStatus.GEPLAATST, null));
                    return true;
                } catch (nl.opstap.shared.domain.RuleViolation full) {
                    return false;
                }
            }));
        }
        int succeeded = 0;
        for (var r : results) {
            succeeded += r.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(succeeded).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM workshop_candidate WHERE workshop_id = ? AND status = 'GEPLAATST'").param(id.value())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theCategoryIsTakenFromTheDiagnosisWhenNotGiven() throws Exception {
        String id = create(body(""));
        ClientId assessed = new ClientId(java.util.UUID.fromString(client(Fixtures.unique("Getest"))));
        diagnoses.record(fixtures.caseworkerAccess(Fixtures.STEENWIJKERLAND), new FactRecord.TestFact(assessed, TestType.PRACTICAL_ASSESSMENT,
                "Dok-4", LocalDate.now().minusDays(20), "Geschikt voor de techniek", AssessmentCategory.CATEGORY_3, null));
        mvc.perform(api(post("/api/v1/werkplaatsen/" + id + "/kandidaten"), WI).content("{\"werkzoekendeId\": \"" + assessed + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kandidaten[0].categorie").value(3))
                .andExpect(jsonPath("$.kandidaten[0].status").value("voorgedragen"));
    }

    @Test
    void theDemoHasWorkshopsAndSessionsEverywhereWithinTheirSeats() {
        for (String municipality : List.of("GM1708", "GM1701", "GM0037", "GM0047")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM workshop WHERE municipality_code = ?").param(municipality).query(Long.class).single())
                    .isPositive();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM agency_session WHERE municipality_code = ? AND outcome_recorded_at IS NOT NULL "
                    + "AND session_date >= ?").param(municipality).param(LocalDate.now().minusYears(2)).query(Long.class).single()).isGreaterThan(5);
        }
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM workshop w WHERE w.seats <
                    (SELECT COUNT(*) FROM workshop_candidate c WHERE c.workshop_id = w.id AND c.status = 'GEPLAATST')""")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT status) FROM workshop_candidate").query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM agency_session_candidate WHERE outcome = 'AANGENOMEN'").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM workshop WHERE name LIKE '%Techniek (pilot%' AND start_date = DATE '2016-10-03'")
                .query(Long.class).single()).isEqualTo(1);
    }
}
