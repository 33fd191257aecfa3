package nl.opstap.importing;

import static nl.opstap.testsupport.EndpointExamples.form;
import static nl.opstap.testsupport.EndpointExamples.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.Municipalities;
import nl.opstap.testsupport.EndpointExamples;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.ForeignTarget;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The export endpoints for the authorisation test: a finished migration export of the foreign organisation (TDC) that
 * nobody elsewhere may see or download, and starting an export of that organisation, which must be refused.
 */
class ExportEndpointExamples implements EndpointExamples {

    private static volatile UUID foreignJob = new UUID(0, 1);
    private static volatile UUID foreignOrganisation = new UUID(0, 2);

    @Override
    public void prepare(ApplicationContext context, ForeignTarget target) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        foreignOrganisation = context.getBean(Municipalities.class).find(new MunicipalityCode(Fixtures.STADSKANAAL)).orElseThrow()
                .organisationId().value();
        UUID job = UUID.randomUUID();
        var now = Instant.now().atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO export_job (id, organisation_id, municipalities, status, started_by, started_by_name, total_count, done_count,
                    created_at, heartbeat_at, finished_at, file_bytes) VALUES (?, ?, 'GM0037,GM0047', 'DONE', ?, 'Beheerder TDC', 1, 1, ?, ?, ?, 3)""")
                .params(job, foreignOrganisation, target.foreignUser().value(), now, now, now).update();
        jdbc.sql("INSERT INTO export_file (job_id, content, created_at) VALUES (?, ?, ?)")
                .params(job, encrypted(context.getBean(ExportFileCipher.class), job), now).update();
        foreignJob = job;
    }

    /** A real (tiny) export file, so that a user who may download it gets it rather than a decryption failure. */
    private static byte[] encrypted(ExportFileCipher cipher, UUID job) {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = cipher.encrypting(bytes, job)) {
            out.write(new byte[] {1, 2, 3});
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        e.put("GET /export", t -> get("/export").param("export", foreignJob.toString()));
        e.put("GET /export/kandidatenverkenner", t -> get("/export/kandidatenverkenner").param("formaat", "csv"));
        e.put("POST /export/migratie", t -> form(post("/export/migratie"), "organisatie=" + foreignOrganisation));
        e.put("GET /export/migratie/{id}/status", t -> get("/export/migratie/" + foreignJob + "/status"));
        e.put("GET /export/migratie/{id}/bestand", t -> get("/export/migratie/" + foreignJob + "/bestand"));
        e.put("GET /api/v1/exporten/kandidatenverkenner", t -> get("/api/v1/exporten/kandidatenverkenner").param("formaat", "xlsx"));
        e.put("POST /api/v1/exporten/migratie", t -> json(post("/api/v1/exporten/migratie"), "{\"organisatie\": \"" + foreignOrganisation + "\"}"));
        e.put("GET /api/v1/exporten/migratie", t -> get("/api/v1/exporten/migratie"));
        e.put("GET /api/v1/exporten/migratie/{id}", t -> get("/api/v1/exporten/migratie/" + foreignJob));
        e.put("GET /api/v1/exporten/migratie/{id}/bestand", t -> get("/api/v1/exporten/migratie/" + foreignJob + "/bestand"));
        return e;
    }

    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        return jdbc.sql("SELECT COUNT(*) FROM export_job WHERE organisation_id = ?").param(foreignOrganisation).query(String.class).single()
                + "/" + jdbc.sql("SELECT COUNT(*) FROM export_file WHERE job_id = ?").param(foreignJob).query(String.class).single();
    }
}
