package nl.opstap.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** A form body Tomcat cannot decode (a lone "%"), found by ApiFuzzIT: 400 problem+json, not 500. Real HTTP: MockMvc does not decode. */
@OpstapIntegrationTest
class UndecodableParametersIT {

    @Value("${local.server.port}") int port;

    @Test
    void aLonePercentSignInAFormBodyIsTheCallersMistake() throws Exception {
        String path = "/api/v1/werkzoekenden/" + UUID.randomUUID() + "/zrm-metingen/" + UUID.randomUUID() + "/correctie";
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer demo-token-consulent.steenwijkerland")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("%")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("%");
    }
}
