package nl.opstap.employer;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;

/** The rules of the employer CRM, plain so they can be tested without Spring. */
final class EmployerRules {

    /** From 25 employees an employer falls under the quotum of the banenafspraak (Wet banenafspraak). */
    static final int QUOTUM_FROM = 25;

    private static final Pattern KVK = Pattern.compile("[0-9]{8}");
    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");

    private EmployerRules() {}

    /**
     * A KvK number is exactly eight digits. The Chamber of Commerce publishes no check digit or checksum
     * for it (unlike the BSN's elfproef), so the format and "not all zeros" is all that can be checked here.
     */
    static boolean isValidKvk(@Nullable String input) {
        String value = input == null ? "" : input.strip();
        return KVK.matcher(value).matches() && !value.equals("00000000");
    }

    static String normalisePostcode(@Nullable String input) {
        return input == null ? "" : input.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** Dutch postcode: four digits not starting with 0, two letters, never SA, SD or SS. */
    static boolean isValidPostcode(@Nullable String input) {
        String value = normalisePostcode(input);
        if (!POSTCODE.matcher(value).matches()) {
            return false;
        }
        String letters = value.substring(4);
        return !letters.equals("SA") && !letters.equals("SD") && !letters.equals("SS");
    }

    static boolean quotum(int employees) {
        return employees >= QUOTUM_FROM;
    }

    static void checkEmployer(EmployerForm form) {
        if (!isValidKvk(form.kvkNumber())) {
            throw RuleViolation.of(EmployerForm.class, "kvkNumber", "format",
                    "Een KvK-nummer bestaat uit precies 8 cijfers en is niet 00000000.");
        }
        if (!isValidPostcode(form.postcode())) {
            throw RuleViolation.of(EmployerForm.class, "postcode", "format", "Vul een geldige postcode in, bijvoorbeeld 8331 AB.");
        }
    }

    /** A contact moment happened (not in the future); its next action is not due before it. */
    static void checkMoment(ContactMomentForm form, LocalDate today) {
        if (form.date() != null && form.date().isAfter(today)) {
            throw RuleViolation.of(ContactMomentForm.class, "date", "future", "Een contactmoment kan niet in de toekomst liggen.");
        }
        if (form.dueDate() != null && form.date() != null && form.dueDate().isBefore(form.date())) {
            throw RuleViolation.of(ContactMomentForm.class, "dueDate", "before",
                    "De vervaldatum van de vervolgactie ligt niet vóór de datum van het contact.");
        }
        if (form.dueDate() != null && (form.nextAction() == null || form.nextAction().isBlank())) {
            throw RuleViolation.of(ContactMomentForm.class, "nextAction", "required", "Beschrijf de vervolgactie bij de vervaldatum.");
        }
        if (form.mediationClient() != null && !form.isMediation()) {
            throw RuleViolation.of(ContactMomentForm.class, "mediation", "required",
                    "Vink bemiddeling aan als u een werkzoekende koppelt.");
        }
    }

    /**
     * A contact person who left is deleted, unless contact moments name them: then they stay, marked inactive,
     * so the history keeps saying whom was spoken to.
     */
    static ContactPersonService.Removal removalOf(boolean namedByMoments) {
        return namedByMoments ? ContactPersonService.Removal.MARKED_INACTIVE : ContactPersonService.Removal.DELETED;
    }

    /**
     * The contact person a moment names belongs to the employer and still works there; a moment that already named
     * someone who left since may keep naming them.
     */
    static void checkMomentContact(Views.@Nullable Contact contact, @Nullable UUID previous) {
        if (contact == null) {
            throw RuleViolation.of(ContactMomentForm.class, "contact", "unknown", "Kies een contactpersoon van deze werkgever.");
        }
        if (!contact.active() && !contact.id().equals(previous)) {
            throw RuleViolation.of(ContactMomentForm.class, "contact", "inactive",
                    "Deze contactpersoon werkt niet meer bij de werkgever; kies een andere of laat het veld leeg.");
        }
    }

    static void checkAgreement(AgreementForm form) {
        if (form.end() != null && form.start() != null && form.end().isBefore(form.start())) {
            throw RuleViolation.of(AgreementForm.class, "end", "before", "De einddatum ligt niet vóór de begindatum.");
        }
    }

    /**
     * An account manager of the given kind: holds the role ACCOUNT_MANAGER in the employer's municipality,
     * and is of Economic Affairs exactly when assigned as the EZ account manager.
     */
    static void checkManager(String field, ManagerKind kind, boolean holdsRole, boolean economicAffairs) {
        if (!holdsRole) {
            throw RuleViolation.of(EmployerForm.class, field, "unknown",
                    "Kies een accountmanager die in de gemeente van deze werkgever werkt.");
        }
        if (kind == ManagerKind.EZ && !economicAffairs) {
            throw RuleViolation.of(EmployerForm.class, field, "kind", "Deze accountmanager werkt niet voor Economische Zaken.");
        }
        if (kind == ManagerKind.WI && economicAffairs) {
            throw RuleViolation.of(EmployerForm.class, field, "kind", "Deze accountmanager werkt voor Economische Zaken, niet voor Werk & Inkomen.");
        }
    }
}
