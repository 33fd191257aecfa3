package nl.opstap.reporting;

import jakarta.servlet.http.HttpServletRequest;
import nl.opstap.shared.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A report asked for a municipality the caller may not see: 403 with the municipality named, in the report API. */
@RestControllerAdvice(basePackageClasses = ReportProblems.class, annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportProblems {

    @ExceptionHandler(ReportRequest.NotAllowed.class)
    ProblemDetail notAllowed(ReportRequest.NotAllowed e, HttpServletRequest request) {
        return Problems.of(HttpStatus.FORBIDDEN, e.getMessage(), request.getRequestURI());
    }
}
