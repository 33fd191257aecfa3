package nl.opstap.contract;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import tools.jackson.databind.JsonNode;

/**
 * Hostile and malformed values for path segments, query parameters and headers. None contains a word the leak check
 * looks for (class names, "Exception", "SQL"), so any such word in an answer came from the application.
 */
final class HostileValues {

    /** Marks a path value that is sent as is, already percent-encoded (or deliberately not). */
    static final String RAW = "\u0001raw:";

    static final List<String> PAYLOADS = List.of(
            "' OR '1'='1", "1; DROP TABLE client;--", "\" OR \"\"=\"", "' UNION SELECT password FROM app_user--",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "${7*7}", "#{7*7}",
            "{{7*7}}", "*{T(x)}", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "\u0000",
            "a\u0000b", "\uD83D\uDE00\uD83D\uDC4D", "Ω≈ç√∫˜µ≤≥÷", "\u202Eoverride", "\uFEFFbom", "\uFFFF", "\uD800",
            "null", "undefined", "NaN", "Infinity", "-1", "0", "-0", "1e309", "99999999999999999999999", "0x1F", "true", "[]",
            "{}", " ", "", "\t\n", "%", "%zz", "%00", "\\", "/", "//", ";", "*", "?", "#", "&", "=", "+", "..", ".",
            "ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ", "Zalgo̵̡͖̙̣̅͆̐", "GM9999", "GM1708' --", "123456782", "2018-02-30", "9999-12-31", "0000-00-00");

    private HostileValues() {}

    static Arbitrary<String> hostile() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(PAYLOADS)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars("aZ9%/.'\"<>&;").ofMinLength(1000).ofMaxLength(9000)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().alpha().ofLength(50_000)));
    }

    /** A UUID that is almost right, one that is well-formed but names nothing, or no UUID at all. */
    static Arbitrary<String> malformedUuid() {
        Arbitrary<String> uuid = Arbitraries.create(() -> java.util.UUID.randomUUID().toString());
        return Arbitraries.oneOf(
                uuid.map(u -> u.substring(1)), uuid.map(u -> u + "0"), uuid.map(u -> u.replace('-', '_')),
                uuid.map(u -> "{" + u + "}"), uuid.map(u -> 'g' + u.substring(1)), uuid.map(u -> u.replace("-", "")),
                uuid.map(u -> u.toUpperCase(java.util.Locale.ROOT)), uuid, Arbitraries.just("00000000-0000-0000-0000-000000000000"),
                uuid.map(u -> u + "/.."), uuid.map(u -> u + "%00"), uuid.map(u -> u + ";jsessionid=1"), hostile());
    }

    /** A path segment: mostly encoded hostile text, sometimes raw escapes the firewall and the servlet container must refuse. */
    static Arbitrary<String> pathValue() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, malformedUuid()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("%00", "%2e%2e%2f", "..%2F..%2F", "%2F", "%5C", "%25", "%0d%0aX-A:%201",
                        "..;", "%C0%AE%C0%AE", "%E2%80%AE", "%FF%FE").map(v -> RAW + v)));
    }

    /** A query value that is wrong for the declared schema (type, range, format) or simply hostile. */
    static Arbitrary<String> queryValue(JsonNode schema) {
        String type = schema.path("type").asString("string");
        String format = schema.path("format").asString("");
        Arbitrary<String> wrong = switch (type) {
            case "integer", "number" -> Arbitraries.of("abc", "1.5", "-1", "0", "-2147483649", "2147483648", "99999999999999999999",
                    "1e3", "0x10", "NaN", "", " 1", "1 ", "+-1", "٣");
            case "boolean" -> Arbitraries.of("ja", "nee", "2", "", "TRUE ", "yes please", "null");
            case "array" -> Arbitraries.of("", ",", ",,,", "a,,b", "%", "[1,2]");
            default -> switch (format) {
                case "date" -> Arbitraries.of("2018-13-45", "2018-02-30", "15-11-2018", "0000-00-00", "+999999999-12-31", "99999-01-01",
                        "2018-11-15T10:00:00", "1899-12-31", "2999-01-01", "", "today");
                case "uuid" -> malformedUuid();
                default -> Arbitraries.of("", " ", "a".repeat(300));
            };
        };
        return Arbitraries.oneOf(wrong, hostile());
    }

    static Arbitrary<String> accept() {
        return Arbitraries.of("text/html", "application/xml", "image/png", "text/csv", "application/pdf", "text/plain", "garbage",
                "*/x;;", "application/json;q=abc", "application/json;charset=klingon", "", "multipart/form-data", "text/event-stream",
                "application/*+xml", "application/vnd.ms-excel, text/html;q=0.9", "*/*;q=0");
    }

    static Arbitrary<String> contentType() {
        return Arbitraries.of("text/plain", "application/xml", "application/json; charset=klingon", "application/json; charset=UTF-16",
                "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=", "garbage/", ";;",
                "application/problem+json", "text/html; charset=ISO-8859-1", "application/octet-stream", "image/png", "/");
    }

    static Arbitrary<String> ifMatch() {
        return Arbitraries.of("abc", "\"\"", "W/\"1\"", "*", "\"-1\"", "\"99999999999999999999\"", "\"1\", \"2\"", "\"1", "1\"", "0",
                "\"1e3\"", "\" 1 \"", "\"NaN\"", "x".repeat(8000), "\"٣\"", "\u0000");
    }

    /** An Authorization header that names no valid token (absent: null). */
    static Arbitrary<String> badAuthorization() {
        return Arbitraries.oneOf(Arbitraries.of("", "Bearer", "Bearer ", "Bearer  ", "Basic YWRtaW46T3BzdGFwLWRlbW8tMjAyNg==",
                        "Bearer demo-token-", "Bearer demo-token-bestaatniet", "Bearer demo-token-admin extra", "Token abc",
                        "Bearer opstap_", "Bearer " + "a".repeat(10_000), "Bearer \u00e9\u00e8", "Bearer demo-token-admin,Bearer x",
                        "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9."),
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-").ofLength(40)
                        .map(t -> "Bearer opstap_" + t),
                hostile().map(h -> "Bearer " + h.replaceAll("[\\r\\n]", "")));
    }
}
