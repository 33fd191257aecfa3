package nl.opstap.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON bodies that can never be valid, so no request may store anything: not JSON at all, not an object, nested beyond
 * any limit, or an object of the declared schema in which at least one declared field has a type it can never have
 * (besides missing required fields, nulls, extra fields and huge strings elsewhere). Opstap reads no value leniently
 * into another type (ADR 0005), so the wrong type alone makes the request invalid.
 */
final class MalformedBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> NOT_JSON = List.of("", " ", "{", "}", "{\"a\":", "{'a':1}", "{\"a\":1,}", "[1,2", "nul",
            "{\"a\":NaN}", "{\"a\":01}", "{\"a\":\"\\x\"}", "{\"a\":\"\u0000\"}", "{\"a\" 1}", "<xml/>", "a=1&b=2",
            "{\"a\":-}", "\"unterminated", "{\"" + "k".repeat(70_000) + "\":1", "/* comment */ {\"a\":1}");
    private static final List<String> NOT_AN_OBJECT = List.of("[]", "[{}]", "\"text\"", "42", "null", "true", "-0.0", "[null]");

    private final OpenApiOperations document;

    MalformedBodies(OpenApiOperations document) {
        this.document = document;
    }

    /** A body for an operation declaring {@code schema} (null: no schema known); an optional body is never left empty. */
    Arbitrary<String> of(@Nullable JsonNode schema, boolean required) {
        Arbitrary<String> syntax = Arbitraries.oneOf(Arbitraries.of(NOT_JSON), Arbitraries.of(NOT_AN_OBJECT), deepNesting())
                .filter(body -> required || !(body.isBlank() || body.equals("null")));
        List<Map.Entry<String, JsonNode>> typed = schema == null ? List.of() : typedProperties(schema);
        if (typed.isEmpty()) {
            return syntax;
        }
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, syntax), net.jqwik.api.Tuple.of(4, wrongTypedObject(schema, typed)));
    }

    /** A multipart body with a broken structure or without the expected part; its content type comes with it ("type\nbody"). */
    static Arbitrary<String> multipart() {
        String part = "--B\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\nContent-Type: text/csv\r\n\r\n%s\r\n";
        return Arbitraries.oneOf(
                Arbitraries.of("garbage", "", "--B", "--B\r\n", part.formatted("bestand", "a.csv", "a;b").replace("\r\n\r\n", "\r\n"),
                        part.formatted("bestand", "a.csv", "a;b")).map(body -> "multipart/form-data; boundary=B\n" + body),
                HostileValues.hostile().map(name -> "multipart/form-data; boundary=B\n" + part.formatted(name.replaceAll("[\"\r\n]", ""),
                        "x.csv", "a;b") + "--B--\r\n"),
                Arbitraries.of("multipart/form-data\n--B--", "multipart/form-data; boundary=\n--\r\n",
                        "multipart/form-data; boundary=" + "B".repeat(5000) + "\ngarbage", "multipart/mixed; boundary=B\n--B--\r\n"));
    }

    private static Arbitrary<String> deepNesting() {
        return Arbitraries.integers().between(600, 20_000).flatMap(depth -> Arbitraries.of(
                "[".repeat(depth) + "]".repeat(depth), "{\"a\":".repeat(depth) + "1" + "}".repeat(depth),
                "{\"x\":" + "[".repeat(depth)));
    }

    /** Declared properties with a concrete type that the client may send (not read-only). */
    private List<Map.Entry<String, JsonNode>> typedProperties(JsonNode schema) {
        List<Map.Entry<String, JsonNode>> typed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
            JsonNode property = document.resolve(p.getValue());
            if (!property.path("readOnly").asBoolean(false) && (property.has("type") || property.has("enum"))) {
                typed.add(Map.entry(p.getKey(), property));
            }
        }
        return typed;
    }

    private Arbitrary<String> wrongTypedObject(JsonNode schema, List<Map.Entry<String, JsonNode>> typed) {
        Arbitrary<Map.Entry<String, JsonNode>> target = Arbitraries.of(typed);
        Arbitrary<List<Integer>> choices = Arbitraries.integers().between(0, 5).list().ofSize(typed.size() + 3);
        return Combinators.combine(target, choices, Arbitraries.integers().between(0, 3), HostileValues.hostile())
                .as((wrong, choice, wrongKind, hostile) -> {
                    ObjectNode body = NODES.objectNode();
                    List<Map.Entry<String, JsonNode>> all = typedProperties(schema);
                    for (int i = 0; i < all.size(); i++) {
                        String name = all.get(i).getKey();
                        switch (choice.get(i)) {
                            case 0 -> { } // missing (also when required)
                            case 1 -> body.putNull(name);
                            case 2 -> body.put(name, hostile);
                            case 3 -> body.set(name, wrongType(all.get(i).getValue(), wrongKind));
                            default -> body.set(name, plausible(all.get(i).getValue()));
                        }
                    }
                    if (choice.get(all.size()) < 2) {
                        body.put("onbekendVeld", hostile);
                        body.set("extra", NODES.arrayNode().add(1).add("twee"));
                    }
                    body.set(wrong.getKey(), wrongType(wrong.getValue(), wrongKind));
                    return body.toString();
                });
    }

    /** A value the declared type can never take; read leniently it is reported, never converted. */
    static JsonNode wrongType(JsonNode property, int kind) {
        String type = property.path("type").asString(property.has("enum") ? "string" : "object");
        ObjectNode object = NODES.objectNode().put("genest", "waarde");
        ArrayNode array = NODES.arrayNode().add(1).add("twee");
        return switch (type) {
            case "integer" -> kind % 3 == 0 ? NODES.stringNode("abc") : kind % 3 == 1 ? object : NODES.numberNode(1.5);
            case "number" -> kind % 2 == 0 ? NODES.stringNode("veel") : array;
            case "boolean" -> kind % 2 == 0 ? NODES.stringNode("ja") : object;
            case "array" -> kind % 2 == 0 ? object : NODES.numberNode(7);
            case "object" -> kind % 2 == 0 ? array : NODES.numberNode(7);
            default -> kind % 2 == 0 ? object : array;
        };
    }

    /** A value of the right type (which may still break a rule): the other fields look real, or huge. */
    private static JsonNode plausible(JsonNode property) {
        String type = property.path("type").asString("string");
        return switch (type) {
            case "integer" -> NODES.numberNode(Integer.MAX_VALUE);
            case "number" -> NODES.numberNode(-1e308);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> NODES.arrayNode().add("x".repeat(100_000));
            case "object" -> NODES.objectNode().put("sleutel", "\uD83D\uDE00");
            default -> property.has("enum") ? NODES.stringNode(property.get("enum").get(0).asString())
                    : property.path("format").asString("").equals("date") ? NODES.stringNode("2018-11-15")
                    : NODES.stringNode("x".repeat(100_000));
        };
    }
}
