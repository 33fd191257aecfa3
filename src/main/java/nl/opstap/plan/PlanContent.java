package nl.opstap.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a plan says: the perspective, goals, agreements (what the client does, what the service does),
 * steps with due dates, and when the plan is reviewed. The same record is the form, the API body and
 * the stored version.
 */
public record PlanContent(
        @JsonProperty("perspectief") @Size(max = 4000, message = "{plan.perspective.size}") @Nullable String perspective,
        @JsonProperty("herbeoordelingsdatum") @Nullable LocalDate reviewDate,
        @JsonProperty("doelen") @Size(max = 20, message = "{plan.goals.size}") List<@Valid Goal> goals,
        @JsonProperty("afspraken") @Size(max = 30, message = "{plan.agreements.size}") List<@Valid Agreement> agreements,
        @JsonProperty("stappen") @Size(max = 40, message = "{plan.steps.size}") List<@Valid Step> steps) {

    public PlanContent {
        perspective = perspective == null || perspective.isBlank() ? null : perspective.strip();
        goals = goals == null ? List.of() : goals.stream().map(g -> g == null ? new Goal(null, null) : g).toList();
        agreements = agreements == null ? List.of()
                : agreements.stream().map(a -> a == null ? new Agreement(null, null) : a).toList();
        steps = steps == null ? List.of() : steps.stream().map(s -> s == null ? new Step(null, null, null, null) : s).toList();
    }

    public static PlanContent empty() {
        return new PlanContent(null, null, List.of(), List.of(), List.of());
    }

    /** A goal, optionally with a date by which it should be reached. */
    public record Goal(@JsonProperty("omschrijving") @NotBlank(message = "{plan.goal.text.required}")
                       @Size(max = 500, message = "{plan.text.size}") @Nullable String text,
                       @JsonProperty("streefdatum") @Nullable LocalDate targetDate) {

        boolean isBlank() {
            return (text == null || text.isBlank()) && targetDate == null;
        }
    }

    /** An agreement between client and service: who does what. */
    public record Agreement(@JsonProperty("partij") @NotNull(message = "{plan.party.required}") @Nullable Party party,
                            @JsonProperty("omschrijving") @NotBlank(message = "{plan.agreement.text.required}")
                            @Size(max = 500, message = "{plan.text.size}") @Nullable String text) {

        boolean isBlank() {
            return text == null || text.isBlank();
        }
    }

    /** A step with the date it is due, the date it was done, and who takes it. */
    public record Step(@JsonProperty("omschrijving") @NotBlank(message = "{plan.step.text.required}")
                       @Size(max = 500, message = "{plan.text.size}") @Nullable String description,
                       @JsonProperty("uiterlijk") @NotNull(message = "{plan.step.due.required}") @Nullable LocalDate dueDate,
                       @JsonProperty("gedaanOp") @Nullable LocalDate doneOn,
                       @JsonProperty("verantwoordelijke") @NotNull(message = "{plan.party.required}") @Nullable Party responsible) {

        boolean isBlank() {
            return (description == null || description.isBlank()) && dueDate == null && doneOn == null;
        }

        @JsonIgnore // the API has gedaanOp
        public boolean isDone() {
            return doneOn != null;
        }
    }

    /** The form may carry empty rows (added but not filled in); they are not part of the plan. */
    public PlanContent withoutBlankRows() {
        return new PlanContent(perspective, reviewDate, goals.stream().filter(g -> !g.isBlank()).toList(),
                agreements.stream().filter(a -> !a.isBlank()).toList(), steps.stream().filter(s -> !s.isBlank()).toList());
    }

    /** The first step not yet done, by due date. */
    public Optional<Step> nextOpenStep() {
        return steps.stream().filter(s -> !s.isDone() && s.dueDate() != null)
                .min(java.util.Comparator.comparing(Step::dueDate));
    }
}
