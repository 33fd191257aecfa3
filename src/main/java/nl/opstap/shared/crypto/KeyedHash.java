package nl.opstap.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.spec.SecretKeySpec;

/** A keyed one-way hash (HMAC-SHA256, hex): equal inputs give equal outputs, nothing reverses it. */
public final class KeyedHash {

    private final byte[] key;

    public KeyedHash(DataKeys keys, String purpose) {
        SecretKeySpec spec = keys.keyFor(purpose, "HmacSHA256");
        this.key = spec.getEncoded();
    }

    public String of(String value) {
        return HexFormat.of().formatHex(DataKeys.hmac(key, value.getBytes(StandardCharsets.UTF_8)));
    }
}
