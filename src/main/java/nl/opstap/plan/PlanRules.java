package nl.opstap.plan;

import java.time.LocalDate;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;

/** The rules on a plan's content that field validation cannot see: dates against today and the plan's start. */
final class PlanRules {


    private PlanRules() {}

    static void check(PlanContent content, LocalDate startedOn, LocalDate today) {
        if (content.reviewDate() != null && content.reviewDate().isBefore(startedOn)) {
            throw RuleViolation.of(PlanContent.class, "reviewDate", "beforeStart",
                    "De herbeoordelingsdatum ligt vóór de datum waarop het plan is opgesteld.");
        }
        for (int i = 0; i < content.steps().size(); i++) {
            PlanContent.Step step = content.steps().get(i);
            if (step.doneOn() != null && step.doneOn().isAfter(today)) {
                throw RuleViolation.of(PlanContent.class, "steps[" + i + "].doneOn", "future",
                        "Een stap kan niet in de toekomst gedaan zijn.");
            }
            if (step.doneOn() != null && step.doneOn().isBefore(startedOn)) {
                throw RuleViolation.of(PlanContent.class, "steps[" + i + "].doneOn", "beforeStart",
                        "Een stap kan niet gedaan zijn vóór het plan is opgesteld.");
            }
        }
    }

    /** A reason, required and at most {@link Plan#MAX_REASON} characters. */
    static String reason(@Nullable String reason, String field, String missing) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.of(null, field, "required", missing);
        }
        if (reason.strip().length() > Plan.MAX_REASON) {
            throw RuleViolation.of(null, field, "size", "De reden is hoogstens " + Plan.MAX_REASON + " tekens.");
        }
        return reason.strip();
    }
}
