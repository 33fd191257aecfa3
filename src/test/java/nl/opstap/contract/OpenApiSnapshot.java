package nl.opstap.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The committed OpenAPI document (src/test/openapi/opstap-api.json), from which the test client is generated, and its
 * comparison with the document a running Opstap serves. Only the server URL differs legitimately (the random port).
 */
final class OpenApiSnapshot {

    static final Path COMMITTED = Path.of("src/test/openapi/opstap-api.json");
    static final Path SERVED = Path.of("target/openapi-served.json");
    static final String REFRESH = "cp target/openapi-served.json src/test/openapi/opstap-api.json";
    static final String REFRESH_RUN = "./mvnw -o -q -B verify -Dit.test=ApiContractIT -Dtest=None "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dopstap.openapi.refresh=true";
    /** -Dopstap.openapi.refresh=true makes the test write the served document over the snapshot instead of failing. */
    static final String REFRESH_PROPERTY = "opstap.openapi.refresh";
    private static final String SERVER = "http://localhost:8080";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private OpenApiSnapshot() {}

    /** The served document with its server URL set to the documented default, as the snapshot holds it. */
    static ObjectNode normalise(String served) {
        ObjectNode document = (ObjectNode) JSON.readTree(served);
        if (document.get("servers") instanceof ArrayNode servers) {
            servers.forEach(server -> ((ObjectNode) server).put("url", SERVER));
        }
        return document;
    }

    static JsonNode committed() throws IOException {
        return Files.exists(COMMITTED) ? JSON.readTree(Files.readString(COMMITTED)) : JsonNodeFactory.instance.objectNode();
    }

    static void write(JsonNode document, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.writeValueAsString(document) + "\n");
    }

    /** JSON-pointer paths where the two documents differ, depth first, at most {@code limit}. */
    static List<String> differences(JsonNode expected, JsonNode actual, int limit) {
        List<String> found = new ArrayList<>();
        compare("", expected, actual, found, limit);
        return found;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> found, int limit) {
        if (found.size() >= limit || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>(expected.propertyNames());
            names.addAll(actual.propertyNames());
            for (String name : names) {
                JsonNode e = expected.get(name);
                JsonNode a = actual.get(name);
                String child = path + "/" + name.replace("~", "~0").replace("/", "~1");
                if (e == null || a == null) {
                    if (found.size() < limit) {
                        found.add(child + (e == null ? " (only served)" : " (only in snapshot)"));
                    }
                } else {
                    compare(child, e, a, found, limit);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "/" + i, expected.get(i), actual.get(i), found, limit);
            }
        } else {
            found.add((path.isEmpty() ? "/" : path) + " (snapshot " + abbreviate(expected) + ", served " + abbreviate(actual) + ")");
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
