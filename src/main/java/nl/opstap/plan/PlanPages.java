package nl.opstap.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.Locale;
import nl.opstap.access.Access;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientFile;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model of the plan's pages: the file header, the plan, and what the user may do with it. */
@Component
class PlanPages {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final ClientFile file;
    private final MessageSource messages;

    PlanPages(ClientFile file, MessageSource messages) {
        this.file = file;
        this.messages = messages;
    }

    /** A plan closed before the current one, as its list entry shows it. */
    record EarlierPlan(UUID id, LocalDate startedOn, PlanStatus status, LocalDate lastChange, List<Integer> versions) {
        static EarlierPlan of(Plan plan) {
            return new EarlierPlan(plan.id().value(), plan.startedOn(), plan.status(), plan.current().effectiveOn(),
                    plan.versions().stream().map(PlanVersion::number).toList());
        }
    }

    void show(Access access, PlanService.PlanOfClient read, List<Plan> all, Model model) {
        header(access, read, model);
        PlanId currentId = read.plan().map(Plan::id).orElse(null);
        model.addAttribute("earlierPlans", all.stream().filter(p -> !p.id().equals(currentId)).map(EarlierPlan::of).toList());
        read.plan().ifPresent(plan -> {
            model.addAttribute("plan", plan);
            model.addAttribute("current", plan.current());
            model.addAttribute("lockVersion", plan.lockVersion());
            model.addAttribute("versions", plan.versions().reversed());
        });
        PlanStatus status = read.plan().map(Plan::status).orElse(null);
        boolean write = mayWrite(access, read);
        model.addAttribute("canStart", write && (status == null || status == PlanStatus.AFGESLOTEN));
        model.addAttribute("canEdit", write && status == PlanStatus.CONCEPT);
        model.addAttribute("canApprove", write && status == PlanStatus.CONCEPT);
        model.addAttribute("canRevise", write && (status == PlanStatus.VASTGESTELD || status == PlanStatus.HERZIEN));
        model.addAttribute("canClose", write && status != null && status != PlanStatus.AFGESLOTEN);
        if (!model.containsAttribute("transition")) {
            model.addAttribute("transition", new TransitionForm(null, null));
        }
    }

    /** One version; {@code planPath} is where its plan's pages are (the current plan, or an earlier one). */
    void version(Access access, PlanService.PlanOfClient read, PlanVersion version, String planPath, Model model) {
        header(access, read, model);
        model.addAttribute("planPath", planPath);
        model.addAttribute("current", version);
        model.addAttribute("latest", read.required().current().number());
    }

    /** The edit page; {@code form} null keeps the form already in the model (shown as typed). */
    void edit(Access access, PlanService.PlanOfClient read, @Nullable PlanForm form, Model model) {
        header(access, read, model);
        if (form != null) {
            model.addAttribute("form", form);
        }
        PlanStatus status = read.plan().map(Plan::status).filter(s -> s != PlanStatus.AFGESLOTEN).orElse(null);
        model.addAttribute("revising", status == PlanStatus.VASTGESTELD || status == PlanStatus.HERZIEN);
        model.addAttribute("parties", List.of(Party.values()));
    }

    private void header(Access access, PlanService.PlanOfClient read, Model model) {
        model.addAttribute("file", file.header(access, read.client(), PlanController.TAB));
        model.addAttribute("clientId", read.client().id().value());
    }

    private static boolean mayWrite(Access access, PlanService.PlanOfClient read) {
        return access.user().scopeFor(Permission.CLIENT_WRITE).contains(read.client().municipality());
    }

    String message(String key) {
        return messages.getMessage(key, null, DUTCH);
    }
}
