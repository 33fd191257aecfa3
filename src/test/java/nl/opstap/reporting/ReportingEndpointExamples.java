package nl.opstap.reporting;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import nl.opstap.testsupport.EndpointExamples;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.ForeignTarget;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The reports, their exports, the generic report API and the drill-downs, each asked for the foreign municipality
 * (Stadskanaal): no figure of it may come back and no list of its clients may be shown (or logged).
 */
class ReportingEndpointExamples implements EndpointExamples {

    private static MockHttpServletRequestBuilder foreign(MockHttpServletRequestBuilder request) {
        return request.param("peildatum", "2019-06-30").param("van", "2018-01-01").param("tot", "2018-12-31")
                .param("gemeenten", Fixtures.STADSKANAAL);
    }

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        e.put("GET /rapportages", t -> get("/rapportages"));
        e.put("GET /rapportages/{key}", t -> foreign(get("/rapportages/monitoring")));
        e.put("GET /rapportages/{key}/export", t -> foreign(get("/rapportages/tabellen/export")).param("formaat", "csv"));
        e.put("GET /rapportages/werkzoekenden", t -> foreign(get("/rapportages/werkzoekenden")).param("indicator", "tabel-1"));
        e.put("GET /api/v1/rapportages/tabel-1", t -> foreign(get("/api/v1/rapportages/tabel-1")));
        e.put("GET /api/v1/rapportages/tabel-2", t -> foreign(get("/api/v1/rapportages/tabel-2")));
        e.put("GET /api/v1/rapportages/{indicator}/werkzoekenden", t -> foreign(get("/api/v1/rapportages/tabel-1/werkzoekenden")));
        e.put("GET /api/v1/rapportages/{rapport}", t -> foreign(get("/api/v1/rapportages/monitoring")));
        return e;
    }

    /** Lists of clients shown from a report are logged per client: none of the foreign municipalities may appear. */
    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        return jdbc.sql("SELECT COUNT(*) FROM processing_log WHERE activity = 'opstap-13' AND municipality_code IN (?, ?)")
                .params(Fixtures.STADSKANAAL, Fixtures.VEENDAM).query(String.class).single();
    }
}
