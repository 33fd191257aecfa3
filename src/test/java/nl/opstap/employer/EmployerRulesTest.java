package nl.opstap.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.opstap.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmployerRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    static EmployerForm employer(String kvk, String postcode) {
        return new EmployerForm(kvk, "Bakkerij De Korenschoof", SbiSection.C, "Markt", "1", postcode, "Steenwijk", "GM1708", 30,
                true, false, null, null);
    }

    static ContactMomentForm moment(LocalDate date, LocalDate due, String action) {
        return new ContactMomentForm(date, ContactChannel.BEZOEK, "Bezoek", null, action, due, false, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "01234567", " 87654321 "})
    void eightDigitsAreAKvkNumber(String kvk) {
        assertThat(EmployerRules.isValidKvk(kvk)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789", "1234567a", "ABCDEFGH", "00000000", "", "1234 5678"})
    void anythingElseIsNot(String kvk) {
        assertThat(EmployerRules.isValidKvk(kvk)).isFalse();
        assertThatThrownBy(() -> EmployerRules.checkEmployer(employer(kvk, "8331AB"))).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).violations().getFirst().field()).isEqualTo("kvkNumber"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "1234567", "1234567a", "00000000", "8331AB", "8331 ab", "8331SS", "0331AB", "8331 sd"})
    void theFormsPatternsAgreeWithTheRules(String value) {
        try (var factory = jakarta.validation.Validation.buildDefaultValidatorFactory()) {
            var validator = factory.getValidator();
            boolean kvkPattern = validator.validateValue(EmployerForm.class, "kvkNumber", value).isEmpty();
            boolean postcodePattern = validator.validateValue(EmployerForm.class, "postcode", value).isEmpty();
            assertThat(kvkPattern).isEqualTo(EmployerRules.isValidKvk(value));
            assertThat(postcodePattern).isEqualTo(EmployerRules.isValidPostcode(value));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"8331AB", "8331 ab", "9501 XX"})
    void dutchPostcodesPass(String postcode) {
        assertThat(EmployerRules.isValidPostcode(postcode)).isTrue();
        assertThatCode(() -> EmployerRules.checkEmployer(employer("12345678", postcode))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0331AB", "833AB", "8331A", "8331SS", "8331SA", "8331SD", "ABCD12", ""})
    void otherPostcodesAreRefused(String postcode) {
        assertThat(EmployerRules.isValidPostcode(postcode)).isFalse();
        assertThatThrownBy(() -> EmployerRules.checkEmployer(employer("12345678", postcode))).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).violations().getFirst().field()).isEqualTo("postcode"));
    }

    @Test
    void theQuotumStartsAt25Employees() {
        assertThat(EmployerRules.quotum(24)).isFalse();
        assertThat(EmployerRules.quotum(25)).isTrue();
        assertThat(EmployerRules.quotum(0)).isFalse();
    }

    @Test
    void aContactMomentIsNotInTheFuture() {
        assertThatCode(() -> EmployerRules.checkMoment(moment(TODAY, null, null), TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> EmployerRules.checkMoment(moment(TODAY.plusDays(1), null, null), TODAY))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("toekomst");
    }

    @Test
    void theNextActionIsNotDueBeforeTheContact() {
        assertThatCode(() -> EmployerRules.checkMoment(moment(TODAY, TODAY, "Bellen"), TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> EmployerRules.checkMoment(moment(TODAY, TODAY.minusDays(1), "Bellen"), TODAY))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).violations().getFirst().field()).isEqualTo("dueDate"));
        assertThatThrownBy(() -> EmployerRules.checkMoment(moment(TODAY, TODAY.plusDays(3), " "), TODAY))
                .satisfies(e -> assertThat(((RuleViolation) e).violations().getFirst().field()).isEqualTo("nextAction"));
    }

    @Test
    void aLinkedClientNeedsTheMediationMark() {
        var form = new ContactMomentForm(TODAY, ContactChannel.TELEFOON, "x", null, null, null, false, java.util.UUID.randomUUID());
        assertThatThrownBy(() -> EmployerRules.checkMoment(form, TODAY))
                .satisfies(e -> assertThat(((RuleViolation) e).violations().getFirst().field()).isEqualTo("mediation"));
    }

    @Test
    void anAgreementDoesNotEndBeforeItStarts() {
        LocalDate start = LocalDate.of(2024, 1, 1);
        assertThatCode(() -> EmployerRules.checkAgreement(new AgreementForm("UWV", PartnerKind.UWV, "x", start, start))).doesNotThrowAnyException();
        assertThatCode(() -> EmployerRules.checkAgreement(new AgreementForm("UWV", PartnerKind.UWV, "x", start, null))).doesNotThrowAnyException();
        assertThatThrownBy(() -> EmployerRules.checkAgreement(new AgreementForm("UWV", PartnerKind.UWV, "x", start, start.minusDays(1))))
                .satisfies(e -> assertThat(((RuleViolation) e).violations().getFirst().field()).isEqualTo("end"));
    }

    @Test
    void accountManagersOfTheRightKindInTheMunicipality() {
        assertThatCode(() -> EmployerRules.checkManager("managerWi", ManagerKind.WI, true, false)).doesNotThrowAnyException();
        assertThatCode(() -> EmployerRules.checkManager("managerEz", ManagerKind.EZ, true, true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> EmployerRules.checkManager("managerWi", ManagerKind.WI, false, false)).hasMessageContaining("gemeente");
        assertThatThrownBy(() -> EmployerRules.checkManager("managerEz", ManagerKind.EZ, true, false)).hasMessageContaining("Economische Zaken");
        assertThatThrownBy(() -> EmployerRules.checkManager("managerWi", ManagerKind.WI, true, true)).hasMessageContaining("Werk & Inkomen");
        assertThat(ManagerKind.of(true)).isEqualTo(ManagerKind.EZ);
        assertThat(ManagerKind.of(false)).isEqualTo(ManagerKind.WI);
    }

    @Test
    void channelsTravelAsDutchCodes() {
        assertThat(ContactChannel.EMAIL.code()).isEqualTo("e-mail");
        assertThat(ContactChannel.of("bezoek")).isEqualTo(ContactChannel.BEZOEK);
    }

    @Test
    void aContactPersonWhoLeftStaysWhileMomentsNameThem() {
        assertThat(EmployerRules.removalOf(true)).isEqualTo(ContactPersonService.Removal.MARKED_INACTIVE);
        assertThat(EmployerRules.removalOf(false)).isEqualTo(ContactPersonService.Removal.DELETED);
    }

    @Test
    void aMomentNamesAContactWhoStillWorksThereOrWhomItNamedBefore() {
        java.util.UUID id = java.util.UUID.randomUUID();
        EmployerId employer = EmployerId.random();
        var active = new Views.Contact(id, employer, "Sanne", null, null, null, true, 0);
        var left = new Views.Contact(id, employer, "Sanne", null, null, null, false, 1);
        assertThatCode(() -> EmployerRules.checkMomentContact(active, null)).doesNotThrowAnyException();
        assertThatCode(() -> EmployerRules.checkMomentContact(left, id)).doesNotThrowAnyException();
        assertThatThrownBy(() -> EmployerRules.checkMomentContact(left, null)).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).violations().getFirst().code()).isEqualTo("inactive"));
        assertThatThrownBy(() -> EmployerRules.checkMomentContact(null, null)).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).violations().getFirst().field()).isEqualTo("contact"));
    }
}
