package nl.opstap.client;

import org.jspecify.annotations.Nullable;

/** Input clean-up shared by the client's records: trim, and empty means absent. */
final class Text {

    private Text() {}

    static @Nullable String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
