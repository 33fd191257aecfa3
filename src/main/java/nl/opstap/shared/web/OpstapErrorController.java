package nl.opstap.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Errors raised outside controllers (unknown URL, wrong method, filters): problem+json under /api,
 * a Dutch page elsewhere. Never a stack trace. An upload over the multipart limit (413, see {@link UploadLimits})
 * is no error page on screens: the user goes back to the form, with the message.
 */
@Controller
class OpstapErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(OpstapErrorController.class);

    private final UploadLimits uploads;

    OpstapErrorController(org.springframework.core.env.Environment environment) {
        this.uploads = UploadLimits.of(environment);
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        int status = statusOf(request);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String reference = status >= 500 ? RequestIdFilter.of(request) : null;
        if (status >= 500) {
            log.error("Unhandled error on {} (reference {})", uri, reference,
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
        HttpStatus httpStatus = HttpStatus.resolve(status) != null ? HttpStatus.valueOf(status) : HttpStatus.INTERNAL_SERVER_ERROR;
        boolean api = uri != null && uri.startsWith(request.getContextPath() + "/api/");
        if (status == HttpStatus.CONTENT_TOO_LARGE.value() && !api) {
            return backToTheForm(request, uri);
        }
        if (api) {
            ProblemDetail problem = Problems.of(httpStatus, status == HttpStatus.CONTENT_TOO_LARGE.value() ? uploads.tooLarge()
                    : detailFor(status, reference), uri);
            if (reference != null) {
                problem.setProperty("referentie", reference);
            }
            return ResponseEntity.status(httpStatus).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ErrorPage.of(httpStatus, ErrorPage.messageKeyFor(status), reference);
    }

    /**
     * A form upload over the limit: back to the page the form was on (the Referer, only its path, so never to
     * another site; else the address posted to), with the Dutch message in the page's error alert.
     */
    private ModelAndView backToTheForm(HttpServletRequest request, @Nullable String uri) {
        String target = uri == null ? "/" : uri.substring(request.getContextPath().length());
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI from = new URI(referer);
                String path = from.getRawPath();
                if (path != null && path.startsWith(request.getContextPath() + "/") && !path.startsWith("//")) {
                    target = path.substring(request.getContextPath().length()) + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
                }
            } catch (URISyntaxException e) {
                // keep the address posted to
            }
        }
        RequestContextUtils.getOutputFlashMap(request).put("error", uploads.tooLarge());
        RedirectView redirect = new RedirectView(target, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(redirect);
    }

    private static int statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer i ? i : 500;
    }

    static String detailFor(int status, String reference) {
        return switch (status) {
            case 401 -> "Meld u aan met een geldig API-token (Authorization: Bearer ...).";
            case 403 -> "U heeft geen recht op deze handeling.";
            case 404 -> "Deze resource bestaat niet.";
            case 405 -> "Deze methode kan hier niet worden gebruikt.";
            case 406 -> "Deze API antwoordt in application/json.";
            case 415 -> "Stuur de gegevens als application/json.";
            case 400 -> "Het verzoek is onvolledig of onjuist opgebouwd.";
            case 503 -> "Opstap is op dit moment te druk om het verzoek af te handelen. Probeer het over enkele seconden opnieuw.";
            default -> status >= 500
                    ? "Er ging iets mis bij het verwerken van het verzoek. Noem bij vragen de referentie " + reference + "."
                    : "Het verzoek kan niet worden verwerkt.";
        };
    }
}
