package nl.opstap.access;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.SecureRandom;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** A TOTP secret in base32, as authenticator apps take it. {@link #toString()} never shows it, so it cannot be logged. */
record TotpSecret(String base32) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base32 BASE32 = new Base32();

    TotpSecret {
        base32 = base32.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!base32.matches("[A-Z2-7]{16,}=*")) {
            throw new IllegalArgumentException("a TOTP secret is base32 of at least 80 bits");
        }
    }

    /** 160 random bits, the size RFC 4226 recommends for HMAC-SHA1. */
    static TotpSecret random() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return new TotpSecret(BASE32.encodeAsString(bytes).replace("=", ""));
    }

    Key key() {
        return new SecretKeySpec(BASE32.decode(base32), "HmacSHA1");
    }

    /** In groups of four, for typing it over: "ABCD EFGH …". */
    String grouped() {
        String plain = base32.replace("=", "");
        StringBuilder groups = new StringBuilder();
        for (int i = 0; i < plain.length(); i += 4) {
            groups.append(i == 0 ? "" : " ").append(plain, i, Math.min(i + 4, plain.length()));
        }
        return groups.toString();
    }

    /** The otpauth URI (Key Uri Format) an authenticator app reads from the QR code. */
    String uri(String issuer, String account) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + base32.replace("=", "") + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=30";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "TotpSecret[verborgen]";
    }
}
