package nl.opstap.matching;

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
import nl.opstap.client.Gender;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.testsupport.EndpointExamples;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.ForeignTarget;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The fairness report and the weights for the authorisation test. A Stadskanaal top-10 list is recorded in prepare; the
 * weights apply to every municipality, Stadskanaal too, so no role of Steenwijkerland alone may change them (the
 * examples send the current version, so only the access rules can stop them).
 */
class FairnessEndpointExamples implements EndpointExamples {

    private int version;

    @Override
    public void prepare(ApplicationContext context, ForeignTarget target) {
        context.getBean(RankingsShown.class).record(new MunicipalityCode(Fixtures.STADSKANAAL), LocalDate.now(),
                List.of(RankingsShown.entry(Gender.FEMALE, LocalDate.of(1980, 1, 1), LocalDate.now())));
        version = context.getBean(WeightTuning.class).version();
    }

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        String from = LocalDate.now().minusYears(1).toString();
        String to = LocalDate.now().toString();
        e.put("GET /matching/eerlijkheid", t -> get("/matching/eerlijkheid").param("van", from).param("tot", to));
        e.put("GET /api/v1/matching/eerlijkheid", t -> get("/api/v1/matching/eerlijkheid").param("van", from).param("tot", to));
        e.put("GET /matching/gewichten", t -> get("/matching/gewichten"));
        e.put("POST /matching/gewichten", t -> form(post("/matching/gewichten"), "version=" + version + "&occupation=9&requiredSkills=9"
                + "&desiredSkills=9&sector=9&education=9&experience=9&testResult=9&ladderStep=9&distance=9"));
        e.put("GET /api/v1/matching/gewichten", t -> get("/api/v1/matching/gewichten"));
        e.put("PUT /api/v1/matching/gewichten", t -> json(put("/api/v1/matching/gewichten"), """
                {"beroep": 9, "vereisteVaardigheden": 9, "gewensteVaardigheden": 9, "sector": 9, "opleidingsniveau": 9,
                 "werkervaring": 9, "testuitslag": 9, "trede": 9, "afstand": 9}""").header("If-Match", "\"" + version + "\""));
        return e;
    }

    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM matching_ranking_shown WHERE municipality_code IN ('GM0037', 'GM0047')) || ':'
                    || (SELECT COUNT(*) FROM matching_weights)""").query(String.class).single();
    }
}
