package nl.opstap.vacancy;

import static nl.opstap.testsupport.EndpointExamples.form;
import static nl.opstap.testsupport.EndpointExamples.json;
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
import nl.opstap.employer.EmployerForm;
import nl.opstap.employer.EmployerSummary;
import nl.opstap.employer.Employers;
import nl.opstap.employer.SbiSection;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.taxonomy.Occupations;
import nl.opstap.taxonomy.Sectors;
import nl.opstap.testsupport.EndpointExamples;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.ForeignTarget;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The vacancy endpoints for the authorisation test, aimed at a vacancy of a Stadskanaal (TDC) employer made in prepare. */
class VacancyEndpointExamples implements EndpointExamples {

    static final String SECRET_TITLE = "Verborgen vacature Kanaalstreek";
    private String vacancy = "00000000-0000-0000-0000-000000000000";
    private String employer = "00000000-0000-0000-0000-000000000000";
    private String occupation = "";

    @Override
    public void prepare(ApplicationContext context, ForeignTarget target) {
        UserAccounts accounts = context.getBean(UserAccounts.class);
        Access access = accounts.accessFor(accounts.idOf("accountmanager.tdc"), Permission.EMPLOYER_WRITE, Channel.BATCH);
        String kvk = String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999));
        EmployerSummary stored = context.getBean(Employers.class).importEmployers(access, List.of(new EmployerForm(kvk,
                "Vacaturebedrijf Stadskanaal BV", SbiSection.C, "Kanaalweg", "7", "9501AB", "Stadskanaal", Fixtures.STADSKANAAL, 20,
                true, false, null, null))).getFirst();
        employer = stored.id().toString();
        occupation = context.getBean(Occupations.class).search("kok", 1).getFirst().uri();
        String sector = context.getBean(Sectors.class).forMunicipality(new MunicipalityCode(Fixtures.STADSKANAAL)).getFirst().code();
        VacancyForm form = new VacancyForm(stored.id().value(), SECRET_TITLE, occupation, sector, "9501AB", 20, 32, null,
                null, null, List.of(), List.of(), List.of(), List.of(), false, null, false, 1);
        vacancy = context.getBean(Vacancies.class).importVacancies(access, List.of(new ImportedVacancy(form, LocalDate.now(),
                VacancyStatus.OPEN))).getFirst().toString();
    }

    private String body() {
        return """
                {"werkgeverId": "%s", "titel": "Indringer", "beroep": "%s", "sector": "x", "postcode": "9501AB",
                 "urenMin": 8, "urenMax": 16, "aantalPlaatsen": 1}""".formatted(employer, occupation);
    }

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        e.put("GET /api/v1/vacatures", t -> get("/api/v1/vacatures").param("zoek", "Verborgen"));
        e.put("POST /api/v1/vacatures", t -> json(post("/api/v1/vacatures"), body()));
        e.put("GET /api/v1/vacatures/{vacancyId}", t -> get("/api/v1/vacatures/" + vacancy));
        e.put("PUT /api/v1/vacatures/{vacancyId}", t -> json(put("/api/v1/vacatures/" + vacancy), body()).header("If-Match", "\"0\""));
        e.put("POST /api/v1/vacatures/{vacancyId}/status", t -> json(post("/api/v1/vacatures/" + vacancy + "/status"),
                "{\"status\": \"gesloten\"}").header("If-Match", "\"0\""));
        String screen = "employer=" + employer + "&title=Indringer&occupation=" + occupation + "&sector=x&postcode=9501AB&hoursMin=8"
                + "&hoursMax=16&positions=1";
        e.put("GET /vacatures", t -> get("/vacatures").param("zoek", "Verborgen"));
        e.put("GET /vacatures/nieuw", t -> get("/vacatures/nieuw").param("werkgever", employer));
        e.put("POST /vacatures", t -> form(post("/vacatures"), screen));
        e.put("GET /vacatures/vaardigheden", t -> get("/vacatures/vaardigheden").param("occupation", occupation));
        e.put("GET /vacatures/{vacancyId}", t -> get("/vacatures/" + vacancy));
        e.put("GET /vacatures/{vacancyId}/wijzigen", t -> get("/vacatures/" + vacancy + "/wijzigen"));
        e.put("POST /vacatures/{vacancyId}", t -> form(post("/vacatures/" + vacancy), "version=0&" + screen));
        e.put("POST /vacatures/{vacancyId}/status", t -> form(post("/vacatures/" + vacancy + "/status"), "version=0&status=gesloten"));
        return e;
    }

    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        return jdbc.sql("SELECT COUNT(*) || ':' || COALESCE(MAX(title), '') || ':' || COALESCE(MAX(status), '') || ':' || COALESCE(MAX(version), -1) "
                + "FROM vacancy WHERE municipality_code IN ('GM0037', 'GM0047')").query(String.class).single();
    }

    @Override
    public List<String> secrets() {
        return List.of(SECRET_TITLE);
    }
}
