package nl.opstap.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class DataKeysTest {

    private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private final DataKeys keys = new DataKeys(KEY);

    @Test
    void encryptsWithAFreshIvAndDecryptsBack() {
        FieldCipher cipher = new FieldCipher(keys, "bsn-encryption");
        String one = cipher.encrypt("123456782");
        String two = cipher.encrypt("123456782");
        assertThat(one).isNotEqualTo(two).doesNotContain("123456782");
        assertThat(cipher.decrypt(one)).isEqualTo("123456782");
    }

    @Test
    void keyedHashesAreStablePerPurposeAndDifferAcrossPurposes() {
        assertThat(new KeyedHash(keys, "a").of("x")).isEqualTo(new KeyedHash(keys, "a").of("x")).hasSize(64);
        assertThat(new KeyedHash(keys, "a").of("x")).isNotEqualTo(new KeyedHash(keys, "b").of("x"));
    }

    @Test
    void refusesAMissingOrShortKeyWithoutStartingUp() {
        assertThatThrownBy(() -> new DataKeys("")).hasMessageContaining("OPSTAP_MASTER_KEY");
        assertThatThrownBy(() -> new DataKeys(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new DataKeys("not base64!")).hasMessageContaining("base64");
    }
}
