package nl.opstap.shared.web;

import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * The multipart limits (spring.servlet.multipart.*) in the Dutch words every over-size upload is answered with.
 * Such an upload is refused in one of two places, before any controller runs:
 * <ul>
 * <li>Tomcat, when a filter reads a request parameter first (the CSRF check of a screen form): {@code Request#getParameter}
 * throws Tomcat's {@code InvalidParameterException} (status 413) out of the filter chain, and Tomcat forwards to
 * {@code /error};</li>
 * <li>Spring's multipart resolver in {@code DispatcherServlet#checkMultipart} (API calls with a bearer token): a
 * {@code MaxUploadSizeExceededException} while no handler is chosen yet, so no {@code @RestControllerAdvice} applies.
 * {@link WebErrorHandler} turns it into a 413 for {@code /error} as well.</li>
 * </ul>
 * {@link OpstapErrorController} then answers problem+json under /api and, on screens, sends the user back to the form
 * with this message.
 */
final class UploadLimits {

    private final DataSize perFile;
    private final DataSize perRequest;

    private UploadLimits(DataSize perFile, DataSize perRequest) {
        this.perFile = perFile;
        this.perRequest = perRequest;
    }

    /** The configured limits (Spring Boot's defaults when unset), read once by each error handler. */
    static UploadLimits of(Environment environment) {
        return new UploadLimits(DataSize.parse(environment.getProperty("spring.servlet.multipart.max-file-size", "1MB")),
                DataSize.parse(environment.getProperty("spring.servlet.multipart.max-request-size", "10MB")));
    }

    /** "Het bestand is te groot: ..." with the limits, for the API's detail and the screen's message. */
    String tooLarge() {
        return "Het bestand is te groot om te verwerken: een bestand mag ten hoogste " + perFile.toMegabytes()
                + " MB zijn en alle bestanden samen ten hoogste " + perRequest.toMegabytes() + " MB. Er is niets opgeslagen.";
    }
}
