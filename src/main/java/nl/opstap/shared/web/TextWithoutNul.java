package nl.opstap.shared.web;

import java.beans.PropertyEditorSupport;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Text with a NUL character (U+0000) is refused where it enters: PostgreSQL cannot store it and would fail the
 * whole request with an error, and no one types it. In JSON bodies it is reported as an invalid field (through
 * {@link LenientJsonProblems}); in forms and query parameters it is a conversion error next to the field.
 */
public final class TextWithoutNul extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String text = super.deserialize(parser, context);
        return text != null && text.indexOf('\0') >= 0
                ? (String) context.handleWeirdStringValue(String.class, text, "text with a NUL character") : text;
    }

    /** The same rule for form fields and request parameters. */
    static final class Editor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (text != null && text.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("text with a NUL character");
            }
            setValue(text);
        }
    }
}
