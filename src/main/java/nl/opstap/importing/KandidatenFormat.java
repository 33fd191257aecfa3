package nl.opstap.importing;

import java.util.Locale;
import java.util.Optional;

/** The file formats of the Kandidatenverkenner export. */
enum KandidatenFormat {
    CSV("csv", "text/csv;charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    final String extension;
    final String mediaType;

    KandidatenFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    static Optional<KandidatenFormat> of(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (KandidatenFormat f : values()) {
            if (f.extension.equals(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
