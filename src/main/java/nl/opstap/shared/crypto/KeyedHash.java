package nl.opstap.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.spec.SecretKeySpec;

/** A keyed one-way hash (HMAC-SHA256, hex): equal inputs give equal outputs, nothing reverses it. */
public final class KeyedHash {

    private final SecretKeySpec key;
    /** One initialised Mac per thread: an import hashes 100,000 BSNs, and looking up the algorithm each time costs more than hashing. */
    private final ThreadLocal<javax.crypto.Mac> macs;

    public KeyedHash(DataKeys keys, String purpose) {
        this.key = keys.keyFor(purpose, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 unavailable", e);
            }
        });
    }

    public String of(String value) {
        return HexFormat.of().formatHex(macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }
}
