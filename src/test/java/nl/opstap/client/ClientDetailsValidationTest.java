package nl.opstap.client;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClientDetailsValidationTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private static ClientDetails details(String bsn, String firstNames, String lastName, LocalDate birth, String postcode,
                                         String phone, String email, Integer hours) {
        return new ClientDetails("GM1708", bsn, firstNames, null, lastName, birth, null, null, null, null, postcode, null,
                phone, email, null, null, new MatchingFacts(hours, null, false, false, null, null, null, null));
    }

    private Set<String> invalidFields(ClientDetails details) {
        return validator.validate(details).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(Collectors.toSet());
    }

    @Test
    void aCompleteMinimalClientIsValid() {
        assertThat(invalidFields(details("123456782", "Anna", "Jansen", LocalDate.of(1980, 1, 1), "8331 ab", null, null, null)))
                .isEmpty();
    }

    @Test
    void namesEveryInvalidFieldAtOnce() {
        assertThat(invalidFields(details("123456789", " ", "J4nsen", LocalDate.now().plusDays(1), "83", "abc", "geen-mail", 80)))
                .containsExactlyInAnyOrder("bsn", "firstNames", "lastName", "dateOfBirth", "postcode", "phone", "email",
                        "matchingFacts.hoursPerWeek");
    }

    @Test
    void normalisesInputBeforeItIsStored() {
        ClientDetails d = new ClientDetails(" gm1708 ", " 123456782 ", " Anna ", " ", "Jansen", LocalDate.of(1980, 1, 1),
                null, " ", null, null, "8331 ab", null, null, null, null, null, null);
        assertThat(d.municipality()).isEqualTo("GM1708");
        assertThat(d.postcode()).isEqualTo("8331AB");
        assertThat(d.infix()).isNull();
        assertThat(d.street()).isNull();
        assertThat(d.gender()).isEqualTo(Gender.UNKNOWN);
        assertThat(d.markers()).isEqualTo(TargetGroupMarkers.none());
    }
}
