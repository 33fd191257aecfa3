package nl.opstap.reporting;

import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** /rapportages/werkzoekenden: the clients behind a figure of a report, each listed read logged. */
@Controller
class DrillDownController {

    private final AccessGuard guard;
    private final ReportRequests requests;
    private final DrillDowns drillDowns;
    private final Tables tables;

    DrillDownController(AccessGuard guard, ReportRequests requests, DrillDowns drillDowns, Tables tables) {
        this.guard = guard;
        this.requests = requests;
        this.drillDowns = drillDowns;
        this.tables = tables;
    }

    @GetMapping("/rapportages/werkzoekenden")
    String clients(@RequestParam(name = "indicator", required = false) @Nullable String indicator,
                   @RequestParam(name = "peildatum", required = false) @Nullable String date,
                   @RequestParam(name = "van", required = false) @Nullable String from,
                   @RequestParam(name = "tot", required = false) @Nullable String to,
                   @RequestParam(name = "gemeenten", required = false) @Nullable List<String> codes,
                   @RequestParam(name = "categorie", required = false) @Nullable String category, Model model) {
        Access access = guard.require(Permission.OVERVIEW);
        try {
            ReportRequest request = requests.resolve(access, date, from, to, codes);
            DrillDowns.Listed listed = drillDowns.clients(access, request, indicator == null ? "" : indicator,
                    category == null || category.isBlank() ? null : category);
            model.addAttribute("listed", listed);
            model.addAttribute("request", request);
            model.addAttribute("categoryLabel", listed.category() == null ? null : tables.label(listed.indicator(), listed.category()));
            model.addAttribute("indicatorTitle", tables.label(listed.indicator(), "title"));
        } catch (RuleViolation violation) {
            model.addAttribute("problems", violation.violations().stream().map(RuleViolation.Violation::message).toList());
        } catch (ReportRequest.NotAllowed refused) {
            model.addAttribute("problems", List.of(refused.getMessage()));
        }
        return "reporting/clients";
    }
}
