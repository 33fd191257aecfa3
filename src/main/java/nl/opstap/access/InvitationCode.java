package nl.opstap.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A one-time portal invitation code: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as
 * XXXX-XXXX-XXXX so it can be read out or printed in a letter. 32^12 ≈ 10^18 codes: guessing is hopeless. Only the
 * SHA-256 of the normalised code is stored.
 */
final class InvitationCode {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationCode() {}

    static String generate() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** The code as typed (spaces, dashes, lower case) reduced to its characters. */
    static String normalise(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static String hash(String typed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalise(typed).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean looksValid(String typed) {
        String code = normalise(typed);
        return code.length() == LENGTH && code.chars().allMatch(c -> new String(ALPHABET).indexOf(c) >= 0);
    }
}
