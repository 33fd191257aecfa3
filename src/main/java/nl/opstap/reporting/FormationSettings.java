package nl.opstap.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The formation settings of an organisation: every change a row from its date, never updated. */
@Repository
class FormationSettings {

    /** A stored setting with who recorded it, for the history. */
    record Recorded(FormationSetting setting, Instant recordedAt, String recordedBy) {}

    private final JdbcClient jdbc;

    FormationSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the setting; a second change of the same item on the same date replaces the first's amount. */
    void record(FormationSetting s, UUID by, String byName, Instant at) {
        int updated = jdbc.sql("""
                UPDATE formation_setting SET amount = ?, recorded_at = ?, recorded_by = ?, recorded_by_name = ?
                WHERE organisation_id = ? AND kind = ? AND code = ? AND valid_from = ?""")
                .params(s.amount(), Timestamp.from(at), by, byName, s.organisation().value(), s.kind().name(), s.code(), s.validFrom())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO formation_setting (id, organisation_id, kind, code, amount, valid_from, recorded_at, recorded_by,
                        recorded_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), s.organisation().value(), s.kind().name(), s.code(), s.amount(), s.validFrom(),
                            Timestamp.from(at), by, byName).update();
        }
    }

    /** For each kind and code the setting that holds on the date (the latest from on or before it). */
    List<FormationSetting> heldOn(OrganisationId organisation, LocalDate date) {
        return jdbc.sql("""
                SELECT s.* FROM formation_setting s WHERE s.organisation_id = :o AND s.valid_from = (
                    SELECT MAX(t.valid_from) FROM formation_setting t WHERE t.organisation_id = s.organisation_id
                    AND t.kind = s.kind AND t.code = s.code AND t.valid_from <= :d)
                ORDER BY s.kind, s.code""").param("o", organisation.value()).param("d", date)
                .query((rs, n) -> setting(rs)).list();
    }

    /** Every setting ever recorded, newest date first. */
    List<Recorded> history(OrganisationId organisation) {
        return jdbc.sql("SELECT * FROM formation_setting WHERE organisation_id = ? ORDER BY valid_from DESC, kind, code")
                .param(organisation.value())
                .query((rs, n) -> new Recorded(setting(rs), rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by_name")))
                .list();
    }

    private static FormationSetting setting(java.sql.ResultSet rs) throws java.sql.SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        return new FormationSetting(new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                FormationSetting.Kind.valueOf(rs.getString("kind")), rs.getString("code"), amount.setScale(Math.min(2, amount.scale()),
                java.math.RoundingMode.UNNECESSARY), rs.getDate("valid_from").toLocalDate());
    }
}
