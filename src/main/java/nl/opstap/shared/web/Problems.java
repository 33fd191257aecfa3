package nl.opstap.shared.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds problem+json bodies with Dutch titles, the same way for every error path. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(HttpStatus status, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(titleFor(status.value()));
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        return problem;
    }

    public static ProblemDetail invalid(List<InvalidParam> params, String instance) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST,
                "Het verzoek bevat ongeldige gegevens; zie invalidParams.", instance);
        problem.setProperty("invalidParams", params);
        return problem;
    }

    public static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Ongeldig verzoek";
            case 401 -> "Niet aangemeld";
            case 403 -> "Geen toegang";
            case 404 -> "Niet gevonden";
            case 405 -> "Methode niet toegestaan";
            case 406 -> "Gevraagd formaat niet beschikbaar";
            case 409 -> "Conflict met opgeslagen gegevens";
            case 412 -> "Gegevens zijn intussen gewijzigd";
            case 413 -> "Verzoek te groot";
            case 415 -> "Formaat niet ondersteund";
            case 428 -> "Versie ontbreekt";
            case 429 -> "Te veel verzoeken";
            default -> status >= 500 ? "Er ging iets mis" : "Verzoek niet verwerkt";
        };
    }
}
