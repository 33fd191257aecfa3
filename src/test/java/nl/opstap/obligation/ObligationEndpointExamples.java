package nl.opstap.obligation;

import static nl.opstap.testsupport.EndpointExamples.form;
import static nl.opstap.testsupport.EndpointExamples.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
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
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.testsupport.EndpointExamples;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.ForeignTarget;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The obligation module's endpoints, aimed at a Stadskanaal client with a signal, a measure, an exemption and a bonus. */
class ObligationEndpointExamples implements EndpointExamples {

    private final String secretSignal = Fixtures.unique("Geheimsignaal");
    private UUID signal;
    private UUID exemption;

    @Override
    public void prepare(ApplicationContext context, ForeignTarget target) {
        UserAccounts accounts = context.getBean(UserAccounts.class);
        Access caseworker = accounts.accessFor(target.foreignUser(), Permission.CLIENT_WRITE, Channel.BATCH);
        LocalDate today = LocalDate.now();
        context.getBean(ObligationRegister.class).recordHistory(caseworker, List.of(new ObligationRegister.ClientHistory(target.client(),
                new MunicipalityCode(Fixtures.STADSKANAAL),
                List.of(new Forms.ObligationForm(ObligationKind.ARBEIDSVERPLICHTING, today.minusYears(1), null, null)),
                List.of(new Forms.ExemptionForm(ObligationKind.ARBEIDSVERPLICHTING, ExemptionReason.MEDISCH, today.minusMonths(2), null,
                        today.plusMonths(4), null)),
                List.of(new ObligationRegister.SignalHistory(new Forms.SignalForm(SignalKind.FRAUDESIGNAAL, today.minusDays(30), secretSignal),
                        null, List.of(new Forms.MeasureForm(null, MeasureKind.WAARSCHUWING, 0, today.minusDays(10), null, today.minusDays(10), null)))),
                List.of(new Forms.BonusForm(today.minusDays(5), new BigDecimal("250.00"), "Werkbonus")))));
        signal = context.getBean(JdbcClient.class).sql("SELECT id FROM client_signal WHERE client_id = ?").param(target.client().value())
                .query(UUID.class).single();
        exemption = context.getBean(JdbcClient.class).sql("SELECT id FROM exemption WHERE client_id = ?").param(target.client().value())
                .query(UUID.class).single();
    }

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        String today = LocalDate.now().toString();
        e.put("GET /werkzoekenden/{id}/verplichtingen", t -> get("/werkzoekenden/" + t.client() + "/verplichtingen"));
        e.put("POST /werkzoekenden/{id}/verplichtingen", t -> form(post("/werkzoekenden/" + t.client() + "/verplichtingen"),
                "kind=TAALEIS&validFrom=" + today));
        e.put("POST /werkzoekenden/{id}/ontheffingen", t -> form(post("/werkzoekenden/" + t.client() + "/ontheffingen"),
                "obligationKind=TAALEIS&reason=MEDISCH&validFrom=" + today + "&recheckOn=" + today));
        e.put("POST /werkzoekenden/{id}/signalen", t -> form(post("/werkzoekenden/" + t.client() + "/signalen"),
                "kind=FRAUDESIGNAAL&signalDate=" + today + "&description=Indringer"));
        e.put("POST /werkzoekenden/{id}/maatregelen", t -> form(post("/werkzoekenden/" + t.client() + "/maatregelen"),
                "signalId=" + signal + "&kind=VERLAGING&percentage=100&validFrom=" + today + "&decidedOn=" + today));
        e.put("POST /werkzoekenden/{id}/premies", t -> form(post("/werkzoekenden/" + t.client() + "/premies"),
                "bonusDate=" + today + "&amount=100&reason=Indringer"));
        e.put("POST /werkzoekenden/{id}/ontheffingen/{exemptionId}/herbeoordeling", t -> form(post("/werkzoekenden/" + t.client()
                + "/ontheffingen/" + exemption + "/herbeoordeling"), "recheckedOn=" + today + "&outcome=BEEINDIGD&endsOn=" + today));
        e.put("POST /api/v1/werkzoekenden/{id}/ontheffingen/{exemptionId}/herbeoordeling", t -> json(post("/api/v1/werkzoekenden/"
                + t.client() + "/ontheffingen/" + exemption + "/herbeoordeling"),
                "{\"herbeoordeeldOp\": \"" + today + "\", \"uitkomst\": \"beeindigd\", \"eindigtOp\": \"" + today + "\"}"));
        e.put("POST /werkzoekenden/{id}/signalen/{signalId}/afhandelen", t -> form(post("/werkzoekenden/" + t.client() + "/signalen/"
                + signal + "/afhandelen"), "handledOn=" + today));
        for (String part : List.of("verplichtingen", "ontheffingen", "signalen", "maatregelen", "premies")) {
            e.put("GET /api/v1/werkzoekenden/{id}/" + part, t -> get("/api/v1/werkzoekenden/" + t.client() + "/" + part));
        }
        e.put("POST /api/v1/werkzoekenden/{id}/verplichtingen", t -> json(post("/api/v1/werkzoekenden/" + t.client() + "/verplichtingen"),
                "{\"soort\": \"taaleis\", \"ingangsdatum\": \"" + today + "\"}"));
        e.put("POST /api/v1/werkzoekenden/{id}/ontheffingen", t -> json(post("/api/v1/werkzoekenden/" + t.client() + "/ontheffingen"),
                "{\"verplichting\": \"taaleis\", \"reden\": \"medisch\", \"ingangsdatum\": \"" + today + "\", \"herbeoordelingsdatum\": \"" + today + "\"}"));
        e.put("POST /api/v1/werkzoekenden/{id}/signalen", t -> json(post("/api/v1/werkzoekenden/" + t.client() + "/signalen"),
                "{\"soort\": \"fraudesignaal\", \"datum\": \"" + today + "\", \"omschrijving\": \"Indringer\"}"));
        e.put("POST /api/v1/werkzoekenden/{id}/signalen/{signalId}/afhandelen", t -> json(post("/api/v1/werkzoekenden/" + t.client()
                + "/signalen/" + signal + "/afhandelen"), "{\"afgehandeldOp\": \"" + today + "\"}"));
        e.put("POST /api/v1/werkzoekenden/{id}/maatregelen", t -> json(post("/api/v1/werkzoekenden/" + t.client() + "/maatregelen"),
                "{\"signaalId\": \"" + signal + "\", \"soort\": \"verlaging\", \"percentage\": 100, \"ingangsdatum\": \"" + today
                        + "\", \"besluitdatum\": \"" + today + "\"}"));
        e.put("POST /api/v1/werkzoekenden/{id}/premies", t -> json(post("/api/v1/werkzoekenden/" + t.client() + "/premies"),
                "{\"datum\": \"" + today + "\", \"bedrag\": 100, \"reden\": \"Indringer\"}"));
        return e;
    }

    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        StringBuilder all = new StringBuilder();
        for (String table : List.of("obligation", "exemption", "client_signal", "measure", "work_bonus")) {
            all.append(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE client_id = ?").param(target.client().value())
                    .query(Long.class).single()).append(',');
        }
        all.append(jdbc.sql("SELECT status FROM client_signal WHERE client_id = ? ORDER BY id").param(target.client().value())
                .query(String.class).list());
        all.append(jdbc.sql("SELECT recheck_on || '/' || COALESCE(CAST(valid_until AS VARCHAR(10)), '-') FROM exemption WHERE client_id = ? ORDER BY id")
                .param(target.client().value()).query(String.class).list());
        return all.toString();
    }

    @Override
    public List<String> secrets() {
        return List.of(secretSignal);
    }
}
