package nl.opstap.contract;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.opstap.contract.client.ApiClient;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client generated from the committed OpenAPI document, pointed at the running Opstap with a personal API token.
 * Its mapper fails on properties the document does not declare, and every answer is recorded so that its status can be
 * checked against the document.
 */
final class ContractClient {

    /** One answer as it came over the wire. */
    record Exchange(HttpMethod method, String path, int status, MediaType contentType) {}

    /** Strict: a field the server sends but the document does not declare breaks the test. */
    static final JsonMapper STRICT = ApiClient.createDefaultMapper(null).rebuild()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private ContractClient() {}

    static ApiClient of(int port, String token, List<Exchange> exchanges) {
        RestClient rest = ApiClient.buildRestClientBuilder(STRICT)
                .requestInterceptor((request, body, execution) -> {
                    var response = execution.execute(request, body);
                    exchanges.add(new Exchange(request.getMethod(), request.getURI().getPath(), response.getStatusCode().value(),
                            response.getHeaders().getContentType()));
                    return response;
                })
                .build();
        ApiClient client = new ApiClient(rest, STRICT, ApiClient.createDefaultDateFormat());
        client.setBasePath("http://localhost:" + port);
        client.setBearerToken(token);
        return client;
    }

    static List<Exchange> recorder() {
        return new CopyOnWriteArrayList<>();
    }
}
