package nl.opstap.diagnosis;

import static nl.opstap.testsupport.EndpointExamples.form;
import static nl.opstap.testsupport.EndpointExamples.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.testsupport.EndpointExamples;
import nl.opstap.testsupport.ForeignTarget;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The diagnosis endpoints aimed at a Stadskanaal client with a full diagnosis, for the authorisation test. */
class DiagnosisEndpointExamples implements EndpointExamples {

    static final String SECRET_PROVIDER = "Geheimeaanbieder";
    private final Map<String, UUID> facts = new LinkedHashMap<>();

    @Override
    public void prepare(ApplicationContext context, ForeignTarget target) {
        UserAccounts accounts = context.getBean(UserAccounts.class);
        Diagnoses diagnoses = context.getBean(Diagnoses.class);
        var access = accounts.accessFor(target.foreignUser(), Permission.CLIENT_WRITE, Channel.BATCH);
        Map<ZrmDomain, ZrmScore> scores = new EnumMap<>(ZrmDomain.class);
        for (ZrmDomain d : ZrmDomain.values()) {
            scores.put(d, ZrmScore.LIMITED);
        }
        LocalDate from = LocalDate.of(2020, 1, 1);
        List<FactRecord> all = List.of(new FactRecord.SituationFact(target.client(), CurrentSituation.DIRECT_WERK, from),
                new FactRecord.PerspectiveFact(target.client(), Perspective.WERK, from),
                new FactRecord.LadderFact(target.client(), LadderStep.STEP_4, from),
                new FactRecord.SectorsFact(target.client(), List.of("BOUW"), from),
                new FactRecord.ZrmFact(target.client(), scores, from),
                new FactRecord.TestFact(target.client(), TestType.LANGUAGE, SECRET_PROVIDER, from, "1F", null, null),
                new FactRecord.OccupationFact(target.client(), "http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34",
                        OccupationKind.INTEREST, from, null, null));
        for (FactRecord fact : all) {
            facts.put(fact.kind().name(), diagnoses.record(access, fact).id());
        }
    }

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        String screen = "/werkzoekenden/{id}/diagnose";
        e.put("GET " + screen, t -> get("/werkzoekenden/" + t.client() + "/diagnose").param("corrigeer", String.valueOf(facts.get("SITUATION"))));
        Map<String, String> forms = Map.of(
                "situatie", "situation=WERKEN_ERVAREN&situationFrom=2021-01-01",
                "perspectief", "perspective=ZORG&perspectiveFrom=2021-01-01",
                "trede", "step=2&ladderFrom=2021-01-01",
                "sectoren", "sectors=GROEN&sectorsFrom=2021-01-01",
                "zrm", "version=ZRM+2017&zrmOn=2021-01-01&finances=1&workEducation=1&timeUse=1&housing=1&domesticRelations=1&mentalHealth=1"
                        + "&physicalHealth=1&substanceUse=1&basicAdl=1&instrumentalAdl=1&socialNetwork=1&socialParticipation=1&justice=1",
                "testen", "testType=OTHER&provider=X&testOn=2021-01-01&result=Y",
                "beroepen", "uri=http%3A%2F%2Fdata.europa.eu%2Fesco%2Foccupation%2F00030d09-2b3a-4efd-87cc-c4ea39d27c34&occupationKind=EXPERIENCE"
                        + "&occupationFrom=2021-01-01");
        forms.forEach((path, body) -> e.put("POST " + screen + "/" + path, t -> form(post("/werkzoekenden/" + t.client() + "/diagnose/" + path),
                body + "&correctie=" + facts.get(kindOfScreen(path)) + "&" + reasonOf(path) + "=weg")));
        String api = "/api/v1/werkzoekenden/{id}";
        e.put("GET " + api + "/diagnose", t -> get("/api/v1/werkzoekenden/" + t.client() + "/diagnose").param("peildatum", "2020-06-01"));
        Map<String, String> bodies = Map.of(
                "situaties", "{\"situatie\": \"werken-ervaren\", \"ingangsdatum\": \"2021-01-01\", \"reden\": \"x\"}",
                "perspectieven", "{\"perspectief\": \"zorg\", \"ingangsdatum\": \"2021-01-01\", \"reden\": \"x\"}",
                "laddertreden", "{\"trede\": 2, \"ingangsdatum\": \"2021-01-01\", \"reden\": \"x\"}",
                "sectoren", "{\"sectoren\": [\"GROEN\"], \"ingangsdatum\": \"2021-01-01\", \"reden\": \"x\"}",
                "zrm-metingen", DiagnosisIT.zrm("2021-01-01", 1, "").replace("}", ", \"reden\": \"x\"}"),
                "testen", "{\"soort\": \"overig\", \"aanbieder\": \"X\", \"datum\": \"2021-01-01\", \"resultaat\": \"Y\", \"reden\": \"x\"}",
                "beroepen", "{\"uri\": \"http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34\", \"soort\": \"ervaring\","
                        + " \"vanaf\": \"2021-01-01\", \"reden\": \"x\"}");
        bodies.forEach((path, body) -> {
            e.put("GET " + api + "/" + path, t -> get("/api/v1/werkzoekenden/" + t.client() + "/" + path));
            e.put("POST " + api + "/" + path, t -> json(post("/api/v1/werkzoekenden/" + t.client() + "/" + path), body));
            e.put("POST " + api + "/" + path + "/{factId}/correctie", t -> json(post("/api/v1/werkzoekenden/" + t.client() + "/" + path + "/"
                    + facts.get(kindOfApi(path)) + "/correctie"), body));
        });
        return e;
    }

    private static String kindOfScreen(String path) {
        for (FactKind kind : FactKind.values()) {
            if (kind.screenPath().equals(path)) {
                return kind.name();
            }
        }
        throw new IllegalArgumentException(path);
    }

    private static String kindOfApi(String path) {
        for (FactKind kind : FactKind.values()) {
            if (kind.apiPath().equals(path)) {
                return kind.name();
            }
        }
        throw new IllegalArgumentException(path);
    }

    private static String reasonOf(String path) {
        return switch (path) {
            case "situatie" -> "situationReason";
            case "perspectief" -> "perspectiveReason";
            case "trede" -> "ladderReason";
            case "sectoren" -> "sectorsReason";
            case "zrm" -> "zrmReason";
            case "testen" -> "testReason";
            default -> "occupationReason";
        };
    }

    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        UUID id = target.client().value();
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM diagnosis_fact WHERE client_id = ?) || '/' || (SELECT COUNT(*) FROM zrm_assessment WHERE client_id = ?)"
                        + " || '/' || (SELECT COUNT(*) FROM diagnosis_test WHERE client_id = ?) || '/' || (SELECT COUNT(*) FROM diagnosis_occupation WHERE client_id = ?)"
                        + " || '/' || (SELECT COUNT(*) FROM diagnosis_fact WHERE client_id = ? AND corrected_at IS NOT NULL)")
                .params(id, id, id, id, id).query(String.class).single();
    }

    @Override
    public List<String> secrets() {
        return List.of(SECRET_PROVIDER);
    }
}
