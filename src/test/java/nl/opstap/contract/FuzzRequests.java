package nl.opstap.contract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import nl.opstap.contract.OpenApiOperations.Operation;
import nl.opstap.contract.OpenApiOperations.Param;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/**
 * Generates hostile requests for the operations of the OpenAPI document, one kind per method: each has one part
 * malformed or hostile (path, query, body, headers, token) and the rest as a real client would send it, with a token of a
 * role that may use the endpoint, so the request gets as far into the application as it can. Every body is malformed
 * ({@link MalformedBodies}) and a change without a body is sent only with hostile path values, so none of them may
 * store anything.
 */
final class FuzzRequests {

    /** One request: the operation it targets and what is sent. */
    record FuzzRequest(Operation operation, String kind, String uri, Map<String, String> headers, @Nullable String contentType,
                       byte @Nullable [] body) {

        @Override
        public String toString() {
            String shownBody = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return kind + ": " + operation.method() + " " + abbreviate(uri) + " headers " + headers.keySet() + " "
                    + (contentType == null ? "" : contentType + " ") + abbreviate(shownBody);
        }

        private static String abbreviate(String text) {
            return text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + " chars)" : text;
        }
    }

    private final List<Operation> operations;
    private final MalformedBodies bodies;
    private final RealIds ids;

    FuzzRequests(OpenApiOperations document, RealIds ids) {
        this.operations = document.all();
        this.bodies = new MalformedBodies(document);
        this.ids = ids;
    }

    Arbitrary<FuzzRequest> pathParameters() {
        return Arbitraries.of(operations.stream().filter(op -> !op.in("path").isEmpty()).toList()).flatMap(op -> {
            Arbitrary<Integer> hostileOne = Arbitraries.integers().between(0, op.in("path").size() - 1);
            return Combinators.combine(hostileOne, pathValues(op), body(op), RoleTokens.forPath(op.path()))
                    .as((index, values, body, token) -> request(op, "path", hostileAt(values, index), Map.of(), token, body, ifMatch(op)));
        });
    }

    Arbitrary<FuzzRequest> queryParameters() {
        return Arbitraries.of(operations.stream().filter(op -> !op.in("query").isEmpty()).toList()).flatMap(op -> {
            Arbitrary<Map<String, List<String>>> query = queryValues(op);
            return Combinators.combine(pathValues(op), query, body(op), RoleTokens.forPath(op.path()))
                    .as((values, q, body, token) -> request(op, "query", real(values), q, token, body, ifMatch(op)));
        });
    }

    Arbitrary<FuzzRequest> bodies() {
        return Arbitraries.of(operations.stream().filter(op -> op.bodyType() != null).toList()).flatMap(op ->
                Combinators.combine(pathValues(op), body(op), RoleTokens.forPath(op.path()))
                        .as((values, body, token) -> request(op, "body", real(values), Map.of(), token, body, ifMatch(op))));
    }

    Arbitrary<FuzzRequest> headers() {
        return Arbitraries.of(operations.stream().filter(op -> !op.changesWithoutInput()).toList()).flatMap(op -> {
            Arbitrary<Map<String, String>> headers = Combinators.combine(HostileValues.accept().injectNull(0.3),
                    HostileValues.contentType().injectNull(0.3), HostileValues.ifMatch().injectNull(0.3)).as((accept, type, match) -> {
                Map<String, String> h = new LinkedHashMap<>();
                if (accept != null) h.put("Accept", accept);
                if (type != null) h.put("Content-Type", type);
                if (match != null && (!op.in("header").isEmpty() || op.changes())) h.put("If-Match", match);
                return h;
            });
            return Combinators.combine(pathValues(op), body(op), RoleTokens.forPath(op.path()), headers)
                    .as((values, body, token, h) -> {
                        Map<String, String> all = new LinkedHashMap<>(ifMatch(op));
                        all.putAll(h);
                        return request(op, "headers", real(values), Map.of(), token, body, all);
                    });
        });
    }

    Arbitrary<FuzzRequest> tokens() {
        return Arbitraries.of(operations).flatMap(op -> Combinators.combine(pathValues(op), body(op),
                HostileValues.badAuthorization().injectNull(0.2)).as((values, body, auth) ->
                request(op, "token", real(values), Map.of(), auth, body, ifMatch(op))));
    }

