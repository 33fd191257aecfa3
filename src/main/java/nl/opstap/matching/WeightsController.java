package nl.opstap.matching;

import jakarta.validation.Valid;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.shared.domain.StaleVersionException;
import nl.opstap.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /matching/gewichten: the weights with their explanation, the form to change them and their history (MATCHING_ADMIN). */
@Controller
class WeightsController {

    private final AccessGuard guard;
    private final WeightTuning tuning;
    private final FormErrors formErrors;

    WeightsController(AccessGuard guard, WeightTuning tuning, FormErrors formErrors) {
        this.guard = guard;
        this.tuning = tuning;
        this.formErrors = formErrors;
    }

    @GetMapping("/matching/gewichten")
    String show(Model model) {
        Access access = guard.require(Permission.MATCHING_ADMIN);
        WeightTuning.State state = tuning.state(access);
        model.addAttribute("form", WeightsForm.of(state.current()));
        return page(model, state, state.version());
    }

    @PostMapping("/matching/gewichten")
    String save(@RequestParam(name = "version", defaultValue = "-1") int version, @Valid @ModelAttribute("form") WeightsForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.MATCHING_ADMIN);
        errors = formErrors.attach(model, "form", form, errors);
        if (!errors.hasErrors()) {
            try {
                tuning.save(access, form.weights(), version);
                redirect.addFlashAttribute("notice", "weights.saved");
                return "redirect:/matching/gewichten";
            } catch (StaleVersionException e) {
                errors.reject("weights.stale");
                WeightTuning.State state = tuning.state(access);
                return page(model, state, state.version());
            }
        }
        return page(model, tuning.state(access), version);
    }

    private String page(Model model, WeightTuning.State state, int version) {
        model.addAttribute("state", state);
        model.addAttribute("version", version);
        model.addAttribute("criteria", WeightsForm.CRITERIA);
        model.addAttribute("labels", new Labels());
        return "matching/weights";
    }

    /** The Dutch name of a criterion and a weight in Dutch notation, for the template. */
    static final class Labels {
        public String of(String criterion) {
            return ExplanationText.label(criterion);
        }

        public String weight(Weights weights, String criterion) {
            return WeightsForm.shown(weights.of(criterion));
        }
    }
}
