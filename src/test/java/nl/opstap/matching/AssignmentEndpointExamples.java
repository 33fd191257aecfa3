package nl.opstap.matching;

import static nl.opstap.testsupport.EndpointExamples.form;
import static nl.opstap.testsupport.EndpointExamples.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
import nl.opstap.vacancy.VacancyStatus;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The bulk assignment endpoints for the authorisation test, aimed at an open Stadskanaal (TDC) vacancy made in prepare. */
class AssignmentEndpointExamples implements EndpointExamples {

    static final String SECRET_TITLE = "Verborgen toewijzingsvacature Kanaalstreek";
    private String vacancy = "00000000-0000-0000-0000-000000000000";

    @Override
    public void prepare(ApplicationContext context, ForeignTarget target) {
        UserAccounts accounts = context.getBean(UserAccounts.class);
        Access access = accounts.accessFor(accounts.idOf("accountmanager.tdc"), Permission.EMPLOYER_WRITE, Channel.BATCH);
        String kvk = String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999));
        var employer = context.getBean(Employers.class).importEmployers(access, List.of(new EmployerForm(kvk,
                "Toewijsbedrijf Stadskanaal BV", SbiSection.C, "Kanaalweg", "10", "9501AB", "Stadskanaal", Fixtures.STADSKANAAL, 20,
                false, false, null, null))).getFirst();
        String occupation = context.getBean(Occupations.class).search("kok", 1).getFirst().uri();
        String sector = context.getBean(Sectors.class).forMunicipality(new MunicipalityCode(Fixtures.STADSKANAAL)).getFirst().code();
        VacancyForm form = new VacancyForm(employer.id().value(), SECRET_TITLE, occupation, sector, "9501AB", 20, 32, null,
                null, null, List.of(), List.of(), List.of(), List.of(), false, null, false, 3);
        vacancy = context.getBean(Vacancies.class).importVacancies(access, List.of(new ImportedVacancy(form, LocalDate.now(),
                VacancyStatus.OPEN))).getFirst().toString();
    }

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        e.put("GET /matching/toewijzing", t -> get("/matching/toewijzing").param("zoek", "Verborgen"));
        e.put("POST /matching/toewijzing", t -> form(post("/matching/toewijzing"), "vacatureId=" + vacancy));
        e.put("POST /matching/toewijzing/voorstellen", t -> form(post("/matching/toewijzing/voorstellen"),
                "vacatureId=" + vacancy + "&keuze=" + vacancy + ":" + t.client()));
        e.put("POST /api/v1/matching/toewijzingen", t -> json(post("/api/v1/matching/toewijzingen"),
                "{\"vacatureIds\": [\"" + vacancy + "\"]}"));
        return e;
    }

    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        return String.valueOf(jdbc.sql("SELECT COUNT(*) FROM matching_pair WHERE vacancy_id = ? OR client_id = ?")
                .param(java.util.UUID.fromString(vacancy)).param(target.client().value()).query(Long.class).single());
    }

    @Override
    public List<String> secrets() {
        return List.of(SECRET_TITLE);
    }
}