    /** Every operation, three times, whatever the generators draw: without a token, with a malformed and with an unknown one. */
    List<FuzzRequest> everyOperationWithBadTokens() {
        List<FuzzRequest> all = new ArrayList<>();
        for (Operation op : operations) {
            List<String> path = op.in("path").stream().map(p -> "00000000-0000-4000-8000-000000000000").toList();
            for (String auth : java.util.Arrays.asList(null, "Bearer ", "Bearer opstap_onbekend0000000000000000000000000000")) {
                all.add(request(op, "token", path, Map.of(), auth, null, ifMatch(op)));
            }
        }
        return all;
    }

    /** Per path parameter a real id (prefixed \u0002) where one is known and the request cannot store anything, else a hostile value. */
    private Arbitrary<List<String>> pathValues(Operation op) {
        List<Arbitrary<String>> each = new ArrayList<>();
        for (Param p : op.in("path")) {
            List<String> real = op.changes() && op.bodyType() == null ? List.of() : ids.of(op.path(), p.name());
            Arbitrary<String> hostile = HostileValues.pathValue();
            each.add(real.isEmpty() ? hostile : Arbitraries.oneOf(Arbitraries.of(real).map(id -> "\u0002" + id), hostile));
        }
        return each.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(each).as(List::copyOf);
    }

    private Arbitrary<Map<String, List<String>>> queryValues(Operation op) {
        List<Arbitrary<Map.Entry<String, List<String>>>> each = new ArrayList<>();
        for (Param p : op.in("query")) {
            Arbitrary<List<String>> values = HostileValues.queryValue(p.schema()).list().ofMinSize(1).ofMaxSize(3);
            each.add(values.injectNull(0.3).map(v -> Map.entry(p.name(), v == null ? List.<String>of() : v)));
        }
        each.add(HostileValues.hostile().list().ofMaxSize(2).map(v -> Map.entry("onbekend", v)));
        return Combinators.combine(each).as(entries -> {
            Map<String, List<String>> query = new LinkedHashMap<>();
            entries.stream().filter(e -> !e.getValue().isEmpty()).forEach(e -> query.put(e.getKey(), e.getValue()));
            return query;
        });
    }

    /** "content type\nbody", or null when the operation takes no body. */
    private Arbitrary<@Nullable String> body(Operation op) {
        if (op.bodyType() == null) {
            return Arbitraries.just(null);
        }
        if (op.bodyType().startsWith("multipart/")) {
            return MalformedBodies.multipart();
        }
        return bodies.of(op.bodySchema(), op.bodyRequired()).map(b -> "application/json\n" + b);
    }

    private static Map<String, String> ifMatch(Operation op) {
        return op.in("header").stream().anyMatch(p -> p.name().equals("If-Match")) ? Map.of("If-Match", "\"1\"") : Map.of();
    }

    private static List<String> real(List<String> values) {
        return values.stream().map(v -> v.startsWith("\u0002") ? v.substring(1) : v).toList();
    }

    /** The values with a hostile one at {@code index} (a real id chosen there is replaced by a near miss). */
    private static List<String> hostileAt(List<String> values, int index) {
        List<String> path = new ArrayList<>(real(values));
        if (values.get(index).startsWith("\u0002")) {
            String id = path.get(index);
            path.set(index, id.substring(0, Math.min(35, id.length())) + "g");
        }
        return path;
    }

    private static FuzzRequest request(Operation op, String kind, List<String> pathValues, Map<String, List<String>> query,
                                       @Nullable String authorization, @Nullable String body, Map<String, String> headers) {
        StringBuilder uri = new StringBuilder();
        int next = 0;
        for (String part : op.path().split("/", -1)) {
            if (!uri.isEmpty() || !part.isEmpty()) {
                uri.append('/');
            }
            if (part.startsWith("{")) {
                String value = pathValues.get(next++);
                uri.append(value.startsWith(HostileValues.RAW) ? value.substring(HostileValues.RAW.length())
                        : UriUtils.encodePathSegment(value, StandardCharsets.UTF_8));
            } else {
                uri.append(part);
            }
        }
        String separator = "?";
        for (Map.Entry<String, List<String>> q : query.entrySet()) {
            for (String value : q.getValue()) {
                uri.append(separator).append(q.getKey()).append('=').append(UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
                separator = "&";
            }
        }
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (authorization != null) {
            all.putIfAbsent("Authorization", authorization);
        }
        String contentType = null;
        byte[] bytes = null;
        if (body != null) {
            int newline = body.indexOf('\n');
            contentType = body.substring(0, newline);
            bytes = body.substring(newline + 1).getBytes(StandardCharsets.UTF_8);
        }
        if (all.containsKey("Content-Type")) {
            contentType = all.remove("Content-Type");
        }
        return new FuzzRequest(op, kind, uri.toString(), all, contentType, bytes);
    }
}
