package nl.opstap.client;

import java.util.Optional;

/**
 * A burgerservicenummer. Rule (elfproef): 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11); 000000000 is
 * invalid; an 8-digit number is left-padded with a zero. toString() masks it, so a BSN cannot reach
 * a log line by accident.
 */
record Bsn(String digits) {

    private static final java.util.regex.Pattern SPACES_AND_DOTS = java.util.regex.Pattern.compile("[\\s.]");

    Bsn {
        if (problemWith(digits).isPresent()) {
            throw new IllegalArgumentException("invalid BSN");
        }
    }

    /** Parses user input: spaces and dots are ignored, 8 digits are left-padded. */
    static Bsn parse(String input) {
        return new Bsn(normalise(input));
    }

    static String normalise(String input) {
        String digits = input == null ? "" : SPACES_AND_DOTS.matcher(input).replaceAll("");
        return digits.length() == 8 && digits.chars().allMatch(Character::isDigit) ? "0" + digits : digits;
    }

    /** The Dutch reason a value is not a BSN, or empty when it is one. Never repeats the value. */
    static Optional<String> problemWith(String input) {
        String digits = normalise(input);
        if (digits.isEmpty()) {
            return Optional.of("Vul het BSN in.");
        }
        if (digits.length() != 9 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.of("Een BSN bestaat uit 9 cijfers.");
        }
        if (digits.equals("000000000") || !passesElevenTest(digits)) {
            return Optional.of("Dit is geen geldig BSN: het voldoet niet aan de elfproef. Controleer de cijfers.");
        }
        return Optional.empty();
    }

    static boolean passesElevenTest(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    /** For screens of roles that need to recognise, not read, the number. */
    String masked() {
        return "•••••" + digits.substring(5);
    }

    @Override
    public String toString() {
        return "Bsn[" + masked() + "]";
    }
}
