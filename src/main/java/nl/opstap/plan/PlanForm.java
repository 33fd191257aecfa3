package nl.opstap.plan;

import jakarta.validation.Valid;
import java.time.LocalDate;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The plan's edit screen: the content, and for a fixed plan the reason and date of the revision.
 * {@code version} is the plan's lock version as read (null for a new plan).
 */
record PlanForm(@Valid PlanContent content, @Nullable String reason, @Nullable LocalDate on, @Nullable Integer version) {

    PlanForm {
        content = content == null ? PlanContent.empty() : content;
    }

    PlanForm withContent(PlanContent changed) {
        return new PlanForm(changed, reason, on, version);
    }

    /** Puts a rule's refusal next to its field on this form. */
    static void reject(BindingResult errors, RuleViolation violation) {
        if (violation.command() == PlanContent.class) {
            FormErrors.reject(errors, violation, "content.");
            return;
        }
        violation.violations().forEach(v -> {
            switch (v.field()) {
                case "reden" -> errors.rejectValue("reason", v.code(), v.message());
                case "datum" -> errors.rejectValue("on", v.code(), v.message());
                default -> errors.reject(v.code(), v.message());
            }
        });
    }
}
