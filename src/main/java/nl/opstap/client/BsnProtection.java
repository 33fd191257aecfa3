package nl.opstap.client;

import nl.opstap.shared.crypto.DataKeys;
import nl.opstap.shared.crypto.FieldCipher;
import nl.opstap.shared.crypto.KeyedHash;
import org.springframework.stereotype.Component;

/**
 * Keeps BSNs out of the database in plain text: stored encrypted (AES-GCM), found through a keyed
 * hash. A database dump or SQL log shows neither the number nor a hash anyone can reverse.
 */
@Component
class BsnProtection {

    private final FieldCipher cipher;
    private final KeyedHash index;

    BsnProtection(DataKeys keys) {
        this.cipher = new FieldCipher(keys, "bsn-encryption");
        this.index = new KeyedHash(keys, "bsn-index");
    }

    String index(Bsn bsn) {
        return index.of(bsn.digits());
    }

    String encrypt(Bsn bsn) {
        return cipher.encrypt(bsn.digits());
    }

    /** An anonymised file stores no BSN at all (empty), so there is nothing to decrypt. */
    String decrypt(String stored) {
        return stored.isEmpty() ? "" : cipher.decrypt(stored);
    }
}
