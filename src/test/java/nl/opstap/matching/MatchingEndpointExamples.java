package nl.opstap.matching;

import static nl.opstap.testsupport.EndpointExamples.form;
import static nl.opstap.testsupport.EndpointExamples.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import nl.opstap.vacancy.ImportedVacancy;
import nl.opstap.vacancy.Vacancies;
import nl.opstap.vacancy.VacancyForm;
import nl.opstap.vacancy.VacancyId;
import nl.opstap.vacancy.VacancyStatus;
import nl.opstap.workshop.SessionForm;
import nl.opstap.workshop.WorkshopForm;
import nl.opstap.workshop.Workshops;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The matching endpoints for the authorisation test, aimed at a Stadskanaal (TDC) vacancy, workshop and session, a
 * pair of the foreign client with that vacancy and a saved search of a Stadskanaal user, all made in prepare.
 */
class MatchingEndpointExamples implements EndpointExamples {

    static final String SECRET_TITLE = "Verborgen matchvacature Kanaalstreek";
    static final String SECRET_SEARCH = "Geheime zoekopdracht Stadskanaal";
    private String vacancy = "00000000-0000-0000-0000-000000000000";
    private String pair = "00000000-0000-0000-0000-000000000000";
    private String search = "00000000-0000-0000-0000-000000000000";
    private String workshop = "00000000-0000-0000-0000-000000000000";
    private String session = "00000000-0000-0000-0000-000000000000";

