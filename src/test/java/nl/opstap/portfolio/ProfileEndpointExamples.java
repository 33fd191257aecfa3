package nl.opstap.portfolio;

import static nl.opstap.testsupport.EndpointExamples.form;
import static nl.opstap.testsupport.EndpointExamples.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.employer.EmployerId;
import nl.opstap.employer.Employers;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.taxonomy.Occupations;
import nl.opstap.taxonomy.Sectors;
import nl.opstap.testsupport.EndpointExamples;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.ForeignTarget;
import nl.opstap.vacancy.ImportedVacancy;
import nl.opstap.vacancy.Vacancies;
import nl.opstap.vacancy.VacancyForm;
import nl.opstap.vacancy.VacancyStatus;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The profile, consent, contact-request and employer-portal endpoints for the authorisation test, aimed at Stadskanaal:
 * the foreign client's published profile, a contact request on it by a Stadskanaal employer, and that employer's vacancy.
 */
class ProfileEndpointExamples implements EndpointExamples {

    static final String SECRET_PITCH = "Verborgen pitch Kanaalstreek";
    static final String SECRET_MESSAGE = "Geheim contactbericht Stadskanaal";
    static final String SECRET_VACANCY = "Verborgen portaalvacature Kanaalstreek";
    private String number = "K-000000";
    private String request = "00000000-0000-0000-0000-000000000000";
    private String employer = "00000000-0000-0000-0000-000000000000";
    private String vacancy = "00000000-0000-0000-0000-000000000000";

    @Override
    public void prepare(ApplicationContext context, ForeignTarget target) {
        UserAccounts accounts = context.getBean(UserAccounts.class);
        Fixtures fixtures = new Fixtures(accounts, context.getBean(ClientDirectory.class));
        Access manager = accounts.accessFor(accounts.idOf("accountmanager.tdc"), Permission.EMPLOYER_WRITE, Channel.BATCH);
        EmployerId company = fixtures.employer(context.getBean(Employers.class), Fixtures.STADSKANAAL, "Profielbedrijf Stadskanaal BV");
        employer = company.toString();
        String occupation = context.getBean(Occupations.class).search("kok", 1).getFirst().uri();
        String sector = context.getBean(Sectors.class).forMunicipality(new MunicipalityCode(Fixtures.STADSKANAAL)).getFirst().code();
        vacancy = context.getBean(Vacancies.class).importVacancies(manager, List.of(new ImportedVacancy(new VacancyForm(company.value(),
                SECRET_VACANCY, occupation, sector, "9501AB", 20, 32, null, null, null, List.of(), List.of(), List.of(), List.of(), false, null,
                false, 1), LocalDate.now(), VacancyStatus.OPEN))).getFirst().toString();
        var seeker = fixtures.jobSeeker(Fixtures.unique("profiel.vreemd."), target.client(), Fixtures.STADSKANAAL);
        number = context.getBean(ConsentService.class).publish(accounts.accessFor(seeker, Permission.OWN_FILE, Channel.BATCH), SECRET_PITCH)
                .number();
        var employerUser = fixtures.employerUser(Fixtures.unique("werkgever.vreemd."), company.value(), Fixtures.STADSKANAAL);
        request = context.getBean(ContactRequestService.class).ask(accounts.accessFor(employerUser, Permission.PUBLISHED_PROFILES, Channel.BATCH),
                number, null, SECRET_MESSAGE).id().toString();
    }

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        e.put("GET /mijn-privacy/toestemmingen", t -> get("/mijn-privacy/toestemmingen"));
        e.put("POST /mijn-privacy/toestemmingen/profiel", t -> form(post("/mijn-privacy/toestemmingen/profiel"), "pitch=Eigen+tekst"));
        e.put("POST /mijn-privacy/toestemmingen/profiel/intrekken", t -> form(post("/mijn-privacy/toestemmingen/profiel/intrekken"), ""));
        e.put("POST /mijn-privacy/toestemmingen/werkgevers", t -> form(post("/mijn-privacy/toestemmingen/werkgevers"),
                "werkgeverId=" + employer + "&toestemming=true"));
        e.put("GET /api/v1/mijn/toestemmingen", t -> get("/api/v1/mijn/toestemmingen"));
        e.put("PUT /api/v1/mijn/toestemmingen/profiel", t -> json(put("/api/v1/mijn/toestemmingen/profiel"), "{\"overMij\": \"Eigen tekst\"}"));
        e.put("DELETE /api/v1/mijn/toestemmingen/profiel", t -> delete("/api/v1/mijn/toestemmingen/profiel"));
        e.put("PUT /api/v1/mijn/toestemmingen/werkgevers/{employerId}", t -> json(put("/api/v1/mijn/toestemmingen/werkgevers/" + employer),
                "{\"toestemming\": true}"));
        e.put("GET /werkgever/profielen", t -> get("/werkgever/profielen"));
        e.put("GET /werkgever/profielen/{number}", t -> get("/werkgever/profielen/" + number));
        e.put("POST /werkgever/profielen/{number}/contactverzoek", t -> form(post("/werkgever/profielen/" + number + "/contactverzoek"),
                "message=Hallo"));
        e.put("GET /api/v1/profielen", t -> get("/api/v1/profielen"));
        e.put("GET /api/v1/profielen/{number}", t -> get("/api/v1/profielen/" + number));
        e.put("POST /api/v1/profielen/{number}/contactverzoeken", t -> json(post("/api/v1/profielen/" + number + "/contactverzoeken"),
                "{\"bericht\": \"Hallo\"}"));
        e.put("GET /contactverzoeken", t -> get("/contactverzoeken").param("alle", "true"));
        e.put("POST /contactverzoeken/{id}/stap", t -> form(post("/contactverzoeken/" + request + "/stap"), "status=afgewezen&version=0"));
        e.put("GET /api/v1/contactverzoeken", t -> get("/api/v1/contactverzoeken").param("alle", "true"));
        e.put("POST /api/v1/contactverzoeken/{id}/stappen", t -> json(post("/api/v1/contactverzoeken/" + request + "/stappen"),
                "{\"status\": \"afgewezen\", \"versie\": 0}"));
        e.put("GET /werkgever/vacatures", t -> get("/werkgever/vacatures"));
        e.put("GET /werkgever/vacatures/{vacancyId}", t -> get("/werkgever/vacatures/" + vacancy));
        e.put("GET /api/v1/werkgever/vacatures", t -> get("/api/v1/werkgever/vacatures"));
        e.put("GET /api/v1/werkgever/vacatures/{vacancyId}/kandidaten", t -> get("/api/v1/werkgever/vacatures/" + vacancy + "/kandidaten"));
        return e;
    }

    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        return jdbc.sql("SELECT number, published, pitch FROM profile WHERE client_id = ?").param(target.client().value())
                .query((rs, n) -> rs.getString(1) + rs.getBoolean(2) + rs.getString(3)).list()
                + "|" + jdbc.sql("SELECT COUNT(*) FROM profile_consent WHERE client_id = ?").param(target.client().value()).query(Long.class).single()
                + "|" + jdbc.sql("SELECT status, version FROM contact_request WHERE client_id = ? ORDER BY id").param(target.client().value())
                .query((rs, n) -> rs.getString(1) + rs.getInt(2)).list();
    }

    @Override
    public List<String> secrets() {
        return List.of(SECRET_PITCH, SECRET_MESSAGE, SECRET_VACANCY);
    }
}
