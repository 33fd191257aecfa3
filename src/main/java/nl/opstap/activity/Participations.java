package nl.opstap.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.access.Scope;
import nl.opstap.access.UserId;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.jdbc.SqlValues;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Participations of clients. Reads take a client already checked to be in scope, or a Scope. */
@Repository
class Participations {

    private static final String SELECT = """
            SELECT p.*, a.name AS activity_name, a.kind AS activity_kind, r.name AS reason_name
            FROM participation p JOIN activity a ON a.id = p.activity_id LEFT JOIN dropout_reason r ON r.id = p.dropout_reason_id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Participations(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    List<Participation> ofClient(ClientId client) {
        return jdbc.sql(SELECT + "WHERE p.client_id = ? ORDER BY p.start_date DESC, p.created_at DESC").param(client.value())
                .query(Participations::map).list();
    }

    Optional<Participation> find(ClientId client, ParticipationId id) {
        return jdbc.sql(SELECT + "WHERE p.client_id = ? AND p.id = ?").params(client.value(), id.value())
                .query(Participations::map).optional();
    }

    /** The places taken in the activity that may overlap a period starting on {@code from}. */
    List<Occupancy> occupancies(ActivityId activity, LocalDate from, LocalDate today) {
        return jdbc.sql("SELECT start_date, planned_end, actual_end FROM participation WHERE activity_id = ? "
                        + "AND (actual_end IS NULL OR actual_end >= ?) AND (result IS NULL OR result <> 'GEANNULEERD')")
                .params(activity.value(), from)
                .query((rs, n) -> Occupancy.of(SqlValues.date(rs, "start_date"), SqlValues.date(rs, "planned_end"),
                        SqlValues.date(rs, "actual_end"), today)).list();
    }

    void insert(NewParticipation p, Instant now, @Nullable UserId by) {
        template.update("""
                INSERT INTO participation (id, client_id, municipality_code, activity_id, start_date, planned_end, actual_end, result,
                    dropout_reason_id, certificate, certificate_description, certificate_date, notes, created_at, created_by, ended_at, ended_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", args(p, now, by));
    }

    void insertAll(List<NewParticipation> all, Instant now, @Nullable UserId by) {
        List<Object[]> rows = new ArrayList<>(all.size());
        all.forEach(p -> rows.add(args(p, now, by)));
        template.batchUpdate("""
                INSERT INTO participation (id, client_id, municipality_code, activity_id, start_date, planned_end, actual_end, result,
                    dropout_reason_id, certificate, certificate_description, certificate_date, notes, created_at, created_by, ended_at, ended_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private static Object[] args(NewParticipation p, Instant now, @Nullable UserId by) {
        boolean ended = p.actualEnd() != null;
        return new Object[] {p.id().value(), p.client().value(), p.municipality().value(), p.activity().value(), p.startDate(),
                p.plannedEnd(), p.actualEnd(), p.result() == null ? null : p.result().name(),
                p.dropoutReason() == null ? null : p.dropoutReason().value(), p.certificate(), p.certificateDescription(),
                p.certificateDate(), p.notes(), SqlValues.timestamp(now), by == null ? null : by.value(),
                ended ? SqlValues.timestamp(now) : null, ended && by != null ? by.value() : null};
    }

    /** Whether the client already takes part in the activity during (part of) the period. */
    boolean overlapping(ClientId client, ActivityId activity, LocalDate start, @Nullable LocalDate end) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM participation WHERE client_id = ? AND activity_id = ?
                AND (result IS NULL OR result <> 'GEANNULEERD') AND COALESCE(actual_end, planned_end, DATE '9999-12-31') >= ?
                AND start_date <= ?""")
                .params(client.value(), activity.value(), start, end == null ? LocalDate.of(9999, 12, 31) : end)
                .query(Long.class).single() > 0;
    }

    /** Withdraws a planned participation: it ends on its start date with the result GEANNULEERD. */
    void cancel(ParticipationId id, Instant now, UserId by) {
        jdbc.sql("""
                UPDATE participation SET actual_end = start_date, result = 'GEANNULEERD', ended_at = ?, ended_by = ?
                WHERE id = ? AND actual_end IS NULL""").params(SqlValues.timestamp(now), by.value(), id.value()).update();
    }

    void end(ParticipationId id, ParticipationEnding e, @Nullable DropoutReasonId reason, Instant now, UserId by) {
        jdbc.sql("""
                UPDATE participation SET actual_end = ?, result = ?, dropout_reason_id = ?, certificate = ?, certificate_description = ?,
                    certificate_date = ?, notes = COALESCE(?, notes), ended_at = ?, ended_by = ? WHERE id = ? AND actual_end IS NULL""")
                .params(e.actualEnd(), e.result().name(), reason == null ? null : reason.value(), e.hasCertificate(),
                        e.hasCertificate() ? Activities.blankToNull(e.certificateDescription()) : null,
                        e.hasCertificate() ? e.certificateDate() : null, Activities.blankToNull(e.notes()),
                        SqlValues.timestamp(now), by.value(), id.value()).update();
    }

    /** Participations of the clients whose planned end falls on or before {@code until} and that have not ended. */
    List<Participation> endingFor(Collection<ClientId> clients, LocalDate until) {
        List<Participation> result = new ArrayList<>();
        List<UUID> ids = clients.stream().map(ClientId::value).toList();
        for (int i = 0; i < ids.size(); i += 500) {
            result.addAll(jdbc.sql(SELECT + "WHERE p.client_id IN (:ids) AND p.actual_end IS NULL AND p.planned_end <= :until")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + 500))).param("until", until)
                    .query(Participations::map).list());
        }
        return result;
    }

    /** Every participation in the scope's municipalities that overlaps [from, until], for reports. */
    List<Participation> inScope(Scope scope, LocalDate from, LocalDate until) {
        return jdbc.sql(SELECT + "WHERE p.municipality_code IN (:codes) AND p.start_date <= :until "
                        + "AND (p.actual_end IS NULL OR p.actual_end >= :from) ORDER BY a.name, p.start_date")
                .param("codes", scope.codes()).param("from", from).param("until", until).query(Participations::map).list();
    }

    boolean any() {
        return jdbc.sql("SELECT COUNT(*) FROM participation").query(Long.class).single() > 0;
    }

    private static Participation map(ResultSet rs, int n) throws SQLException {
        String result = rs.getString("result");
        UUID reason = SqlValues.uuid(rs, "dropout_reason_id");
        return new Participation(new ParticipationId(rs.getObject("id", UUID.class)), new ClientId(rs.getObject("client_id", UUID.class)),
                new MunicipalityCode(rs.getString("municipality_code")), new ActivityId(rs.getObject("activity_id", UUID.class)),
                rs.getString("activity_name"), ActivityKind.valueOf(rs.getString("activity_kind")), SqlValues.date(rs, "start_date"),
                SqlValues.date(rs, "planned_end"), SqlValues.date(rs, "actual_end"),
                result == null ? null : ParticipationResult.valueOf(result), reason == null ? null : new DropoutReasonId(reason),
                rs.getString("reason_name"), rs.getBoolean("certificate"), rs.getString("certificate_description"),
                SqlValues.date(rs, "certificate_date"), rs.getString("notes"), SqlValues.instant(rs, "created_at"),
                SqlValues.instant(rs, "ended_at"));
    }
}
