package nl.opstap.portfolio;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/** Rule: a profile number is random ("K-7F3A2C"), so it reveals nothing and cannot be traced to the client id. */
final class ProfileNumbers {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ProfileNumbers() {}

    static String next() {
        byte[] bytes = new byte[3];
        RANDOM.nextBytes(bytes);
        return "K-" + HexFormat.of().formatHex(bytes).toUpperCase(Locale.ROOT);
    }

    /** Whether the text has the form of a profile number (anything else is unknown without asking the database). */
    static boolean isWellFormed(String text) {
        return text.matches("K-[0-9A-F]{6}");
    }
}