    @Override
    public void prepare(ApplicationContext context, ForeignTarget target) {
        UserAccounts accounts = context.getBean(UserAccounts.class);
        Access access = accounts.accessFor(accounts.idOf("accountmanager.tdc"), Permission.EMPLOYER_WRITE, Channel.BATCH);
        String kvk = String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999));
        EmployerSummary employer = context.getBean(Employers.class).importEmployers(access, List.of(new EmployerForm(kvk,
                "Matchbedrijf Stadskanaal BV", SbiSection.C, "Kanaalweg", "8", "9501AB", "Stadskanaal", Fixtures.STADSKANAAL, 20,
                true, false, null, null))).getFirst();
        String occupation = context.getBean(Occupations.class).search("kok", 1).getFirst().uri();
        String sector = context.getBean(Sectors.class).forMunicipality(new MunicipalityCode(Fixtures.STADSKANAAL)).getFirst().code();
        VacancyForm form = new VacancyForm(employer.id().value(), SECRET_TITLE, occupation, sector, "9501AB", 20, 32, null,
                null, null, List.of(), List.of(), List.of(), List.of(), false, null, false, 1);
        VacancyId id = context.getBean(Vacancies.class).importVacancies(access, List.of(new ImportedVacancy(form, LocalDate.now(),
                VacancyStatus.OPEN))).getFirst();
        vacancy = id.toString();
        Pair p = Pair.propose(target.client(), id, new MunicipalityCode(Fixtures.STADSKANAAL), LocalDate.now());
        Pairs pairs = context.getBean(Pairs.class);
        pairs.insert(p, Instant.now());
        pairs.logStep(p.id(), new PairProgress.Step(PairStatus.PROPOSED, "consulent.stadskanaal", Instant.now(), null, "Score 1,0"), 1.0,
                target.foreignUser().value());
        pair = p.id().toString();
        SavedSearches.SavedSearch s = new SavedSearches.SavedSearch(UUID.randomUUID(), Fixtures.STADSKANAAL, SECRET_SEARCH,
                SavedSearches.CANDIDATES, true, "maxAfstandKm=5", target.foreignUser().value());
        context.getBean(SavedSearches.class).insert(s, Instant.now());
        search = s.id().toString();
        Workshops workshops = context.getBean(Workshops.class);
        workshop = workshops.create(access, new WorkshopForm(Fixtures.STADSKANAAL, "Matchwerkplaats", sector, employer.id().value(), 5,
                LocalDate.now().minusMonths(1), null)).toString();
        session = workshops.createSession(access, new SessionForm(Fixtures.STADSKANAAL, LocalDate.now().plusDays(2), employer.id().value(),
                "Matchsessie")).toString();
    }

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        String places = "/{kind:werkplaatsen|uitzendsessies}/{placeId}/passende-kandidaten";
        e.put("GET /vacatures/{vacancyId}/kandidaten", t -> get("/vacatures/" + vacancy + "/kandidaten"));
        e.put("POST /vacatures/{vacancyId}/kandidaten/voorstellen", t -> form(post("/vacatures/" + vacancy + "/kandidaten/voorstellen"),
                "werkzoekendeId=" + t.client()));
        e.put("GET /werkzoekenden/{clientId}/matching", t -> get("/werkzoekenden/" + t.client() + "/matching"));
        e.put("POST /werkzoekenden/{clientId}/matching/toestemming", t -> form(post("/werkzoekenden/" + t.client() + "/matching/toestemming"),
                "matching=true&shareWithEmployers=true&givenOn=2026-01-01&version=0"));
        e.put("POST /werkzoekenden/{clientId}/matching/voorstellen", t -> form(post("/werkzoekenden/" + t.client() + "/matching/voorstellen"),
                "vacatureId=" + vacancy));
        e.put("GET /koppelingen/{pairId}", t -> get("/koppelingen/" + pair));
        e.put("POST /koppelingen/{pairId}/stap", t -> form(post("/koppelingen/" + pair + "/stap"), "status=geschikt&versie=1"));
        e.put("POST /matching/zoekopdrachten", t -> form(post("/matching/zoekopdrachten"),
                "naam=Indringer&richting=kandidaten&gemeenteCode=GM0037&gedeeld=true"));
        e.put("POST /matching/zoekopdrachten/{searchId}/verwijderen", t -> form(post("/matching/zoekopdrachten/" + search + "/verwijderen"), ""));
        e.put("GET " + places, t -> get("/werkplaatsen/" + workshop + "/passende-kandidaten"));
        e.put("POST " + places + "/voordragen", t -> form(post("/uitzendsessies/" + session + "/passende-kandidaten/voordragen"),
                "werkzoekendeId=" + t.client()));
        e.put("GET /api/v1" + places, t -> get("/api/v1/uitzendsessies/" + session + "/passende-kandidaten"));
        e.put("GET /matching/toewijzing/werkplaatsen", t -> get("/matching/toewijzing/werkplaatsen"));
        e.put("POST /matching/toewijzing/werkplaatsen", t -> form(post("/matching/toewijzing/werkplaatsen"), "vacatureId=" + workshop));
        e.put("POST /matching/toewijzing/werkplaatsen/voorstellen", t -> form(post("/matching/toewijzing/werkplaatsen/voorstellen"),
                "vacatureId=" + workshop + "&keuze=" + workshop + ":" + t.client()));
        e.put("POST /api/v1/matching/toewijzingen/werkplaatsen", t -> json(post("/api/v1/matching/toewijzingen/werkplaatsen"),
                "{\"werkplaatsIds\": [\"" + workshop + "\"]}"));
        e.put("GET /mijn-vacatures", t -> get("/mijn-vacatures"));
        e.put("GET /api/v1/mijn/vacatures", t -> get("/api/v1/mijn/vacatures"));
        e.put("GET /api/v1/vacatures/{vacancyId}/kandidaten", t -> get("/api/v1/vacatures/" + vacancy + "/kandidaten"));
        e.put("GET /api/v1/werkzoekenden/{clientId}/vacatures", t -> get("/api/v1/werkzoekenden/" + t.client() + "/vacatures"));
        e.put("POST /api/v1/koppelingen", t -> json(post("/api/v1/koppelingen"),
                "{\"werkzoekendeId\": \"" + t.client() + "\", \"vacatureId\": \"" + vacancy + "\"}"));
        e.put("GET /api/v1/koppelingen/{pairId}", t -> get("/api/v1/koppelingen/" + pair));
        e.put("POST /api/v1/koppelingen/{pairId}/stappen", t -> json(post("/api/v1/koppelingen/" + pair + "/stappen"),
                "{\"status\": \"geschikt\"}").header("If-Match", "\"1\""));
        e.put("GET /api/v1/werkzoekenden/{clientId}/toestemming-matching", t -> get("/api/v1/werkzoekenden/" + t.client() + "/toestemming-matching"));
        e.put("PUT /api/v1/werkzoekenden/{clientId}/toestemming-matching", t -> json(put("/api/v1/werkzoekenden/" + t.client()
                + "/toestemming-matching"), "{\"matching\": true, \"gegevenOp\": \"2026-01-01\"}").header("If-Match", "\"0\""));
        e.put("GET /api/v1/matching/zoekopdrachten", t -> get("/api/v1/matching/zoekopdrachten"));
        e.put("POST /api/v1/matching/zoekopdrachten", t -> json(post("/api/v1/matching/zoekopdrachten"),
                "{\"naam\": \"Indringer\", \"richting\": \"kandidaten\", \"gemeenteCode\": \"GM0037\"}"));
        return e;
    }

    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) || '/' || COALESCE(SUM(version), 0) FROM matching_consent WHERE municipality_code IN ('GM0037', 'GM0047')) || ':'
                    || (SELECT COUNT(*) FROM matching_candidate_skill WHERE municipality_code IN ('GM0037', 'GM0047')) || ':'
                    || (SELECT COUNT(*) || '/' || COALESCE(SUM(version), 0) FROM matching_pair WHERE municipality_code IN ('GM0037', 'GM0047')) || ':'
                    || (SELECT COUNT(*) FROM matching_pair_step s JOIN matching_pair p ON p.id = s.pair_id
                        WHERE p.municipality_code IN ('GM0037', 'GM0047')) || ':'
                    || (SELECT COUNT(*) FROM matching_saved_search WHERE municipality_code IN ('GM0037', 'GM0047')) || ':'
                    || (SELECT COUNT(*) FROM agency_session_candidate c JOIN agency_session s ON s.id = c.session_id
                        WHERE s.municipality_code IN ('GM0037', 'GM0047')) || ':'
                    || (SELECT COUNT(*) FROM workshop_candidate c JOIN workshop w ON w.id = c.workshop_id
                        WHERE w.municipality_code IN ('GM0037', 'GM0047'))""").query(String.class).single();
    }

    @Override
    public List<String> secrets() {
        return List.of(SECRET_TITLE, SECRET_SEARCH);
    }
}
