package nl.opstap.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The import screens' steps as a user takes them, for the integration tests. */
final class ImportSteps {

    static final String ADMIN = "beheer.igsd";

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final String username;

    ImportSteps(MockMvc mvc, JdbcClient jdbc, String username) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.username = username;
    }

    /** Uploads and returns the job id. */
    UUID upload(String kind, String name, byte[] content) throws Exception {
        String location = mvc.perform(multipart("/import").file(new MockMultipartFile("bestand", name, "text/csv", content))
                        .param("soort", kind).with(user(username)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/import/");
        return UUID.fromString(location.substring("/import/".length()));
    }

    /** Checks with the given field → column mapping (and extra form fields) and waits until the check is over. */
    String check(UUID job, Map<String, String> columns, Map<String, String> extra) throws Exception {
        MockHttpServletRequestBuilder request = post("/import/" + job + "/controle").with(user(username)).with(csrf());
        columns.forEach((field, column) -> request.param("kolom." + field, column));
        extra.forEach(request::param);
        mvc.perform(request).andExpect(status().is3xxRedirection());
        return waitWhileRunning(job);
    }

    String run(UUID job, String mode) throws Exception {
        mvc.perform(post("/import/" + job + "/uitvoering").param("modus", mode).with(user(username)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return waitWhileRunning(job);
    }

    /** A start the page refuses: the answer is the page again with the reason next to the choice. */
    String runRefused(UUID job, String mode) throws Exception {
        return mvc.perform(post("/import/" + job + "/uitvoering").param("modus", mode).with(user(username)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    String page(UUID job) throws Exception {
        return mvc.perform(get("/import/" + job).with(user(username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The mapping step with a saved mapping chosen. */
    String mappingPage(UUID job, UUID savedMapping) throws Exception {
        return mvc.perform(get("/import/" + job + "/koppeling").param("koppeling", savedMapping.toString()).with(user(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    String waitWhileRunning(UUID job) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            String status = jdbc.sql("SELECT status FROM import_job WHERE id = ?").param(job).query(String.class).single();
            if (!status.equals("VALIDATING") && !status.equals("IMPORTING")) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import " + job + " still running after 60 s");
    }

    Map<String, Object> counts(UUID job) {
        return jdbc.sql("SELECT total_rows, empty_rows, error_rows, new_rows, changed_rows, unchanged_rows, message FROM import_job WHERE id = ?")
                .param(job).query().singleRow();
    }
}
