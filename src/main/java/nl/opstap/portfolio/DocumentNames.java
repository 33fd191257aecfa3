package nl.opstap.portfolio;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * Rule: the uploader's file name is shown, never used. It is cut to its last path part, stripped of control and
 * markup-like characters, shortened, and given the extension of the type the content really is.
 */
final class DocumentNames {

    static final int MAX = 100;

    private DocumentNames() {}

    static String display(@Nullable String original, DocumentType type) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*%;`$]", "")
                .replaceAll("\\s+", " ").strip();
        int dot = name.lastIndexOf('.');
        String base = (dot >= 0 ? name.substring(0, dot) : name).replaceAll("^[.\\s]+", "").strip();
        if (base.isEmpty()) {
            base = "document";
        }
        int room = MAX - type.extension().length() - 1;
        if (base.length() > room) {
            base = base.substring(0, room).strip();
        }
        return base + "." + type.extension();
    }
}
