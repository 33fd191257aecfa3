package nl.opstap.obligation;

import jakarta.validation.Valid;
import java.util.UUID;
import java.util.function.Supplier;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.client.ClientFile;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tab "Verplichtingen" of a client's file, with a form for each kind of record. */
@Controller
class ObligationController {

    static final String TAB = "verplichtingen";

    /** One form at a time on the page (field ids stay unique): the form's model name and its ?formulier= value. */
    private static final java.util.Map<String, String> FORMS = java.util.Map.of("obligationForm", "verplichting",
            "exemptionForm", "ontheffing", "signalForm", "signaal", "measureForm", "maatregel", "bonusForm", "premie",
            "recheckForm", "herbeoordeling");

    private final AccessGuard guard;
    private final ObligationService service;
    private final ClientFile file;
    private final FormErrors formErrors;

    ObligationController(AccessGuard guard, ObligationService service, ClientFile file, FormErrors formErrors) {
        this.guard = guard;
        this.service = service;
        this.file = file;
        this.formErrors = formErrors;
    }

    @GetMapping("/werkzoekenden/{id}/verplichtingen")
    String show(@PathVariable UUID id, @RequestParam(name = "formulier", required = false) String form,
                @RequestParam(name = "ontheffing", required = false) UUID exemption, Model model) {
        Access access = guard.require(Permission.CLIENT_READ);
        model.addAttribute("show", form);
        model.addAttribute("recheckId", exemption);
        return page(access, service.client(access, new ClientId(id), ProcessingAction.READ), model);
    }

    @PostMapping("/werkzoekenden/{id}/verplichtingen")
    String addObligation(@PathVariable UUID id, @Valid @ModelAttribute("obligationForm") Forms.ObligationForm form, BindingResult errors,
                         Model model, RedirectAttributes redirect) {
        return save(id, "obligationForm", form, errors, model, redirect, "obligation.saved",
                access -> service.addObligation(access, new ClientId(id), form));
    }

    @PostMapping("/werkzoekenden/{id}/ontheffingen")
    String addExemption(@PathVariable UUID id, @Valid @ModelAttribute("exemptionForm") Forms.ExemptionForm form, BindingResult errors,
                        Model model, RedirectAttributes redirect) {
        return save(id, "exemptionForm", form, errors, model, redirect, "exemption.saved",
                access -> service.addExemption(access, new ClientId(id), form));
    }

    @PostMapping("/werkzoekenden/{id}/signalen")
    String addSignal(@PathVariable UUID id, @Valid @ModelAttribute("signalForm") Forms.SignalForm form, BindingResult errors,
                     Model model, RedirectAttributes redirect) {
        return save(id, "signalForm", form, errors, model, redirect, "signal.saved",
                access -> service.addSignal(access, new ClientId(id), form));
    }

    @PostMapping("/werkzoekenden/{id}/maatregelen")
    String addMeasure(@PathVariable UUID id, @Valid @ModelAttribute("measureForm") Forms.MeasureForm form, BindingResult errors,
                      Model model, RedirectAttributes redirect) {
        return save(id, "measureForm", form, errors, model, redirect, "measure.saved",
                access -> service.addMeasure(access, new ClientId(id), form));
    }

    @PostMapping("/werkzoekenden/{id}/premies")
    String addBonus(@PathVariable UUID id, @Valid @ModelAttribute("bonusForm") Forms.BonusForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        return save(id, "bonusForm", form, errors, model, redirect, "bonus.saved",
                access -> service.addBonus(access, new ClientId(id), form));
    }

    @PostMapping("/werkzoekenden/{id}/ontheffingen/{exemptionId}/herbeoordeling")
    String recheck(@PathVariable UUID id, @PathVariable UUID exemptionId, @Valid @ModelAttribute("recheckForm") Forms.RecheckForm form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("recheckId", exemptionId);
        return save(id, "recheckForm", form, errors, model, redirect, "exemption.recheck.saved", access -> {
            service.recheckExemption(access, new ClientId(id), exemptionId, form);
            return exemptionId;
        });
    }

    @PostMapping("/werkzoekenden/{id}/signalen/{signalId}/afhandelen")
    String handle(@PathVariable UUID id, @PathVariable UUID signalId,
                  @RequestParam(name = "handledOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate on,
                  RedirectAttributes redirect) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        ClientRef ref = service.client(access, new ClientId(id), ProcessingAction.UPDATE);
        try {
            service.handleSignal(access, ref.id(), signalId, new Forms.SignalHandling(on == null ? service.today() : on));
            redirect.addFlashAttribute("notice", "signal.handled");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("handleError", violation.getMessage());
            redirect.addFlashAttribute("handleErrorId", signalId);
        }
        return "redirect:/werkzoekenden/" + id + "/" + TAB + "#signalen";
    }

    private String save(UUID id, String name, Object form, BindingResult errors, Model model, RedirectAttributes redirect, String notice,
                        java.util.function.Function<Access, UUID> action) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        ClientRef ref = service.client(access, new ClientId(id), ProcessingAction.CREATE);
        errors = formErrors.attach(model, name, form, errors);
        model.addAttribute("show", FORMS.get(name));
        if (!errors.hasErrors()) {
            try {
                action.apply(access);
                redirect.addFlashAttribute("notice", notice);
                return "redirect:/werkzoekenden/" + id + "/" + TAB;
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        return page(guard.require(Permission.CLIENT_READ), ref, model);
    }

    private String page(Access access, ClientRef ref, Model model) {
        ObligationView view = service.view(access, ref);
        model.addAttribute("file", file.header(access, ref, TAB));
        model.addAttribute("view", view);
        model.addAttribute("today", service.today());
        boolean mayWrite = access.user().scopeFor(Permission.CLIENT_WRITE).contains(ref.municipality());
        model.addAttribute("mayWrite", mayWrite);
        model.addAttribute("mayWriteSignals", SignalVisibility.mayWrite(access.user(), ref.municipality()));
        empty(model, "obligationForm", () -> new Forms.ObligationForm(null, service.today(), null, null));
        empty(model, "exemptionForm", () -> new Forms.ExemptionForm(null, null, service.today(), null, service.today().plusMonths(6), null));
        empty(model, "signalForm", () -> new Forms.SignalForm(null, service.today(), ""));
        empty(model, "measureForm", () -> new Forms.MeasureForm(null, null, 0, service.today(), null, service.today(), null));
        empty(model, "bonusForm", () -> new Forms.BonusForm(service.today(), null, ""));
        empty(model, "recheckForm", () -> new Forms.RecheckForm(service.today(), null, service.today().plusMonths(6), null));
        model.addAttribute("recheckOutcomes", RecheckOutcome.values());
        model.addAttribute("obligationKinds", ObligationKind.values());
        model.addAttribute("exemptionReasons", ExemptionReason.values());
        model.addAttribute("signalKinds", SignalKind.values());
        model.addAttribute("measureKinds", MeasureKind.values());
        return "obligation/obligations";
    }

    private static void empty(Model model, String name, Supplier<Object> form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form.get());
        }
    }
}
