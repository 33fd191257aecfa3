package nl.opstap.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.opstap.client.ClientId;
import nl.opstap.worklist.WorkItem;
import nl.opstap.worklist.WorklistContributor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Plan reviews that are due and steps not done by their due date, for the worklist. */
@Component
class PlanWorklist implements WorklistContributor {

    private final Plans plans;
    private final MessageSource messages;

    PlanWorklist(Plans plans, MessageSource messages) {
        this.messages = messages;
        this.plans = plans;
    }

    @Override
    public List<WorkItem> itemsFor(Collection<ClientId> clients, LocalDate today, LocalDate until) {
        List<WorkItem> items = new ArrayList<>();
        for (Plans.OpenPlan plan : plans.openFor(clients)) {
            String href = "/werkzoekenden/" + plan.client() + "/plan";
            if (plan.reviewDate() != null && !plan.reviewDate().isAfter(until)) {
                items.add(new WorkItem(plan.client(), "worklist.kind.planReview", plan.reviewDate(),
                        text("worklist.planReview.text"), href));
            }
            if (plan.status() == PlanStatus.CONCEPT) {
                continue; // steps of a plan not yet agreed are not yet due
            }
            for (PlanContent.Step step : plan.content().steps()) {
                if (!step.isDone() && step.dueDate() != null && !step.dueDate().isAfter(until)) {
                    items.add(new WorkItem(plan.client(), "worklist.kind.planStep", step.dueDate(),
                            text("worklist.planStep.text", step.description()), href));
                }
            }
        }
        return items;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, java.util.Locale.of("nl"));
    }
}
