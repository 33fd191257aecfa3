package nl.opstap.employer;

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
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.Municipalities;
import nl.opstap.testsupport.EndpointExamples;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.ForeignTarget;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The employer endpoints for the authorisation test, aimed at an employer of Stadskanaal (TDC) made in prepare. */
class EmployerEndpointExamples implements EndpointExamples {

    static final String SECRET_CONTACT = "Geheime Contactpersoon Kanaalstreek";
    static final String SECRET_EMPLOYER = "Verborgen Vervoer Stadskanaal BV";
    static final String BODY = """
            {"kvkNummer": "87654321", "naam": "Indringer BV", "sbiSectie": "C", "straat": "Markt", "huisnummer": "1",
             "postcode": "9501AA", "plaats": "Elders", "gemeente": "GM0037", "aantalWerknemers": 3}""";
    private String employer = "00000000-0000-0000-0000-000000000000";
    private String contact = "00000000-0000-0000-0000-000000000000";
    private String moment = "00000000-0000-0000-0000-000000000000";
    private String ownEmployer = "00000000-0000-0000-0000-000000000000";

    @Override
    public void prepare(ApplicationContext context, ForeignTarget target) {
        UserAccounts accounts = context.getBean(UserAccounts.class);
        Access access = accounts.accessFor(accounts.idOf("accountmanager.tdc"), Permission.EMPLOYER_WRITE, Channel.BATCH);
        Employers employers = context.getBean(Employers.class);
        String kvk = String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999));
        EmployerSummary stored = employers.importEmployers(access, List.of(new EmployerForm(kvk, SECRET_EMPLOYER, SbiSection.H, "Kanaalweg",
                "5", "9501AB", "Stadskanaal", Fixtures.STADSKANAAL, 40, true, true, null, null))).getFirst();
        employer = stored.id().toString();
        employers.importContacts(access, Map.of(stored, List.of(new ContactForm(SECRET_CONTACT, "Directeur", null, null))));
        LocalDate today = LocalDate.now();
        employers.importMoments(access, List.of(new ImportedMoment(stored, new ContactMomentForm(today.minusDays(3), ContactChannel.BEZOEK,
                "Bezoek", "Goed gesprek", "Bellen", today.minusDays(1), false, null), access.user().id(), access.user().displayName(), false)));
        var organisation = context.getBean(Municipalities.class).find(new MunicipalityCode(Fixtures.STADSKANAAL)).orElseThrow().organisationId();
        employers.importAgreements(access, organisation, List.of(new AgreementForm("Wedeka", PartnerKind.SW_BEDRIJF, "Beschut werk",
                LocalDate.of(2024, 1, 1), null)));
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        contact = jdbc.sql("SELECT CAST(id AS VARCHAR) FROM employer_contact WHERE employer_id = CAST(? AS UUID)").param(employer)
                .query(String.class).single();
        moment = jdbc.sql("SELECT CAST(id AS VARCHAR) FROM employer_contact_moment WHERE employer_id = CAST(? AS UUID)").param(employer)
                .query(String.class).single();
        // an employer the Steenwijkerland users may see: the client picker there must not find the foreign client
        Access own = accounts.accessFor(accounts.idOf("accountmanager.igsd"), Permission.EMPLOYER_WRITE, Channel.BATCH);
        ownEmployer = employers.importEmployers(own, List.of(new EmployerForm(String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999)),
                "Eigen Bedrijf Steenwijk", SbiSection.C, "Markt", "1", "8331AB", "Steenwijk", Fixtures.STEENWIJKERLAND, 10, false, false,
                null, null))).getFirst().id().toString();
    }

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        e.put("GET /werkgevers", t -> get("/werkgevers").param("zoek", "Verborgen"));
        e.put("GET /werkgevers/nieuw", t -> get("/werkgevers/nieuw"));
        e.put("POST /werkgevers", t -> form(post("/werkgevers"), "kvkNumber=87654321&name=Indringer&sbi=C&street=Markt&houseNumber=1"
                + "&postcode=9501AA&city=Elders&municipality=GM0037&employees=3"));
        e.put("GET /werkgevers/{employerId}", t -> get(one()));
        e.put("GET /werkgevers/{employerId}/wijzigen", t -> get(one() + "/wijzigen"));
        e.put("POST /werkgevers/{employerId}", t -> form(post(one()), "version=0&kvkNumber=87654321&name=Gekaapt&sbi=C&street=Markt"
                + "&houseNumber=1&postcode=9501AA&city=Elders&municipality=GM0037&employees=3"));
        e.put("GET /werkgevers/{employerId}/contactpersonen/nieuw", t -> get(one() + "/contactpersonen/nieuw"));
        e.put("POST /werkgevers/{employerId}/contactpersonen", t -> form(post(one() + "/contactpersonen"), "name=Indringer"));
        e.put("GET /werkgevers/{employerId}/contactmomenten/nieuw", t -> get(one() + "/contactmomenten/nieuw"));
        e.put("POST /werkgevers/{employerId}/contactmomenten", t -> form(post(one() + "/contactmomenten"),
                "date=2024-01-01&channel=TELEFOON&subject=Indringer"));
        e.put("GET /werkgevers/{employerId}/contactpersonen/{contactId}/wijzigen", t -> get(one() + "/contactpersonen/" + contact + "/wijzigen"));
        e.put("POST /werkgevers/{employerId}/contactpersonen/{contactId}", t -> form(post(one() + "/contactpersonen/" + contact),
                "version=0&name=Gekaapt"));
        e.put("POST /werkgevers/{employerId}/contactpersonen/{contactId}/verwijderen", t -> form(post(one() + "/contactpersonen/" + contact
                + "/verwijderen"), "version=0"));
        e.put("GET /werkgevers/{employerId}/contactmomenten/{momentId}/wijzigen", t -> get(one() + "/contactmomenten/" + moment + "/wijzigen"));
        e.put("POST /werkgevers/{employerId}/contactmomenten/{momentId}", t -> form(post(one() + "/contactmomenten/" + moment),
                "version=0&date=2024-01-01&channel=TELEFOON&subject=Gekaapt&mediation=true&mediationClient=" + t.client()));
        e.put("GET /werkgevers/{employerId}/werkzoekenden/suggesties", t -> get("/werkgevers/" + ownEmployer + "/werkzoekenden/suggesties")
                .param("werkzoekendeZoek", t.lastName()));
        e.put("GET /werkgevers/werklijst", t -> get("/werkgevers/werklijst"));
        e.put("GET /convenanten", t -> get("/convenanten"));
        e.put("POST /convenanten", t -> form(post("/convenanten"), "partner=Indringer&kind=UWV&subject=x&start=2024-01-01"));
        e.put("GET /api/v1/werkgevers", t -> get("/api/v1/werkgevers").param("zoek", "Verborgen"));
        e.put("POST /api/v1/werkgevers", t -> json(post("/api/v1/werkgevers"), BODY));
        e.put("GET /api/v1/werkgevers/{employerId}", t -> get(api()));
        e.put("PUT /api/v1/werkgevers/{employerId}", t -> json(put(api()), BODY).header("If-Match", "\"0\""));
        e.put("GET /api/v1/werkgevers/{employerId}/contactpersonen", t -> get(api() + "/contactpersonen"));
        e.put("POST /api/v1/werkgevers/{employerId}/contactpersonen", t -> json(post(api() + "/contactpersonen"), "{\"naam\": \"Indringer\"}"));
        e.put("GET /api/v1/werkgevers/{employerId}/contactpersonen/{contactId}", t -> get(api() + "/contactpersonen/" + contact));
        e.put("PUT /api/v1/werkgevers/{employerId}/contactpersonen/{contactId}", t -> json(put(api() + "/contactpersonen/" + contact),
                "{\"naam\": \"Gekaapt\"}").header("If-Match", "\"0\""));
        e.put("DELETE /api/v1/werkgevers/{employerId}/contactpersonen/{contactId}", t -> delete(api() + "/contactpersonen/" + contact)
                .header("If-Match", "\"0\""));
        e.put("GET /api/v1/werkgevers/{employerId}/contactmomenten", t -> get(api() + "/contactmomenten"));
        e.put("GET /api/v1/werkgevers/{employerId}/contactmomenten/{momentId}", t -> get(api() + "/contactmomenten/" + moment));
        e.put("PUT /api/v1/werkgevers/{employerId}/contactmomenten/{momentId}", t -> json(put(api() + "/contactmomenten/" + moment),
                "{\"datum\": \"2024-01-01\", \"kanaal\": \"telefoon\", \"onderwerp\": \"Gekaapt\", \"bemiddeling\": true, "
                        + "\"bemiddeldeWerkzoekende\": \"" + t.client() + "\"}").header("If-Match", "\"0\""));
        e.put("POST /api/v1/werkgevers/{employerId}/contactmomenten", t -> json(post(api() + "/contactmomenten"),
                "{\"datum\": \"2024-01-01\", \"kanaal\": \"telefoon\", \"onderwerp\": \"Indringer\"}"));
        e.put("GET /api/v1/werkgevers/werklijst", t -> get("/api/v1/werkgevers/werklijst"));
        e.put("GET /api/v1/convenanten", t -> get("/api/v1/convenanten"));
        e.put("POST /api/v1/convenanten", t -> json(post("/api/v1/convenanten"),
                "{\"partner\": \"Indringer\", \"soortPartner\": \"UWV\", \"onderwerp\": \"x\", \"begindatum\": \"2024-01-01\"}"));
        return e;
    }

    private String one() {
        return "/werkgevers/" + employer;
    }

    private String api() {
        return "/api/v1/werkgevers/" + employer;
    }

    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM employer WHERE municipality_code IN ('GM0037', 'GM0047')) || ':'
                    || (SELECT COALESCE(SUM(version), 0) FROM employer WHERE municipality_code IN ('GM0037', 'GM0047')) || ':'
                    || (SELECT COUNT(*) FROM employer_contact c JOIN employer e ON e.id = c.employer_id WHERE e.municipality_code IN ('GM0037', 'GM0047')) || ':'
                    || (SELECT COALESCE(SUM(c.version), 0) FROM employer_contact c JOIN employer e ON e.id = c.employer_id
                        WHERE e.municipality_code IN ('GM0037', 'GM0047')) || ':'
                    || (SELECT COUNT(*) FROM employer_contact_moment WHERE municipality_code IN ('GM0037', 'GM0047')) || ':'
                    || (SELECT COALESCE(SUM(version), 0) FROM employer_contact_moment WHERE municipality_code IN ('GM0037', 'GM0047')) || ':'
                    || (SELECT COUNT(*) FROM employer_agreement a WHERE a.organisation_id IN
                        (SELECT organisation_id FROM municipality WHERE code = 'GM0037'))""").query(String.class).single();
    }

    @Override
    public List<String> secrets() {
        return List.of(SECRET_CONTACT, SECRET_EMPLOYER);
    }
}
