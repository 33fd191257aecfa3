package nl.opstap.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.organisation.Municipalities;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.web.Formats;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** /rapportages: the reports page, each report for a reference date (and period), its exports. OVERVIEW only. */
@Controller
class ReportController {

    private final AccessGuard guard;
    private final ReportRequests requests;
    private final ReportCatalogue catalogue;
    private final ReportExports exports;
    private final Municipalities municipalities;
    private final MessageSource messages;
    private final ReportCharts charts;

    ReportController(AccessGuard guard, ReportRequests requests, ReportCatalogue catalogue, ReportExports exports,
                     Municipalities municipalities, MessageSource messages, ReportCharts charts) {
        this.charts = charts;
        this.guard = guard;
        this.requests = requests;
        this.catalogue = catalogue;
        this.exports = exports;
        this.municipalities = municipalities;
        this.messages = messages;
    }

    @GetMapping("/rapportages")
    String index(Model model) {
        guard.require(Permission.OVERVIEW);
        model.addAttribute("reports", catalogue.all());
        return "reporting/index";
    }

    @GetMapping("/rapportages/{key}")
    String report(@PathVariable String key, @RequestParam(name = "peildatum", required = false) @Nullable String date,
                  @RequestParam(name = "van", required = false) @Nullable String from,
                  @RequestParam(name = "tot", required = false) @Nullable String to,
                  @RequestParam(name = "gemeenten", required = false) @Nullable List<String> codes, Model model) {
        Access access = guard.require(Permission.OVERVIEW);
        ReportDefinition report = catalogue.byKey(key);
        Map<String, List<String>> problems = new HashMap<>();
        ReportRequest request = null;
        List<ReportTable> tables = List.of();
        try {
            request = requests.resolve(access, date, from, to, codes);
            tables = report.tables(request, drillable(access, request));
        } catch (RuleViolation violation) {
            violation.violations().forEach(v -> problems.computeIfAbsent(v.field(), k -> new ArrayList<>()).add(v.message()));
        } catch (ReportRequest.NotAllowed refused) {
            problems.computeIfAbsent(ReportRequest.MUNICIPALITIES, k -> new ArrayList<>()).add(refused.getMessage());
        }
        model.addAttribute("report", report);
        model.addAttribute("title", title(report));
        model.addAttribute("request", request);
        model.addAttribute("tables", tables);
        model.addAttribute("charts", tables.stream().filter(t -> t.chart() != null)
                .collect(java.util.stream.Collectors.toMap(ReportTable::key, charts::json)));
        model.addAttribute("problems", problems);
        model.addAttribute("choices", municipalities.of(access.scope().municipalities()));
        model.addAttribute("date", request != null ? request.referenceDate().toString() : date);
        model.addAttribute("from", request != null ? request.from().toString() : from);
        model.addAttribute("to", request != null ? request.to().toString() : to);
        model.addAttribute("selected", request != null ? request.codes() : codes == null ? List.of() : codes);
        model.addAttribute("query", request == null ? "" : query(request));
        return "reporting/report";
    }

    @GetMapping("/rapportages/{key}/export")
    ResponseEntity<byte[]> export(@PathVariable String key, @RequestParam(name = "formaat", required = false) @Nullable String format,
                                  @RequestParam(name = "peildatum", required = false) @Nullable String date,
                                  @RequestParam(name = "van", required = false) @Nullable String from,
                                  @RequestParam(name = "tot", required = false) @Nullable String to,
                                  @RequestParam(name = "gemeenten", required = false) @Nullable List<String> codes) {
        Access access = guard.require(Permission.OVERVIEW);
        ReportDefinition report = catalogue.byKey(key);
        ReportExports.Format chosen = ReportExports.Format.of(format == null ? "" : format).orElse(null);
        if (chosen == null) {
            return refused("Kies als formaat csv, xlsx of pdf.");
        }
        ReportRequest request;
        try {
            request = requests.resolve(access, date, from, to, codes);
        } catch (RuleViolation violation) {
            return refused(String.join(" ", violation.violations().stream().map(RuleViolation.Violation::message).toList()));
        } catch (ReportRequest.NotAllowed refused) {
            return refused(refused.getMessage());
        }
        byte[] bytes = exports.export(chosen, title(report), subtitle(report, request), report.tables(request, false));
        String file = "opstap-" + key + "-" + request.referenceDate() + "." + chosen.extension;
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, chosen.mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(bytes);
    }

    /** An export link with wrong parameters (only typed by hand): the reason in plain Dutch text. */
    private static ResponseEntity<byte[]> refused(String message) {
        return ResponseEntity.badRequest().header(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8")
                .body(message.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Cells link to clients only when the user may read the files of every municipality in the request. */
    static boolean drillable(Access access, ReportRequest request) {
        Access read = access.as(Permission.CLIENT_READ);
        return request.municipalities().stream().allMatch(m -> read.scope().contains(m.code()));
    }

    private String title(ReportDefinition report) {
        return messages.getMessage("report." + report.key() + ".title", null, report.key(), LocaleContextHolder.getLocale());
    }

    private String subtitle(ReportDefinition report, ReportRequest request) {
        String municipalitiesText = String.join(", ", request.municipalities().stream().map(m -> m.name()).toList());
        String period = report.usesPeriod() ? ", periode " + Formats.DATE.format(request.from()) + " t/m " + Formats.DATE.format(request.to()) : "";
        return "Peildatum " + Formats.DATE.format(request.referenceDate()) + period + "; " + municipalitiesText;
    }

    static String query(ReportRequest request) {
        return "peildatum=" + request.referenceDate() + "&van=" + request.from() + "&tot=" + request.to() + "&gemeenten="
                + String.join(",", request.codes());
    }
}
