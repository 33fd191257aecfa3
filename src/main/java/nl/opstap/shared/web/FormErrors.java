package nl.opstap.shared.web;

import nl.opstap.shared.domain.RuleViolation;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;

/**
 * Keeps a form complete after a type error (e.g. letters in a number field). Spring's constructor
 * binding then skips validation and reports the errors on a result without target, so the template
 * would have no object to show and the user would see only the first problem. This re-attaches the
 * errors to the constructed record and validates it, so every problem is listed at once.
 */
@Component
public class FormErrors {

    private final SmartValidator validator;

    FormErrors(SmartValidator validator) {
        this.validator = validator;
    }

    public BindingResult attach(Model model, String name, Object form, BindingResult errors) {
        if (errors.getTarget() != null) {
            return errors;
        }
        BeanPropertyBindingResult attached = new BeanPropertyBindingResult(form, name);
        attached.addAllErrors(errors);
        BeanPropertyBindingResult validation = new BeanPropertyBindingResult(form, name);
        validator.validate(form, validation);
        validation.getFieldErrors().stream()
                .filter(error -> attached.getFieldError(error.getField()) == null)
                .forEach(attached::addError);
        model.addAttribute(name, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, attached);
        return attached;
    }

    /** Adds a rule's refusals for the fields that have no error yet (e.g. beside a field that could not be read). */
    public static void rejectUnlessRejected(BindingResult errors, RuleViolation violation) {
        violation.violations().stream().filter(v -> !v.field().isEmpty() && errors.getFieldError(v.field()) == null)
                .forEach(v -> errors.rejectValue(v.field(), v.code(), v.message()));
    }

    /** Puts a rule's refusal next to the form field it concerns ({@code prefix} + the command's field path). */
    public static void reject(BindingResult errors, RuleViolation violation, String prefix) {
        violation.violations().forEach(v -> {
            if (v.field().isEmpty()) {
                errors.reject(v.code(), v.message());
            } else {
                errors.rejectValue(prefix + v.field(), v.code(), v.message());
            }
        });
    }
}
