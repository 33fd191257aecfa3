package nl.opstap.workshop;

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
import nl.opstap.taxonomy.Sectors;
import nl.opstap.testsupport.EndpointExamples;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.ForeignTarget;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The workshop and session endpoints for the authorisation test, aimed at a workshop and a session of Stadskanaal (TDC)
 * made in prepare, with the foreign client as candidate.
 */
class WorkshopEndpointExamples implements EndpointExamples {

    static final String SECRET_WORKSHOP = "Geheime werkplaats Kanaalstreek";
    static final String SECRET_SESSION = "Verborgen uitzendsessie Musselkanaal";
    static final String SECRET_AGENCY = "Verborgen Uitzendbureau Stadskanaal BV";
    private String workshop = "00000000-0000-0000-0000-000000000000";
    private String session = "00000000-0000-0000-0000-000000000000";
    private String employer = "00000000-0000-0000-0000-000000000000";
    private String sector = "TECHNIEK";

    @Override
    public void prepare(ApplicationContext context, ForeignTarget target) {
        UserAccounts accounts = context.getBean(UserAccounts.class);
        Access access = accounts.accessFor(accounts.idOf("accountmanager.tdc"), Permission.EMPLOYER_WRITE, Channel.BATCH);
        String kvk = String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999));
        EmployerSummary stored = context.getBean(Employers.class).importEmployers(access, List.of(new EmployerForm(kvk, SECRET_AGENCY,
                SbiSection.N, "Kanaalweg", "9", "9501AB", "Stadskanaal", Fixtures.STADSKANAAL, 40, false, false, null, null))).getFirst();
        employer = stored.id().toString();
        sector = context.getBean(Sectors.class).forMunicipality(new MunicipalityCode(Fixtures.STADSKANAAL)).getFirst().code();
        Workshops workshops = context.getBean(Workshops.class);
        WorkshopId w = workshops.create(access, new WorkshopForm(Fixtures.STADSKANAAL, SECRET_WORKSHOP, sector, stored.id().value(), 5,
                LocalDate.now().minusMonths(1), null));
        workshops.addCandidate(access, w, new CandidateForm(target.client().value(), 2, LocalDate.now()));
        workshop = w.toString();
        SessionId s = workshops.createSession(access, new SessionForm(Fixtures.STADSKANAAL, LocalDate.now().minusDays(2), stored.id().value(),
                SECRET_SESSION));
        workshops.propose(access, s, new SessionCandidateForm(target.client().value()));
        session = s.toString();
    }

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        String workshopForm = "municipality=GM0037&name=Overgenomen&sector=" + sector + "&partner=" + employer + "&seats=3&start=2024-01-01";
        e.put("GET /werkplaatsen", t -> get("/werkplaatsen"));
        e.put("GET /werkplaatsen/nieuw", t -> get("/werkplaatsen/nieuw").param("werkgeverZoek", "Verborgen"));
        e.put("POST /werkplaatsen", t -> form(post("/werkplaatsen"), workshopForm));
        e.put("GET /werkplaatsen/werkgever-suggesties", t -> get("/werkplaatsen/werkgever-suggesties").param("werkgeverZoek", "Verborgen"));
        e.put("GET /werkplaatsen/{workshopId}", t -> get(screen()).param("kandidaatZoek", t.lastName()));
        e.put("GET /werkplaatsen/{workshopId}/wijzigen", t -> get(screen() + "/wijzigen"));
        e.put("POST /werkplaatsen/{workshopId}", t -> form(post(screen()), "version=0&" + workshopForm));
        e.put("POST /werkplaatsen/{workshopId}/kandidaten", t -> form(post(screen() + "/kandidaten"), "client=" + t.client() + "&category=1"));
        e.put("POST /werkplaatsen/{workshopId}/kandidaten/{clientId}/status", t -> form(post(screen() + "/kandidaten/" + t.client() + "/status"),
                "status=GEPLAATST"));
        e.put("GET /werkplaatsen/{workshopId}/kandidaat-suggesties", t -> get(screen() + "/kandidaat-suggesties").param("kandidaatZoek", t.lastName()));
        e.put("GET /uitzendsessies", t -> get("/uitzendsessies"));
        e.put("GET /uitzendsessies/nieuw", t -> get("/uitzendsessies/nieuw").param("werkgeverZoek", "Verborgen"));
        e.put("POST /uitzendsessies", t -> form(post("/uitzendsessies"), "municipality=GM0037&date=2024-01-01&agency=" + employer));
        e.put("GET /uitzendsessies/{sessionId}", t -> get(sessionScreen()).param("kandidaatZoek", t.lastName()));
        e.put("POST /uitzendsessies/{sessionId}/kandidaten", t -> form(post(sessionScreen() + "/kandidaten"), "client=" + t.client()));
        e.put("POST /uitzendsessies/{sessionId}/uitkomst", t -> form(post(sessionScreen() + "/uitkomst"),
                "note=Overgenomen&candidates[0].client=" + t.client() + "&candidates[0].outcome=AANGENOMEN"));
        e.put("GET /uitzendsessies/{sessionId}/kandidaat-suggesties", t -> get(sessionScreen() + "/kandidaat-suggesties")
                .param("kandidaatZoek", t.lastName()));
        String body = """
                {"gemeente": "GM0037", "naam": "Overgenomen", "sector": "%s", "partnerId": "%s", "aantalPlaatsen": 3, "begindatum": "2024-01-01"}"""
                .formatted(sector, employer);
        e.put("GET /api/v1/werkplaatsen", t -> get("/api/v1/werkplaatsen"));
        e.put("POST /api/v1/werkplaatsen", t -> json(post("/api/v1/werkplaatsen"), body));
        e.put("GET /api/v1/werkplaatsen/{workshopId}", t -> get(api()));
        e.put("PUT /api/v1/werkplaatsen/{workshopId}", t -> json(put(api()), body).header("If-Match", "\"0\""));
        e.put("POST /api/v1/werkplaatsen/{workshopId}/kandidaten", t -> json(post(api() + "/kandidaten"),
                "{\"werkzoekendeId\": \"" + t.client() + "\", \"categorie\": 1}"));
        e.put("POST /api/v1/werkplaatsen/{workshopId}/kandidaten/{clientId}/status", t -> json(post(api() + "/kandidaten/" + t.client()
                + "/status"), "{\"status\": \"geplaatst\"}"));
        String sessionBody = "{\"gemeente\": \"GM0037\", \"datum\": \"2024-01-01\", \"uitzendbureauId\": \"" + employer + "\"}";
        e.put("GET /api/v1/uitzendsessies", t -> get("/api/v1/uitzendsessies"));
        e.put("POST /api/v1/uitzendsessies", t -> json(post("/api/v1/uitzendsessies"), sessionBody));
        e.put("GET /api/v1/uitzendsessies/{sessionId}", t -> get(sessionApi()));
        e.put("PUT /api/v1/uitzendsessies/{sessionId}", t -> json(put(sessionApi()), sessionBody).header("If-Match", "\"0\""));
        e.put("POST /api/v1/uitzendsessies/{sessionId}/kandidaten", t -> json(post(sessionApi() + "/kandidaten"),
                "{\"werkzoekendeId\": \"" + t.client() + "\"}"));
        e.put("POST /api/v1/uitzendsessies/{sessionId}/uitkomst", t -> json(post(sessionApi() + "/uitkomst"),
                "{\"toelichting\": \"Overgenomen\", \"kandidaten\": [{\"werkzoekendeId\": \"" + t.client() + "\", \"resultaat\": \"aangenomen\"}]}"));
        return e;
    }

    private String screen() {
        return "/werkplaatsen/" + workshop;
    }

    private String api() {
        return "/api/v1/werkplaatsen/" + workshop;
    }

    private String sessionScreen() {
        return "/uitzendsessies/" + session;
    }

    private String sessionApi() {
        return "/api/v1/uitzendsessies/" + session;
    }

    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) || '/' || COALESCE(SUM(version), 0) FROM workshop WHERE municipality_code IN ('GM0037', 'GM0047')) || ':'
                    || (SELECT COUNT(*) || '/' || COALESCE(MAX(c.status), '') FROM workshop_candidate c JOIN workshop w ON w.id = c.workshop_id
                        WHERE w.municipality_code IN ('GM0037', 'GM0047')) || ':'
                    || (SELECT COUNT(*) || '/' || COALESCE(SUM(version), 0) FROM agency_session WHERE municipality_code IN ('GM0037', 'GM0047')) || ':'
                    || (SELECT COUNT(*) || '/' || COUNT(c.outcome) FROM agency_session_candidate c JOIN agency_session s ON s.id = c.session_id
                        WHERE s.municipality_code IN ('GM0037', 'GM0047'))""").query(String.class).single();
    }

    @Override
    public List<String> secrets() {
        return List.of(SECRET_WORKSHOP, SECRET_SESSION, SECRET_AGENCY);
    }
}
