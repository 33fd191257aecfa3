package nl.opstap.importing;

import java.util.Optional;

/** "Alles of niets" writes nothing when any row has a problem; "alleen geldige rijen" leaves those rows out. */
enum ImportMode {
    ALL_OR_NOTHING("alles-of-niets"), VALID_ROWS("geldige-rijen");

    private final String code;

    ImportMode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Optional<ImportMode> ofCode(String code) {
        for (ImportMode mode : values()) {
            if (mode.code.equals(code)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
