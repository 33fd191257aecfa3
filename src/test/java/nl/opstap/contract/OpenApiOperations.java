package nl.opstap.contract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Every operation of the committed OpenAPI document, with its parameters and body schema ({@code $ref}s resolved on demand). */
final class OpenApiOperations {

    /** A declared parameter: where it goes (path, query, header) and its schema. */
    record Param(String name, String in, boolean required, JsonNode schema) {}

    record Operation(String method, String path, List<Param> params, @Nullable String bodyType, @Nullable JsonNode bodySchema,
                     boolean bodyRequired) {

        List<Param> in(String where) {
            return params.stream().filter(p -> p.in().equals(where)).toList();
        }

        boolean changes() {
            return !method.equals("GET");
        }

        /** A change with nothing in it that could be malformed: only a missing or bad token may be tried (it would otherwise run). */
        boolean changesWithoutInput() {
            return changes() && bodyType == null && params.isEmpty();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();

    OpenApiOperations() throws IOException {
        this.document = OpenApiSnapshot.committed();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (METHODS.contains(op.getKey())) {
                    operations.add(operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue()));
                }
            }
        }
    }

    List<Operation> all() {
        return List.copyOf(operations);
    }

    /** The schema itself, or the one its {@code $ref} names. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String name = current.get("$ref").asString().substring("#/components/schemas/".length());
            current = document.path("components").path("schemas").path(name);
        }
        return current;
    }

    private Operation operation(String method, String path, JsonNode op) {
        List<Param> params = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            params.add(new Param(p.get("name").asString(), p.get("in").asString(), p.path("required").asBoolean(false),
                    resolve(p.path("schema"))));
        }
        String bodyType = null;
        JsonNode bodySchema = null;
        JsonNode content = op.path("requestBody").path("content");
        if (content.isObject() && !content.isEmpty()) {
            Map.Entry<String, JsonNode> first = content.properties().iterator().next();
            bodyType = first.getKey();
            bodySchema = resolve(first.getValue().path("schema"));
        }
        return new Operation(method, path, params, bodyType, bodySchema == null ? null : bodySchema.deepCopy(),
                op.path("requestBody").path("required").asBoolean(false));
    }
}
