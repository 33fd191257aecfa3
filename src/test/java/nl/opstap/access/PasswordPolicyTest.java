package nl.opstap.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongPassphrase() {
        assertThat(PasswordPolicy.problemWith("fiets regen koffie tulp", "jan")).isEmpty();
    }

    @Test
    void refusesShortGuessableOrPersonalPasswords() {
        assertThat(PasswordPolicy.problemWith("kort", "jan")).hasValueSatisfying(m -> assertThat(m).contains("12"));
        assertThat(PasswordPolicy.problemWith("wachtwoord123", "jan")).isPresent();
        assertThat(PasswordPolicy.problemWith("aaaaaaaaaaaaaaaa", "jan")).isPresent();
        assertThat(PasswordPolicy.problemWith("jan.jansen-geheim", "jan.jansen")).isPresent();
        assertThat(PasswordPolicy.problemWith("x".repeat(129) + "abcd", "jan")).isPresent();
    }
}
