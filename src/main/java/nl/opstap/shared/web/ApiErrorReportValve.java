package nl.opstap.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests Tomcat refuses before any servlet sees them (an encoded slash, NUL or backslash in the path, a path parameter
 * after ";", a malformed request line) get Tomcat's own error page, which is HTML. Under /api, or when the address
 * could not even be read, they get problem+json instead, without echoing the refused address; elsewhere Tomcat's page
 * stays (without report or server version).
 */
class ApiErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    ApiErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        String uri = request.getCoyoteRequest().requestURI().toString();
        boolean unknown = uri == null || uri.isEmpty(); // refused before the request line was read: nothing says it is a screen
        if (status < 400 || response.getContentWritten() > 0 || !(unknown || uri.startsWith("/api/"))) {
            super.report(request, response, throwable);
            return;
        }
        if (!response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(problemFor(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone; nothing more to tell
        }
    }

    /** A problem for a request refused before Opstap read it: no reference, nothing of the request echoed. */
    static String problemFor(int status) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", Problems.titleFor(status));
        problem.put("status", status);
        problem.put("detail", OpstapErrorController.detailFor(status, "-"));
        return JSON.writeValueAsString(problem);
    }

    /** Answers a refused API request at once with {@link #problemFor}, without an error dispatch. */
    static void writeProblem(jakarta.servlet.http.HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(problemFor(status));
    }

    /** Puts the valve after Spring Boot's own error report valve, so it answers first. */
    @Component
    static class Installer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> context.getParent().getPipeline().addValve(new ApiErrorReportValve()));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
