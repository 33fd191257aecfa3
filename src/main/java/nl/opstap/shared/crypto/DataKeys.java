package nl.opstap.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Derives one key per purpose from the single master key (HMAC-SHA256 as a KDF), so an operator
 * manages one secret while BSN encryption, the BSN index and log pseudonyms never share a key.
 */
@Component
public class DataKeys {

    private final byte[] masterKey;

    public DataKeys(@Value("${opstap.security.master-key:}") String masterKeyBase64) {
        this.masterKey = decode(masterKeyBase64);
    }

    private static byte[] decode(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(
                    "OPSTAP_MASTER_KEY is not set: give a base64 key of at least 32 bytes (see README)");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("OPSTAP_MASTER_KEY is not valid base64");
        }
        if (key.length < 32) {
            throw new IllegalStateException("OPSTAP_MASTER_KEY must hold at least 32 bytes");
        }
        return key;
    }

    /** A 256-bit key for one purpose, e.g. "bsn-encryption". */
    public SecretKeySpec keyFor(String purpose, String algorithm) {
        return new SecretKeySpec(hmac(masterKey, purpose.getBytes(StandardCharsets.UTF_8)), algorithm);
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
