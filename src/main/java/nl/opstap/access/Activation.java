package nl.opstap.access;

import nl.opstap.shared.domain.RuleViolation;

/** The rules a portal activation must meet, each refusal a Dutch message on its field. */
final class Activation {

    private Activation() {}

    static RuleViolation invalidCode() {
        return RuleViolation.of(ActivationForm.class, "code", "invalid",
                "Deze code klopt niet of is niet meer geldig. Vraag uw klantmanager om een nieuwe code.");
    }

    static void check(ActivationForm form, String username, boolean usernameTaken) {
        if (username == null || username.isBlank()) {
            throw RuleViolation.of(ActivationForm.class, "username", "required", "Kies een gebruikersnaam.");
        }
        if (usernameTaken) {
            throw RuleViolation.of(ActivationForm.class, "username", "taken", "Deze gebruikersnaam bestaat al. Kies een andere.");
        }
        PasswordPolicy.problemWith(form.password(), username).ifPresent(problem -> {
            throw RuleViolation.of(ActivationForm.class, "password", "policy", problem);
        });
        if (!form.password().equals(form.repeatPassword())) {
            throw RuleViolation.of(ActivationForm.class, "repeatPassword", "mismatch", "De twee wachtwoorden zijn niet gelijk.");
        }
    }
}
