package nl.opstap.placement;

import static nl.opstap.testsupport.EndpointExamples.form;
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
    private String reopening = "00000000-0000-0000-0000-000000000000";

    @Override
    public void prepare(ApplicationContext context, ForeignTarget target) {
        Placement p = new Placement(UUID.randomUUID(), target.client().value(), Fixtures.STADSKANAAL, PlacementType.REGULAR_WORK, null, null,
                null, LocalDate.now(), null, null, 24, null, false, false, null, null, 1);
        context.getBean(Placements.class).insert(p, Instant.now(), target.foreignUser().value());
        placement = p.id().toString();
        FollowUps followUps = context.getBean(FollowUps.class);
        followUps.insert(p.id(), Fixtures.STADSKANAAL, 1, "werkgever", LocalDate.now());
        UUID contact = followUps.ofPlacement(p.id()).getFirst().id();
        followUp = contact.toString();
        UUID reopened = UUID.randomUUID();
        followUps.reopen(reopened, p.id(), contact, p.client(), Fixtures.STADSKANAAL, LocalDate.now(), target.foreignUser().value());
        reopening = reopened.toString();
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
        e.put("POST /api/v1/plaatsingen/{placementId}/beeindiging", t -> json(post("/api/v1/plaatsingen/" + placement + "/beeindiging"),
                "{\"einddatum\": \"" + LocalDate.now() + "\", \"redenEinde\": \"Contract afgelopen\"}"));
        e.put("POST /api/v1/plaatsingen/{placementId}/heropende-ondersteuning/{reopeningId}/afsluiting",
                t -> post("/api/v1/plaatsingen/" + placement + "/heropende-ondersteuning/" + reopening + "/afsluiting"));
        e.put("GET /api/v1/nazorg", t -> get("/api/v1/nazorg").param("alle", "true").param("vooruitkijken", "90"));
        e.put("GET /api/v1/werkzoekenden/{clientId}/uitstroom", t -> get("/api/v1/werkzoekenden/" + t.client() + "/uitstroom"));
        e.put("POST /api/v1/werkzoekenden/{clientId}/uitstroom", t -> json(post("/api/v1/werkzoekenden/" + t.client() + "/uitstroom"),
                "{\"datum\": \"" + LocalDate.now() + "\", \"reden\": \"werk\", \"omvang\": \"volledig\"}"));
        e.put("POST /api/v1/werkzoekenden/{clientId}/herinstroom", t -> json(post("/api/v1/werkzoekenden/" + t.client() + "/herinstroom"),
                "{\"datum\": \"" + LocalDate.now() + "\"}"));
        String client = "/werkzoekenden/{clientId}";
        e.put("GET " + client + "/plaatsingen", t -> get("/werkzoekenden/" + t.client() + "/plaatsingen"));
        e.put("GET " + client + "/plaatsingen/nieuw", t -> get("/werkzoekenden/" + t.client() + "/plaatsingen/nieuw"));
        e.put("POST " + client + "/plaatsingen/nieuw", t -> form(post("/werkzoekenden/" + t.client() + "/plaatsingen/nieuw"),
                "type=REGULAR_WORK&start=2026-01-05&hours=20"));
        e.put("POST " + client + "/uitstroom", t -> form(post("/werkzoekenden/" + t.client() + "/uitstroom"),
                "date=" + LocalDate.now() + "&reason=WORK&extent=FULL"));
        e.put("POST " + client + "/herinstroom", t -> form(post("/werkzoekenden/" + t.client() + "/herinstroom"), "date=" + LocalDate.now()));
        e.put("GET /plaatsingen/{placementId}", t -> get("/plaatsingen/" + placement));
        e.put("POST /plaatsingen/{placementId}/beeindiging", t -> form(post("/plaatsingen/" + placement + "/beeindiging"),
                "end=" + LocalDate.now() + "&endReason=Klaar"));
        e.put("POST /plaatsingen/{placementId}/nazorg/{followUpId}", t -> form(post("/plaatsingen/" + placement + "/nazorg/" + followUp),
                "held=" + LocalDate.now() + "&outcome=Goed"));
        e.put("POST /plaatsingen/{placementId}/heropende-ondersteuning/{reopeningId}/afsluiting",
                t -> form(post("/plaatsingen/" + placement + "/heropende-ondersteuning/" + reopening + "/afsluiting"), ""));
        e.put("GET /nazorg", t -> get("/nazorg").param("alle", "true"));
        return e;
    }

    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM placement WHERE municipality_code IN ('GM0037', 'GM0047')) || ':' "
                + "|| (SELECT COUNT(*) || '/' || SUM(version) FROM follow_up WHERE municipality_code IN ('GM0037', 'GM0047')) || ':' "
                + "|| (SELECT SUM(version) FROM placement WHERE municipality_code IN ('GM0037', 'GM0047')) || ':' "
                + "|| (SELECT COUNT(*) || '/' || SUM(version) FROM support_reopening WHERE municipality_code IN ('GM0037', 'GM0047')) || ':' "
                + "|| (SELECT COUNT(*) FROM outflow WHERE municipality_code IN ('GM0037', 'GM0047')) || ':' "
                + "|| (SELECT COUNT(*) FROM re_entry WHERE municipality_code IN ('GM0037', 'GM0047'))").query(String.class).single();
    }
}
