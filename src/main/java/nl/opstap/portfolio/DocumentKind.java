package nl.opstap.portfolio;

import nl.opstap.shared.domain.Coded;

/** What an uploaded document is, as the uploader says. */
public enum DocumentKind implements Coded {
    CV("cv"), DIPLOMA("diploma"), REFERENTIE("referentie"), OVERIG("overig");

    private final String code;

    DocumentKind(String code) {
        this.code = code;
    }

    @Override
    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
        return code;
    }

    static java.util.Optional<DocumentKind> find(@org.jspecify.annotations.Nullable String code) {
        return java.util.Arrays.stream(values()).filter(k -> k.code.equalsIgnoreCase(String.valueOf(code).strip())).findFirst();
    }
}
