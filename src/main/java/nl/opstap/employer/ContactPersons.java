package nl.opstap.employer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contact persons of employers. Callers pass an employer already checked against their scope. */
@Repository
class ContactPersons {

    private static final String COLUMNS = "id, employer_id, name, role, phone, email, active, version";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ContactPersons(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Active contacts first, then those who left; each by name. */
    List<Views.Contact> of(EmployerId employer) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM employer_contact WHERE employer_id = ? ORDER BY active DESC, name, id")
                .param(employer.value()).query((rs, n) -> contact(rs)).list();
    }

    Optional<Views.Contact> find(EmployerId employer, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM employer_contact WHERE employer_id = ? AND id = ?")
                .param(employer.value()).param(id).query((rs, n) -> contact(rs)).optional();
    }

    /** The contact, locked until the transaction ends: a removal and a new contact moment naming them wait for each other. */
    Optional<Views.Contact> lock(EmployerId employer, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM employer_contact WHERE employer_id = ? AND id = ? FOR UPDATE")
                .param(employer.value()).param(id).query((rs, n) -> contact(rs)).optional();
    }

    void insert(Map<EmployerId, List<ContactForm>> contacts, Instant now) {
        List<Object[]> rows = new ArrayList<>();
        contacts.forEach((employer, forms) -> forms.forEach(f -> rows.add(new Object[] {UUID.randomUUID(), employer.value(),
                text(f.name()), blank(f.role()), blank(f.phone()), blank(f.email()), Timestamp.from(now)})));
        template.batchUpdate("INSERT INTO employer_contact (id, employer_id, name, role, phone, email, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** False when the stored version is no longer {@code version}. */
    boolean update(EmployerId employer, UUID id, int version, ContactForm f, Instant now) {
        return jdbc.sql("""
                UPDATE employer_contact SET name = ?, role = ?, phone = ?, email = ?, version = version + 1, updated_at = ?
                WHERE employer_id = ? AND id = ? AND version = ?""")
                .params(text(f.name()), blank(f.role()), blank(f.phone()), blank(f.email()), Timestamp.from(now), employer.value(), id, version)
                .update() == 1;
    }

    boolean deactivate(EmployerId employer, UUID id, int version, Instant now) {
        return jdbc.sql("UPDATE employer_contact SET active = FALSE, inactive_since = ?, version = version + 1, updated_at = ? "
                        + "WHERE employer_id = ? AND id = ? AND version = ?")
                .params(Timestamp.from(now), Timestamp.from(now), employer.value(), id, version).update() == 1;
    }

    boolean delete(EmployerId employer, UUID id, int version) {
        return jdbc.sql("DELETE FROM employer_contact WHERE employer_id = ? AND id = ? AND version = ?")
                .params(employer.value(), id, version).update() == 1;
    }

    /** Whether any contact moment names this contact person. */
    boolean referenced(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM employer_contact_moment WHERE contact_id = ?").param(id).query(Long.class).single() > 0;
    }

    private static Views.Contact contact(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Views.Contact(rs.getObject("id", UUID.class), new EmployerId(rs.getObject("employer_id", UUID.class)), rs.getString("name"),
                rs.getString("role"), rs.getString("phone"), rs.getString("email"), rs.getBoolean("active"), rs.getInt("version"));
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
