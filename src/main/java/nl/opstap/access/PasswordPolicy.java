package nl.opstap.access;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Rule for new passwords (after NIST SP 800-63B / BIO): long enough, not the user name, not a
 * well-known password. Answers with the Dutch reason, or empty when acceptable.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "wachtwoord123", "welkom123456", "password1234", "123456789012", "qwertyuiopas",
            "wachtwoordwachtwoord", "opstapopstap", "zomer2024zomer", "welkomwelkom", "abcdefghijkl");

    private PasswordPolicy() {}

    static Optional<String> problemWith(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Kies een wachtwoord van minstens " + MIN_LENGTH + " tekens.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Een wachtwoord is hoogstens " + MAX_LENGTH + " tekens lang.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Het wachtwoord mag uw gebruikersnaam niet bevatten.");
        }
        if (COMMON.contains(lower) || password.chars().distinct().count() < 4) {
            return Optional.of("Dit wachtwoord is te makkelijk te raden; kies een ander.");
        }
        return Optional.empty();
    }
}
