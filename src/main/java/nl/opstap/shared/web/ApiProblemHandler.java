package nl.opstap.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.StaleVersionException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure of an API call into application/problem+json with Dutch texts. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    private final UploadLimits uploads;

    ApiProblemHandler(org.springframework.core.env.Environment environment) {
        this.uploads = UploadLimits.of(environment);
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalidBody(BindException e, HttpServletRequest request) {
        Class<?> target = e.getTarget() != null ? e.getTarget().getClass() : null;
        List<InvalidParam> params = new ArrayList<>();
        for (FieldError error : e.getFieldErrors()) {
            String name = target != null ? JsonNames.of(target, error.getField()) : error.getField();
            // a binding failure's own message is Spring's English, naming Java types: never shown
            String reason = error.isBindingFailure() ? "De waarde heeft niet het juiste formaat." : message(error.getDefaultMessage());
            params.add(new InvalidParam(name, code(error.getCode()), reason));
        }
        e.getGlobalErrors().forEach(g -> params.add(new InvalidParam("", code(g.getCode()), message(g.getDefaultMessage()))));
        return answer(Problems.invalid(params, request.getRequestURI()));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException e, HttpServletRequest request) {
        return answer(Problems.invalid(e.params(), request.getRequestURI()));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<InvalidParam> params = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                params.add(new InvalidParam(publicName(result.getMethodParameter()),
                        code(error.getCodes() != null && error.getCodes().length > 0 ? error.getCodes()[error.getCodes().length - 1] : null),
                        message(error.getDefaultMessage())))));
        return answer(Problems.invalid(params, request.getRequestURI()));
    }

    /** The name the caller used: the request parameter's or path variable's name, not the Java parameter's. */
    private static String publicName(org.springframework.core.MethodParameter parameter) {
        var param = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        var path = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
        if (path != null && !path.name().isEmpty()) {
            return path.name();
        }
        return String.valueOf(parameter.getParameterName());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalidConstraint(ConstraintViolationException e, HttpServletRequest request) {
        List<InvalidParam> params = e.getConstraintViolations().stream()
                .map(v -> new InvalidParam(lastNode(v.getPropertyPath().toString()), "invalid", v.getMessage()))
                .toList();
        return answer(Problems.invalid(params, request.getRequestURI()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return answer(Problems.invalid(List.of(UnreadableBody.describe(e)), request.getRequestURI()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return answer(Problems.of(HttpStatus.NOT_FOUND, "Er bestaat geen resource met deze id.", request.getRequestURI()));
        }
        return answer(Problems.invalid(List.of(new InvalidParam(e.getName(), "type",
                "De waarde heeft niet het juiste formaat.")), request.getRequestURI()));
    }

    /** A blank path segment ("/werkzoekenden/%20/tijdlijn") converts to no id at all: it names nothing, as a malformed id. */
    @ExceptionHandler(MissingPathVariableException.class)
    ResponseEntity<ProblemDetail> blankPathVariable(HttpServletRequest request) {
        return answer(Problems.of(HttpStatus.NOT_FOUND, "Er bestaat geen resource met deze id.", request.getRequestURI()));
    }

    /** Any other header, cookie or parameter Spring cannot bind is the caller's mistake, not ours. */
    @ExceptionHandler(ServletRequestBindingException.class)
    ResponseEntity<ProblemDetail> unbindable(HttpServletRequest request) {
        return answer(Problems.of(HttpStatus.BAD_REQUEST, "Het verzoek is onvolledig of onjuist opgebouwd.", request.getRequestURI()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return answer(Problems.invalid(List.of(new InvalidParam(e.getParameterName(), "required", "Dit veld is verplicht.")),
                request.getRequestURI()));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        if ("If-Match".equalsIgnoreCase(e.getHeaderName())) {
            return answer(Problems.of(HttpStatus.PRECONDITION_REQUIRED,
                    "Geef in de header If-Match de ETag van de versie die u wijzigt.", request.getRequestURI()));
        }
        return answer(Problems.invalid(List.of(new InvalidParam(e.getHeaderName(), "required", "Deze header is verplicht.")),
                request.getRequestURI()));
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation e, HttpServletRequest request) {
        List<InvalidParam> params = e.violations().stream()
                .map(v -> new InvalidParam(e.command() != null && !v.field().isEmpty() ? JsonNames.of(e.command(), v.field())
                        : v.field(), v.code(), v.message()))
                .toList();
        ProblemDetail problem = e.isConflict()
                ? Problems.of(HttpStatus.CONFLICT, e.getMessage(), request.getRequestURI())
                : Problems.invalid(params, request.getRequestURI());
        problem.setProperty("invalidParams", params);
        return answer(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        return answer(Problems.of(HttpStatus.NOT_FOUND, e.getMessage() + ".", request.getRequestURI()));
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_FAILED,
                e.getMessage() + ". Haal de actuele versie op en voer de wijziging opnieuw uit.", request.getRequestURI());
        problem.setProperty("actueleVersie", e.currentVersion());
        return answer(problem);
    }

    /** Two requests stored the same thing at the same moment; the second changed nothing. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(HttpServletRequest request) {
        return answer(Problems.of(HttpStatus.CONFLICT, "Dit is zojuist al vastgelegd, mogelijk door een ander verzoek. "
                + "Haal de actuele gegevens op en controleer of de wijziging nog nodig is.", request.getRequestURI()));
    }

    /**
     * PostgreSQL refuses text it cannot hold in UTF-8, such as a NUL character in a search term (SQL state 22021,
     * 22P05): bad input, not our error. Any other integrity failure stays unexpected.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        if (e.getMostSpecificCause() instanceof java.sql.SQLException sql && ("22021".equals(sql.getSQLState())
                || "22P05".equals(sql.getSQLState()))) {
            return answer(Problems.invalid(List.of(new InvalidParam("", "character",
                    "De invoer bevat een teken dat niet kan worden verwerkt (bijvoorbeeld een NUL-teken).")), request.getRequestURI()));
        }
        return unexpected(e, request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(HttpServletRequest request) {
        return answer(Problems.of(HttpStatus.UNAUTHORIZED, "Het account achter dit token is geblokkeerd of bestaat niet meer.",
                request.getRequestURI()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(HttpServletRequest request) {
        return answer(Problems.of(HttpStatus.FORBIDDEN, "U heeft geen recht op deze handeling.", request.getRequestURI()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpServletRequest request) {
        return answer(Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "Deze methode kan hier niet worden gebruikt.", request.getRequestURI()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpServletRequest request) {
        return answer(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Stuur de gegevens als application/json.", request.getRequestURI()));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpServletRequest request) {
        return answer(Problems.of(HttpStatus.NOT_ACCEPTABLE, "Deze API antwoordt in application/json.", request.getRequestURI()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(HttpServletRequest request) {
        return answer(Problems.of(HttpStatus.NOT_FOUND, "Deze resource bestaat niet.", request.getRequestURI()));
    }

    /**
     * Over the multipart limit once a controller was chosen (a lazily parsed upload). Refused before that (the usual
     * case), the exception reaches {@link WebErrorHandler} and then {@link OpstapErrorController}, with the same answer.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request) {
        return answer(Problems.of(HttpStatus.CONTENT_TOO_LARGE, uploads.tooLarge(), request.getRequestURI()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (Overload.causedBy(e)) {
            log.warn("No database connection for API call {} in time: answered 503", request.getRequestURI());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", Overload.RETRY_AFTER_SECONDS)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, OpstapErrorController.detailFor(503, null), request.getRequestURI()));
        }
        String reference = RequestIdFilter.of(request);
        log.error("Unexpected error in API call {} (reference {})", request.getRequestURI(), reference, e);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "Er ging iets mis bij het verwerken van het verzoek. Noem bij vragen de referentie " + reference + ".",
                request.getRequestURI());
        problem.setProperty("referentie", reference);
        return answer(problem);
    }

    /**
     * Always problem+json, whatever the request's Accept header: set here, the content type is not negotiated, so an
     * error is never an empty answer because the client asked for text/html or image/png.
     */
    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String code(String code) {
        return code == null ? "invalid" : code.toLowerCase();
    }

    private static String message(String message) {
        return message == null ? "Ongeldige waarde." : message;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
