package nl.opstap.importing;

import java.util.Optional;
import java.util.UUID;
import nl.opstap.shared.crypto.DataKeys;
import nl.opstap.shared.crypto.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploaded files, encrypted (they hold BSNs and addresses), kept only until their import is done. */
@Repository
class ImportFiles {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final tools.jackson.databind.json.JsonMapper json;

    ImportFiles(JdbcClient jdbc, DataKeys keys, tools.jackson.databind.json.JsonMapper json) {
        this.jdbc = jdbc;
        this.cipher = new FieldCipher(keys, "import-file");
        this.json = json;
    }

    /** The first rows as read, for the mapping page; encrypted like the file. */
    void storeSample(UUID job, java.util.List<java.util.List<String>> rows) {
        jdbc.sql("UPDATE import_job SET sample = ? WHERE id = ?").params(cipher.encrypt(json.writeValueAsString(rows)), job).update();
    }

    java.util.List<java.util.List<String>> sample(UUID job) {
        return jdbc.sql("SELECT sample FROM import_job WHERE id = ?").param(job).query(String.class).optional()
                .filter(java.util.Objects::nonNull)
                .map(s -> json.readValue(cipher.decrypt(s), new tools.jackson.core.type.TypeReference<java.util.List<java.util.List<String>>>() {}))
                .orElse(java.util.List.of());
    }

    void store(UUID job, byte[] content) {
        jdbc.sql("INSERT INTO import_file (job_id, content) VALUES (?, ?)").params(job, cipher.encryptBytes(content)).update();
    }

    Optional<byte[]> load(UUID job) {
        return jdbc.sql("SELECT content FROM import_file WHERE job_id = ?").param(job)
                .query((rs, n) -> rs.getBytes(1)).optional().map(cipher::decryptBytes);
    }

    void delete(UUID job) {
        jdbc.sql("DELETE FROM import_file WHERE job_id = ?").param(job).update();
        jdbc.sql("UPDATE import_job SET sample = NULL WHERE id = ?").param(job).update();
    }
}
