package nl.opstap.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The one error template, filled for a status. */
final class ErrorPage {

    private ErrorPage() {}

    static ModelAndView of(HttpStatus status, String messageKey, String reference) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("messageKey", messageKey);
        page.addObject("reference", reference);
        return page;
    }

    static String messageKeyFor(int status) {
        return switch (status) {
            case 400 -> "error.badRequest";
            case 401, 403 -> "error.forbidden";
            case 404 -> "error.notFound";
            case 405 -> "error.method";
            case 409 -> "error.stale";
            case 413 -> "error.tooLarge";
            case 503 -> "error.busy";
            default -> status >= 500 ? "error.unexpected" : "error.badRequest";
        };
    }
}
