package nl.opstap.contract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** The answers the committed OpenAPI document declares per operation, to hold the recorded exchanges against. */
final class DeclaredResponses {

    private record Route(String template, Pattern pattern, JsonNode item) {}

    private final List<Route> routes = new ArrayList<>();

    DeclaredResponses() throws IOException {
        for (Map.Entry<String, JsonNode> path : OpenApiSnapshot.committed().get("paths").properties()) {
            String regex = java.util.Arrays.stream(path.getKey().split("/", -1))
                    .map(part -> part.startsWith("{") ? "[^/]+" : Pattern.quote(part))
                    .collect(java.util.stream.Collectors.joining("/"));
            routes.add(new Route(path.getKey(), Pattern.compile(regex), path.getValue()));
        }
    }

    /** What is wrong with an exchange according to the document, if anything. */
    Optional<String> violation(ContractClient.Exchange exchange) {
        String method = exchange.method().name().toLowerCase(Locale.ROOT);
        Optional<Route> route = routes.stream()
                .filter(r -> r.pattern().matcher(exchange.path()).matches() && r.item().has(method))
                .min(Comparator.comparingLong(r -> r.template().chars().filter(c -> c == '{').count()));
        if (route.isEmpty()) {
            return Optional.of(exchange.method() + " " + exchange.path() + ": no such operation in the document");
        }
        JsonNode response = route.get().item().get(method).path("responses").get(String.valueOf(exchange.status()));
        String operation = exchange.method() + " " + route.get().template();
        if (response == null) {
            return Optional.of(operation + " answered " + exchange.status() + ", which the document does not declare");
        }
        if (exchange.contentType() != null && response.has("content")) {
            String type = exchange.contentType().getType() + "/" + exchange.contentType().getSubtype();
            if (!response.get("content").has(type) && !response.get("content").has("*/*")) {
                return Optional.of(operation + " answered " + exchange.status() + " as " + type + ", the document declares "
                        + response.get("content").propertyNames());
            }
        }
        return Optional.empty();
    }
}
