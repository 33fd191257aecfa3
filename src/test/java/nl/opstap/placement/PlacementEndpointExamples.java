package nl.opstap.placement;

import static nl.opstap.testsupport.EndpointExamples.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.opstap.testsupport.EndpointExamples;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.ForeignTarget;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The placement endpoints for the authorisation test, aimed at a placement of the foreign client made in prepare. */
class PlacementEndpointExamples implements EndpointExamples {

    private String placement = "00000000-0000-0000-0000-000000000000";
    private String followUp = "00000000-0000-0000-0000-000000000000";

    @Override
    public void prepare(ApplicationContext context, ForeignTarget target) {
        Placement p = new Placement(UUID.randomUUID(), target.client().value(), Fixtures.STADSKANAAL, PlacementType.REGULAR_WORK, null, null,
                null, LocalDate.now(), null, null, 24, null, false, false, null, 1);
        context.getBean(Placements.class).insert(p, Instant.now(), target.foreignUser().value());
        placement = p.id().toString();
        Placements placements = context.getBean(Placements.class);
        placements.insertFollowUp(p.id(), Fixtures.STADSKANAAL, 1, "werkgever", LocalDate.now());
        followUp = placements.followUps(p.id()).getFirst().id().toString();
    }

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        e.put("GET /api/v1/werkzoekenden/{clientId}/plaatsingen", t -> get("/api/v1/werkzoekenden/" + t.client() + "/plaatsingen"));
        e.put("POST /api/v1/werkzoekenden/{clientId}/plaatsingen", t -> json(post("/api/v1/werkzoekenden/" + t.client() + "/plaatsingen"),
                "{\"soort\": \"regulier-werk\", \"startdatum\": \"2026-01-05\", \"urenPerWeek\": 20}"));
        e.put("GET /api/v1/plaatsingen/{placementId}", t -> get("/api/v1/plaatsingen/" + placement));
        e.put("POST /api/v1/plaatsingen/{placementId}/nazorg/{followUpId}", t -> json(post("/api/v1/plaatsingen/" + placement + "/nazorg/"
                + followUp), "{\"gehouden\": \"" + LocalDate.now() + "\", \"uitkomst\": \"Overgenomen\"}"));
        return e;
    }

    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM placement WHERE municipality_code IN ('GM0037', 'GM0047')) || ':' "
                + "|| (SELECT COUNT(*) || '/' || SUM(version) FROM follow_up WHERE municipality_code IN ('GM0037', 'GM0047'))").query(String.class).single();
    }
}
