package nl.opstap.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document Opstap serves is the contract: it must equal the committed snapshot from which the test client
 * is generated at build time (see {@link ApiFlowsIT}), so the spec and the behaviour cannot drift apart.
 */
@OpstapIntegrationTest
class ApiContractIT {

    @LocalServerPort int port;

    @Test
    void theServedDocumentIsTheCommittedSnapshot() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/openapi.json")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("GET /api/v1/openapi.json answered %s; the server log says why (for example two "
                + "API types that would share a schema name, see SchemaNameGuard)", answer.statusCode()).isEqualTo(200);
        JsonNode served = OpenApiSnapshot.normalise(answer.body());
        OpenApiSnapshot.write(served, OpenApiSnapshot.SERVED);
        if (Boolean.getBoolean(OpenApiSnapshot.REFRESH_PROPERTY)) {
            OpenApiSnapshot.write(served, OpenApiSnapshot.COMMITTED);
        }
        List<String> differences = OpenApiSnapshot.differences(OpenApiSnapshot.committed(), served, 10);
        assertThat(differences).as("""
                The OpenAPI document served at /api/v1/openapi.json differs from the committed snapshot %s (first \
                differences as JSON pointers below). If the API change is intended, refresh the snapshot with
                    %s
                (the served document is in %s) or run
                    %s
                then rebuild so the test client is generated anew, and commit the snapshot with the change.""",
                OpenApiSnapshot.COMMITTED, OpenApiSnapshot.REFRESH, OpenApiSnapshot.SERVED, OpenApiSnapshot.REFRESH_RUN).isEmpty();
    }
}
