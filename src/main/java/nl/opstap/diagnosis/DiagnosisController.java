package nl.opstap.diagnosis;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.web.FormErrors;
import nl.opstap.taxonomy.Occupations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The diagnosis tab of a client's file: current values, their history, and forms to record a new value
 * or correct one (with {@code correctie} = the corrected fact's id). Errors are shown next to the fields.
 */
@Controller
class DiagnosisController {

    private final AccessGuard guard;
    private final FormErrors formErrors;
    private final ClientDirectory directory;
    private final Diagnoses diagnoses;
    private final FactRecorder recorder;
    private final DiagnosisPage page;
    private final Occupations occupations;

    DiagnosisController(AccessGuard guard, FormErrors formErrors, ClientDirectory directory, Diagnoses diagnoses, FactRecorder recorder,
                        DiagnosisPage page, Occupations occupations) {
        this.guard = guard;
        this.formErrors = formErrors;
        this.directory = directory;
        this.diagnoses = diagnoses;
        this.recorder = recorder;
        this.page = page;
        this.occupations = occupations;
    }

    @GetMapping("/werkzoekenden/{id}/diagnose")
    String show(@PathVariable UUID id, @RequestParam(name = "corrigeer", required = false) @Nullable UUID correcting,
                @RequestParam(name = "beroepZoek", required = false) @Nullable String occupationSearch, Model model) {
        Access access = guard.require(Permission.CLIENT_READ);
        if (occupationSearch != null && occupationSearch.strip().length() >= 2) {
            model.addAttribute("zoek", occupationSearch);
            model.addAttribute("hits", occupations.hits(occupationSearch, 12));
        }
        return render(access, new ClientId(id), correcting, model);
    }

    @PostMapping("/werkzoekenden/{id}/diagnose/situatie")
    String situation(@PathVariable UUID id, @RequestParam(name = "correctie", required = false) @Nullable UUID correcting,
                     @Valid @ModelAttribute("situationForm") DiagnosisCommands.SituationChange form, BindingResult errors,
                     Model model, RedirectAttributes redirect) {
        return save(id, correcting, "situationForm", form, errors, model, redirect);
    }

    @PostMapping("/werkzoekenden/{id}/diagnose/perspectief")
    String perspective(@PathVariable UUID id, @RequestParam(name = "correctie", required = false) @Nullable UUID correcting,
                       @Valid @ModelAttribute("perspectiveForm") DiagnosisCommands.PerspectiveChange form, BindingResult errors,
                       Model model, RedirectAttributes redirect) {
        return save(id, correcting, "perspectiveForm", form, errors, model, redirect);
    }

    @PostMapping("/werkzoekenden/{id}/diagnose/trede")
    String ladder(@PathVariable UUID id, @RequestParam(name = "correctie", required = false) @Nullable UUID correcting,
                  @Valid @ModelAttribute("ladderForm") DiagnosisCommands.LadderChange form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return save(id, correcting, "ladderForm", form, errors, model, redirect);
    }

    @PostMapping("/werkzoekenden/{id}/diagnose/sectoren")
    String sectors(@PathVariable UUID id, @RequestParam(name = "correctie", required = false) @Nullable UUID correcting,
                   @Valid @ModelAttribute("sectorForm") DiagnosisCommands.SectorChange form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        return save(id, correcting, "sectorForm", form, errors, model, redirect);
    }

    @PostMapping("/werkzoekenden/{id}/diagnose/zrm")
    String zrm(@PathVariable UUID id, @RequestParam(name = "correctie", required = false) @Nullable UUID correcting,
               @Valid @ModelAttribute("zrmForm") DiagnosisCommands.ZrmChange form, BindingResult errors,
               Model model, RedirectAttributes redirect) {
        return save(id, correcting, "zrmForm", form, errors, model, redirect);
    }

    @PostMapping("/werkzoekenden/{id}/diagnose/testen")
    String test(@PathVariable UUID id, @RequestParam(name = "correctie", required = false) @Nullable UUID correcting,
                @Valid @ModelAttribute("testForm") DiagnosisCommands.TestChange form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        return save(id, correcting, "testForm", form, errors, model, redirect);
    }

    @PostMapping("/werkzoekenden/{id}/diagnose/beroepen")
    String occupation(@PathVariable UUID id, @RequestParam(name = "correctie", required = false) @Nullable UUID correcting,
                      @Valid @ModelAttribute("occupationForm") DiagnosisCommands.OccupationChange form, BindingResult errors,
                      Model model, RedirectAttributes redirect) {
        return save(id, correcting, "occupationForm", form, errors, model, redirect);
    }

    private String save(UUID id, @Nullable UUID correcting, String name, DiagnosisCommands.Change form, BindingResult errors,
                        Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        ClientId client = new ClientId(id);
        directory.inScope(access, client, ProcessingActivity.DIAGNOSIS, correcting == null ? ProcessingAction.CREATE : ProcessingAction.UPDATE);
        errors = formErrors.attach(model, name, form, errors);
        if (!errors.hasErrors()) {
            try {
                DiagnosisFact fact = correcting == null ? recorder.record(access, form.toFact(client), form.target())
                        : recorder.correct(access, correcting, form.toFact(client), form.reason(), form.target());
                redirect.addFlashAttribute("notice", correcting == null ? "diagnosis.saved" : "diagnosis.corrected");
                return "redirect:/werkzoekenden/" + id + "/diagnose#" + fact.kind().screenPath();
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        model.addAttribute("invalidForm", name);
        return render(guard.require(Permission.CLIENT_READ), client, correcting, model);
    }

    private String render(Access access, ClientId client, @Nullable UUID correcting, Model model) {
        ClientRef ref = directory.inScope(access, client, ProcessingActivity.DIAGNOSIS, ProcessingAction.READ);
        List<DiagnosisFact> history = diagnoses.history(access, client);
        page.fill(access, ref, history, correcting, model);
        return "diagnosis/diagnosis";
    }
}
