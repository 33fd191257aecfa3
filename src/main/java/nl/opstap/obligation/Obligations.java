package nl.opstap.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.jdbc.SqlValues;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Obligations, exemptions, signals, measures and bonuses. Reads take a client already checked to be in
 * scope; signals and measures are only read after {@link SignalVisibility} allowed it.
 */
@Repository
class Obligations {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Obligations(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A row to insert: the table's SQL and its values. */
    record Row(String sql, Object[] values) {}

    static Row obligation(UUID id, ClientId client, MunicipalityCode m, Forms.ObligationForm f, Instant now, @Nullable UUID by) {
        return new Row("INSERT INTO obligation (id, client_id, municipality_code, kind, valid_from, valid_until, note, recorded_at, recorded_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new Object[] {id, client.value(), m.value(), f.kind().name(), f.validFrom(),
                f.validUntil(), blank(f.note()), SqlValues.timestamp(now), by});
    }

    static Row exemption(UUID id, ClientId client, MunicipalityCode m, Forms.ExemptionForm f, Instant now, @Nullable UUID by) {
        return new Row("INSERT INTO exemption (id, client_id, municipality_code, obligation_kind, reason, valid_from, valid_until, recheck_on, "
                + "note, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new Object[] {id, client.value(), m.value(),
                f.obligationKind().name(), f.reason().name(), f.validFrom(), f.validUntil(), f.recheckOn(), blank(f.note()),
                SqlValues.timestamp(now), by});
    }

    static Row signal(UUID id, ClientId client, MunicipalityCode m, Forms.SignalForm f, SignalStatus status, @Nullable LocalDate handledOn,
                      Instant now, @Nullable UUID by) {
        return new Row("INSERT INTO client_signal (id, client_id, municipality_code, kind, signal_date, description, status, handled_on, "
                + "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new Object[] {id, client.value(), m.value(),
                f.kind().name(), f.signalDate(), f.description().strip(), status.name(), handledOn, SqlValues.timestamp(now), by});
    }

    static Row measure(UUID id, ClientId client, MunicipalityCode m, Forms.MeasureForm f, Instant now, @Nullable UUID by) {
        return new Row("INSERT INTO measure (id, signal_id, client_id, municipality_code, kind, percentage, valid_from, valid_until, decided_on, "
                + "note, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new Object[] {id, f.signalId(),
                client.value(), m.value(), f.kind().name(), f.percentage(), f.validFrom(), f.validUntil(), f.decidedOn(), blank(f.note()),
                SqlValues.timestamp(now), by});
    }

    static Row bonus(UUID id, ClientId client, MunicipalityCode m, Forms.BonusForm f, Instant now, @Nullable UUID by) {
        return new Row("INSERT INTO work_bonus (id, client_id, municipality_code, bonus_date, amount, reason, recorded_at, recorded_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new Object[] {id, client.value(), m.value(), f.bonusDate(),
                f.amount().setScale(2, java.math.RoundingMode.UNNECESSARY), f.reason().strip(), SqlValues.timestamp(now), by});
    }

    void insert(Row row) {
        template.update(row.sql(), row.values());
    }

    /** Inserts rows in batches per table, in the given order of tables (signals before their measures). */
    void insertAll(List<Row> rows) {
        java.util.Map<String, List<Object[]>> bySql = new java.util.LinkedHashMap<>();
        rows.forEach(r -> bySql.computeIfAbsent(r.sql(), s -> new ArrayList<>()).add(r.values()));
        bySql.forEach(template::batchUpdate);
    }

    List<Records.Obligation> obligations(ClientId client) {
        return jdbc.sql("SELECT * FROM obligation WHERE client_id = ? ORDER BY valid_from DESC").param(client.value())
                .query((rs, n) -> new Records.Obligation(rs.getObject("id", UUID.class), ObligationKind.valueOf(rs.getString("kind")),
                        SqlValues.date(rs, "valid_from"), SqlValues.date(rs, "valid_until"), rs.getString("note"),
                        SqlValues.instant(rs, "recorded_at"))).list();
    }

    List<Records.Exemption> exemptions(ClientId client) {
        return jdbc.sql("SELECT * FROM exemption WHERE client_id = ? ORDER BY valid_from DESC").param(client.value())
                .query((rs, n) -> exemption(rs)).list();
    }

    List<Records.Signal> signals(ClientId client) {
        return jdbc.sql("SELECT * FROM client_signal WHERE client_id = ? ORDER BY signal_date DESC").param(client.value())
                .query((rs, n) -> signal(rs)).list();
    }

    Optional<Records.Signal> signal(ClientId client, UUID id) {
        return jdbc.sql("SELECT * FROM client_signal WHERE client_id = ? AND id = ?").params(client.value(), id)
                .query((rs, n) -> signal(rs)).optional();
    }

    Optional<Records.Exemption> exemption(ClientId client, UUID id) {
        return jdbc.sql("SELECT * FROM exemption WHERE client_id = ? AND id = ? FOR UPDATE").params(client.value(), id)
                .query((rs, n) -> exemption(rs)).optional();
    }

    void recheck(UUID exemption, ExemptionRecheck.Result result) {
        jdbc.sql("UPDATE exemption SET recheck_on = ?, last_rechecked_on = ?, valid_until = ? WHERE id = ?")
                .params(result.recheckOn(), result.lastRecheckedOn(), result.validUntil().orElse(null), exemption).update();
    }

    void handle(UUID signal, LocalDate on) {
        jdbc.sql("UPDATE client_signal SET status = ?, handled_on = ? WHERE id = ? AND status = ?")
                .params(SignalStatus.AFGEHANDELD.name(), on, signal, SignalStatus.OPEN.name()).update();
    }

    List<Records.Measure> measures(ClientId client) {
        return jdbc.sql("SELECT * FROM measure WHERE client_id = ? ORDER BY valid_from DESC").param(client.value())
                .query((rs, n) -> new Records.Measure(rs.getObject("id", UUID.class), rs.getObject("signal_id", UUID.class),
                        MeasureKind.valueOf(rs.getString("kind")), rs.getInt("percentage"), SqlValues.date(rs, "valid_from"),
                        SqlValues.date(rs, "valid_until"), SqlValues.date(rs, "decided_on"), rs.getString("note"),
                        SqlValues.instant(rs, "recorded_at"))).list();
    }

    List<Records.WorkBonus> bonuses(ClientId client) {
        return jdbc.sql("SELECT * FROM work_bonus WHERE client_id = ? ORDER BY bonus_date DESC").param(client.value())
                .query((rs, n) -> new Records.WorkBonus(rs.getObject("id", UUID.class), SqlValues.date(rs, "bonus_date"),
                        rs.getBigDecimal("amount"), rs.getString("reason"), SqlValues.instant(rs, "recorded_at"))).list();
    }

    /** Exemptions of these clients due for a re-check by {@code until} and not ended before it. */
    List<Due> rechecksDue(Collection<ClientId> clients, LocalDate until) {
        return due("SELECT client_id, recheck_on AS due, obligation_kind AS kind FROM exemption WHERE client_id IN (:ids) "
                + "AND recheck_on <= :until AND (valid_until IS NULL OR valid_until >= recheck_on) "
                + "AND (last_rechecked_on IS NULL OR last_rechecked_on < recheck_on)", clients, until);
    }

    /** Open signals of these clients raised on or before {@code raisedBy}. */
    List<Due> openSignals(Collection<ClientId> clients, LocalDate raisedBy) {
        return due("SELECT client_id, signal_date AS due, kind FROM client_signal WHERE client_id IN (:ids) "
                + "AND status = 'OPEN' AND signal_date <= :until", clients, raisedBy);
    }

    record Due(ClientId client, LocalDate due, String kind) {}

    private List<Due> due(String sql, Collection<ClientId> clients, LocalDate until) {
        List<UUID> ids = clients.stream().map(ClientId::value).toList();
        List<Due> result = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            result.addAll(jdbc.sql(sql).param("ids", ids.subList(i, Math.min(ids.size(), i + 500))).param("until", until)
                    .query((rs, n) -> new Due(new ClientId(rs.getObject("client_id", UUID.class)), SqlValues.date(rs, "due"),
                            rs.getString("kind"))).list());
        }
        return result;
    }

    boolean any() {
        return jdbc.sql("SELECT COUNT(*) FROM exemption").query(Long.class).single() > 0;
    }

    private static Records.Exemption exemption(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Records.Exemption(rs.getObject("id", UUID.class), ObligationKind.valueOf(rs.getString("obligation_kind")),
                ExemptionReason.valueOf(rs.getString("reason")), SqlValues.date(rs, "valid_from"), SqlValues.date(rs, "valid_until"),
                SqlValues.date(rs, "recheck_on"), rs.getString("note"), SqlValues.instant(rs, "recorded_at"),
                SqlValues.date(rs, "last_rechecked_on"));
    }

    private static Records.Signal signal(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Records.Signal(rs.getObject("id", UUID.class), SignalKind.valueOf(rs.getString("kind")), SqlValues.date(rs, "signal_date"),
                rs.getString("description"), SignalStatus.valueOf(rs.getString("status")), SqlValues.date(rs, "handled_on"),
                SqlValues.instant(rs, "recorded_at"));
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
