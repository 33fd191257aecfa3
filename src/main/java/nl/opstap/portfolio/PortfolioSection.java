package nl.opstap.portfolio;

import nl.opstap.shared.domain.Coded;

/** The sections of the portfolio the job seeker fills in; the code is the path segment and the API value. */
public enum PortfolioSection implements Coded {
    OPLEIDING("opleiding"), WERKERVARING("werkervaring"), VAARDIGHEID("vaardigheid"), LEERPUNT("leerpunt"),
    SOLLICITATIE("sollicitatie"), REFERENTIE("referentie");

    private final String code;

    PortfolioSection(String code) {
        this.code = code;
    }

    @Override
    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
        return code;
    }

    /** The section with this code, or empty for an unknown one (a guessed URL). */
    static java.util.Optional<PortfolioSection> find(String code) {
        return java.util.Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
