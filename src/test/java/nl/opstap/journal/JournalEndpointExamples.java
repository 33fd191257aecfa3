package nl.opstap.journal;

import static nl.opstap.testsupport.EndpointExamples.form;
import static nl.opstap.testsupport.EndpointExamples.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.testsupport.EndpointExamples;
import nl.opstap.testsupport.ForeignTarget;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The journal's endpoints for the authorisation test, aimed at an entry of the foreign client. */
class JournalEndpointExamples implements EndpointExamples {

    static final String SECRET = "Geheim gespreksverslag uit Stadskanaal";
    private String entry = "00000000-0000-0000-0000-000000000000";

    @Override
    public void prepare(ApplicationContext context, ForeignTarget target) {
        Access access = context.getBean(UserAccounts.class).accessFor(target.foreignUser(), Permission.JOURNAL_WRITE, Channel.BATCH);
        entry = context.getBean(JournalService.class).write(access, target.client(),
                new NewJournalEntry(JournalType.GESPREKSVERSLAG, null, "Onderwerp", SECRET)).id().toString();
    }

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        e.put("GET /werkzoekenden/{id}/journaal", t -> get("/werkzoekenden/" + t.client() + "/journaal"));
        e.put("POST /werkzoekenden/{id}/journaal", t -> form(post("/werkzoekenden/" + t.client() + "/journaal"), "type=OVERIG&text=Indringer"));
        e.put("GET /werkzoekenden/{id}/journaal/{entryId}", t -> get("/werkzoekenden/" + t.client() + "/journaal/" + entry));
        e.put("POST /werkzoekenden/{id}/journaal/{entryId}/correctie",
                t -> form(post("/werkzoekenden/" + t.client() + "/journaal/" + entry + "/correctie"), "text=Indringer&reason=x"));
        String api = "/api/v1/werkzoekenden/{id}/journaal";
        e.put("GET " + api, t -> get("/api/v1/werkzoekenden/" + t.client() + "/journaal"));
        e.put("POST " + api, t -> json(post("/api/v1/werkzoekenden/" + t.client() + "/journaal"), "{\"soort\": \"overig\", \"tekst\": \"Indringer\"}"));
        e.put("GET " + api + "/{entryId}", t -> get("/api/v1/werkzoekenden/" + t.client() + "/journaal/" + entry));
        e.put("POST " + api + "/{entryId}/correctie", t -> json(post("/api/v1/werkzoekenden/" + t.client() + "/journaal/" + entry + "/correctie"),
                "{\"tekst\": \"Indringer\", \"reden\": \"x\"}"));
        return e;
    }

    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        return jdbc.sql("""
                        SELECT COUNT(DISTINCT e.id) || ':' || COUNT(r.revision_no) FROM journal_entry e
                        LEFT JOIN journal_revision r ON r.entry_id = e.id WHERE e.client_id = ?""")
                .param(target.client().value()).query(String.class).single();
    }

    @Override
    public List<String> secrets() {
        return List.of(SECRET);
    }
}
