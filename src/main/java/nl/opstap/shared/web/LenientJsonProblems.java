package nl.opstap.shared.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.opstap.shared.domain.Coded;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * While an API request body is read, records each value of the wrong type (a date like "02-03-1985",
 * letters for a number, an unknown code) with its JSON path and reads it as null, so one answer can
 * list every invalid field. Outside a request body read it changes nothing.
 */
public final class LenientJsonProblems extends DeserializationProblemHandler {

    static final String ATTRIBUTE = LenientJsonProblems.class.getName() + ".problems";

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> type, String value, String message) {
        return recordOrFail(ctxt.getParser(), type);
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> type, Number value, String message) {
        return recordOrFail(ctxt.getParser(), type);
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType type, JsonToken token, JsonParser parser,
                                        String message) {
        Object result = recordOrFail(parser, type.getRawClass());
        if (result != NOT_HANDLED && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
            parser.skipChildren();
        }
        return result;
    }

    @Override
    public Object handleInstantiationProblem(DeserializationContext ctxt, Class<?> type, Object argument, Throwable t) {
        return type.isEnum() ? recordOrFail(ctxt.getParser(), type) : NOT_HANDLED;
    }

    private static Object recordOrFail(JsonParser parser, Class<?> type) {
        List<InvalidParam> problems = collector();
        if (problems == null || type.isPrimitive()) {
            return NOT_HANDLED;
        }
        problems.add(new InvalidParam(path(parser.streamReadContext()), "type", reasonFor(type)));
        return null;
    }

    @SuppressWarnings("unchecked")
    private static List<InvalidParam> collector() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : (List<InvalidParam>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    }

    static String path(TokenStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.currentName() != null) {
                parts.addFirst(c.currentName());
            } else if (c.inArray()) {
                parts.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        return String.join(".", parts).replace(".[", "[");
    }

    static String reasonFor(Class<?> type) {
        if (type == LocalDate.class) {
            return "Gebruik een datum in de vorm JJJJ-MM-DD, bijvoorbeeld 1985-03-02.";
        }
        if (type == OffsetDateTime.class || type == LocalDateTime.class) {
            return "Gebruik een tijdstip in de vorm JJJJ-MM-DDTuu:mm:ss.";
        }
        if (type == Integer.class || type == Long.class || type == Short.class) {
            return "Vul een geheel getal in.";
        }
        if (type == Boolean.class) {
            return "Vul true of false in.";
        }
        if (type == UUID.class) {
            return "Vul een geldige id (UUID) in.";
        }
        if (!Coded.codesOf(type).isEmpty()) {
            return "Kies een van: " + String.join(", ", Coded.codesOf(type)) + ".";
        }
        if (type == String.class) {
            return "Vul hier tekst in.";
        }
        return "De waarde heeft niet het juiste formaat.";
    }
}
