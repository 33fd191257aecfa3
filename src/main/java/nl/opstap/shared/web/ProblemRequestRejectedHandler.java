package nl.opstap.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Requests Spring Security's firewall refuses (an encoded percent sign or a double slash in the path, ...) are answered
 * here, at once, instead of through the error dispatch: that dispatch would parse the refused request's body again, and
 * a broken multipart body made it answer 400 without a body. Under /api a problem+json; elsewhere the error page. The
 * refused address is never echoed.
 */
@Component
class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected) throws IOException {
        int status = HttpStatus.BAD_REQUEST.value();
        String uri = request.getRequestURI();
        if (uri == null || !uri.startsWith("/api/")) {
            response.sendError(status);
            return;
        }
        ApiErrorReportValve.writeProblem(response, status);
    }
}
