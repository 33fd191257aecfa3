package nl.opstap.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** /matching/eerlijkheid: the fairness report of a period, for team leads and policy staff (OVERVIEW). */
@Controller
class FairnessController {

    private final AccessGuard guard;
    private final FairnessReports reports;

    FairnessController(AccessGuard guard, FairnessReports reports) {
        this.guard = guard;
        this.reports = reports;
    }

    @GetMapping("/matching/eerlijkheid")
    String report(@RequestParam(name = "van", required = false) @Nullable String from,
                  @RequestParam(name = "tot", required = false) @Nullable String to, Model model) {
        Access access = guard.require(Permission.OVERVIEW);
        List<RuleViolation.Violation> problems = new ArrayList<>();
        ReportPeriod period = null;
        if (from == null && to == null) {
            period = ReportPeriod.lastYear(reports.today());
        } else {
            try {
                period = ReportPeriod.of(from, to);
            } catch (RuleViolation violation) {
                problems.addAll(violation.violations());
            }
        }
        Map<String, List<String>> fieldProblems = new HashMap<>(Map.of(ReportPeriod.FROM, new ArrayList<>(), ReportPeriod.TO, new ArrayList<>()));
        problems.forEach(p -> fieldProblems.computeIfAbsent(p.field(), k -> new ArrayList<>()).add(p.message()));
        model.addAttribute("problems", problems);
        model.addAttribute("fieldProblems", fieldProblems);
        model.addAttribute("from", period != null ? period.from().toString() : from);
        model.addAttribute("to", period != null ? period.to().toString() : to);
        model.addAttribute("report", period == null ? null : reports.of(access, period));
        model.addAttribute("minGroup", FairnessFigures.MIN_GROUP);
        return "matching/fairness";
    }
}
