package nl.opstap.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * No database connection in time ({@link Overload}) while the session or the API token is looked up, in a filter
 * before any controller, or while an error page is rendered: answered here, 503 with Retry-After, without the error
 * dispatch, which would need the session (and so a connection) again. A screen gets a page that needs no database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class OverloadFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OverloadFilter.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final MessageSource messages;

    OverloadFilter(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!Overload.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("No database connection for {} in time: answered 503", request.getRequestURI());
            String requestId = response.getHeader("X-Request-Id");
            String apiVersion = response.getHeader("API-Version");
            response.reset(); // whatever was half-built; the headers set by the filters in front of this one stay
            if (requestId != null) {
                response.setHeader("X-Request-Id", requestId);
            }
            if (apiVersion != null) {
                response.setHeader("API-Version", apiVersion);
            }
            response.setHeader("Retry-After", Overload.RETRY_AFTER_SECONDS);
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                ApiErrorReportValve.writeProblem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            } else {
                busyPage(request, response);
            }
        }
    }

    private void busyPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/html;charset=UTF-8");
        String title = HtmlUtils.htmlEscape(messages.getMessage("error.title", null, DUTCH));
        String text = HtmlUtils.htmlEscape(messages.getMessage("error.busy", null, DUTCH));
        String home = HtmlUtils.htmlEscape(messages.getMessage("error.home", null, DUTCH));
        String root = request.getContextPath();
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s - Opstap</title>
                <link rel="stylesheet" href="%4$s/css/utrecht-component-library-9.0.4.css">
                <link rel="stylesheet" href="%4$s/css/opstap-theme.css"><link rel="stylesheet" href="%4$s/css/opstap.css"></head>
                <body class="opstap-theme utrecht-document utrecht-document--surface"><main class="opstap-main" id="inhoud"><h1 class="utrecht-heading-1">%1$s</h1>
                <p class="utrecht-paragraph">%2$s</p>
                <p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="%4$s/">%3$s</a></p></main></body></html>
                """.formatted(title, text, home, root));
    }
}
