package nl.opstap.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import nl.opstap.shared.crypto.DataKeys;
import org.springframework.stereotype.Component;

/**
 * Encrypts a migration export file as it is written (AES-256-GCM, key purpose "export-file"): a random 12-byte IV,
 * then the ciphertext with its tag. The job id is authenticated data, so a file cannot be passed off as another job's.
 */
@Component
class ExportFileCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    ExportFileCipher(DataKeys keys) {
        this.key = keys.keyFor("export-file", "AES");
    }

    OutputStream encrypting(OutputStream target, UUID job) throws IOException {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        target.write(iv);
        return new CipherOutputStream(target, cipher(Cipher.ENCRYPT_MODE, iv, job));
    }

    /** Decrypts; a changed file or one of another job fails when the stream ends (the tag is checked at the end). */
    InputStream decrypting(InputStream source, UUID job) throws IOException {
        byte[] iv = source.readNBytes(IV_BYTES);
        if (iv.length != IV_BYTES) {
            throw new IOException("export file too short");
        }
        return new CipherInputStream(source, cipher(Cipher.DECRYPT_MODE, iv, job));
    }

    private Cipher cipher(int mode, byte[] iv, UUID job) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(ByteBuffer.allocate(16).putLong(job.getMostSignificantBits()).putLong(job.getLeastSignificantBits()).array());
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }
}
