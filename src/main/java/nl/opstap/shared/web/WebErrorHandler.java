package nl.opstap.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.StaleVersionException;
import org.springframework.dao.DuplicateKeyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.servlet.ModelAndView;

/** Screens: every failure becomes a Dutch error page; nothing internal reaches the browser. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class WebErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(WebErrorHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return ErrorPage.of(HttpStatus.NOT_FOUND, "error.notFound", null);
    }

    /** A malformed id in the path names nothing that exists; a malformed parameter is a bad request. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e) {
        return e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)
                ? notFound() : ErrorPage.of(HttpStatus.BAD_REQUEST, "error.badRequest", null);
    }

    /** A blank id in the path ("/werkzoekenden/%20") converts to no id: it names nothing, as a malformed id. */
    @ExceptionHandler(org.springframework.web.bind.MissingPathVariableException.class)
    ModelAndView blankPathVariable() {
        return notFound();
    }

    /** The account was disabled or removed during the session: back to the sign-in page. */
    @ExceptionHandler(AuthenticationException.class)
    ModelAndView signedOut() {
        return new ModelAndView("redirect:/inloggen");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied() {
        return ErrorPage.of(HttpStatus.FORBIDDEN, "error.forbidden", null);
    }

    @ExceptionHandler(StaleVersionException.class)
    ModelAndView stale() {
        return ErrorPage.of(HttpStatus.CONFLICT, "error.stale", null);
    }

    /** Two requests stored the same thing at the same moment (a double click, two colleagues): nothing was half-written. */
    @ExceptionHandler(DuplicateKeyException.class)
    ModelAndView duplicate() {
        return ErrorPage.of(HttpStatus.CONFLICT, "error.stale", null);
    }

    /**
     * A form that names a list row far beyond what a page can hold ("goals[5000]"): Spring's binder refuses
     * it with an IndexOutOfBoundsException. That is bad input, not an error of ours.
     */
    @ExceptionHandler(IndexOutOfBoundsException.class)
    ModelAndView tooManyRows(IndexOutOfBoundsException e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        boolean binding = java.util.Arrays.stream(e.getStackTrace())
                .anyMatch(frame -> frame.getClassName().equals(org.springframework.validation.DataBinder.class.getName()));
        if (!binding) {
            return unexpected(e, request, response);
        }
        return ErrorPage.of(HttpStatus.BAD_REQUEST, "error.badRequest", null);
    }

    /**
     * An upload over the multipart limit, refused by {@code DispatcherServlet#checkMultipart} before a handler was
     * chosen (so for API calls too). Handed to {@link OpstapErrorController} as a 413: marking the exception on the
     * request makes the error dispatch skip parsing the body again, which would fail once more and leave the answer
     * empty (what Spring's own resolver did).
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, e);
        response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
    }

    /**
     * A multipart body that cannot be parsed, or a content type that cannot be read ("multipart/form-data; boundary="),
     * refused before a handler was chosen (so for API calls too): handed to {@link OpstapErrorController} as 400 or 415,
     * marked like {@link #tooLarge} so that the error dispatch does not parse the body again, fail, and answer 500.
     */
    @ExceptionHandler({MultipartException.class, HttpMediaTypeNotSupportedException.class})
    void unreadableBody(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, e);
        response.sendError(e instanceof MultipartException ? HttpStatus.BAD_REQUEST.value() : HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
    }

    /**
     * A query string or form body Tomcat cannot decode (a lone "%"), found while choosing the handler: answered here, not
     * through the error dispatch, which would read the same parameters again.
     */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ModelAndView undecodableParameters(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ErrorPage.of(HttpStatus.BAD_REQUEST, "error.badRequest", null);
        }
        ApiErrorReportValve.writeProblem(response, HttpStatus.BAD_REQUEST.value());
        return new ModelAndView(); // answered
    }

    @ExceptionHandler(RuleViolation.class)
    ModelAndView rule(RuleViolation e) {
        ModelAndView page = ErrorPage.of(e.isConflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST, "error.badRequest", null);
        page.addObject("detail", e.getMessage());
        return page;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse) {
            throw e; // Spring MVC's own 4xx (wrong method, missing parameter): rendered by the error controller
        }
        if (Overload.causedBy(e)) {
            log.warn("No database connection for page {} in time: answered 503", request.getRequestURI());
            response.setHeader("Retry-After", Overload.RETRY_AFTER_SECONDS);
            return ErrorPage.of(HttpStatus.SERVICE_UNAVAILABLE, "error.busy", null);
        }
        String reference = RequestIdFilter.of(request);
        log.error("Unexpected error on page {} (reference {})", request.getRequestURI(), reference, e);
        return ErrorPage.of(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", reference);
    }
}
