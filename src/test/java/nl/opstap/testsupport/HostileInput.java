package nl.opstap.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cross-site scripting payloads, where they go into a request, and how to tell whether an answer carries one
 * unescaped. One payload breaks out of single and double quoted attributes, opens a tag with an event handler
 * and is a {@code javascript:} URL when it lands in an href.
 */
public final class HostileInput {

    public static final String PAYLOAD = "javascript:alert(1)//'\"><svg onload=alert(1)>";
    /** The same without slashes, for path segments. */
    public static final String PATH_PAYLOAD = "'\"><svg onload=alert(1)>";

    private static final Pattern TAG = Pattern.compile("<svg onload=alert\\(1\\)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_URL = Pattern.compile(
            "(href|src|action|formaction|data|poster|xlink:href)\\s*=\\s*[\"']?\\s*javascript:", Pattern.CASE_INSENSITIVE);
    private static final String CSRF = "_csrf";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HostileInput() {}

    /** The places of a request that carry input: "param:name" for parameters, "json:/pointer" for JSON strings. */
    public static List<String> fields(MockHttpServletRequest request) {
        List<String> fields = new ArrayList<>();
        request.getParameterMap().keySet().stream().filter(name -> !CSRF.equals(name)).forEach(name -> fields.add("param:" + name));
        if (isJson(request)) {
            collect(JSON.readTree(body(request)), "", fields);
        }
        return fields;
    }

    private static void collect(JsonNode node, String pointer, List<String> fields) {
        if (node.isString()) {
            fields.add("json:" + pointer);
        } else if (node.isObject()) {
            node.properties().forEach(p -> collect(p.getValue(), pointer + "/" + p.getKey().replace("~", "~0").replace("/", "~1"), fields));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, fields);
            }
        }
    }

    /** Puts the value into one field of the request. */
    public static RequestPostProcessor replace(String field, String value) {
        return request -> {
            if (field.startsWith("param:")) {
                request.setParameter(field.substring("param:".length()), value);
            } else {
                JsonNode root = JSON.readTree(body(request));
                JsonPointer pointer = JsonPointer.compile(field.substring("json:".length()));
                JsonNode parent = root.at(pointer.head());
                if (parent instanceof ObjectNode object) {
                    object.put(pointer.last().getMatchingProperty(), value);
                } else if (parent instanceof ArrayNode array) {
                    int index = pointer.last().getMatchingIndex();
                    array.remove(index);
                    array.insert(index, value);
                }
                request.setContent(JSON.writeValueAsBytes(root));
            }
            return request;
        };
    }

    /** What of the payload an answer renders as markup, or null when it renders none. */
    public static String unescaped(MockHttpServletResponse response) throws Exception {
        String type = String.valueOf(response.getContentType()).toLowerCase(Locale.ROOT);
        if (!type.contains("html") && !type.contains("xml") && !type.equals("null")) {
            return null;
        }
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        if (TAG.matcher(body).find()) {
            return "an svg tag with an event handler";
        }
        return SCRIPT_URL.matcher(body).find() ? "a javascript: URL in an attribute" : null;
    }

    private static boolean isJson(MockHttpServletRequest request) {
        return request.getContentType() != null && request.getContentType().contains("json") && request.getContentLength() > 0;
    }

    private static String body(MockHttpServletRequest request) {
        return new String(request.getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
