package nl.opstap.access;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Rule: a recovery code is ten characters from an alphabet without look-alikes (no I, O, 0, 1: 32 characters, 50 bits),
 * shown as two groups of five. Typed in any case, with or without the hyphen or spaces.
 */
final class RecoveryCode {

    static final int PER_ACCOUNT = 10;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCode() {}

    /** A new code as shown: "ABCDE-FGH23". */
    static String random() {
        StringBuilder code = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as stored (hashed): upper case, without hyphen and spaces; empty when it cannot be a recovery code. */
    static String normalised(String typed) {
        String code = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return "";
        }
        return code;
    }
}
