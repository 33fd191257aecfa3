package nl.opstap.placement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.access.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Placements and their follow-up contacts (tables placement, follow_up); reads take the caller's scope. */
@Repository
class Placements {

    private static final String COLUMNS = """
            id, client_id, municipality_code, placement_type, why_not_higher, employer_id, vacancy_id, start_date, end_date,
            end_reason, hours_per_week, contract_type, wage_subsidy, no_risk_policy, jobcoach_id, version""";

    private final JdbcClient jdbc;

    Placements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Placement> find(Scope scope, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM placement WHERE id = :id AND municipality_code IN (:scope)")
                .param("id", id).param("scope", scope.codes()).query(Placements::map).optional();
    }

    List<Placement> ofClient(UUID client) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM placement WHERE client_id = ? ORDER BY start_date DESC, id").param(client)
                .query(Placements::map).list();
    }

    void insert(Placement p, Instant now, UUID by) {
        jdbc.sql("INSERT INTO placement (" + COLUMNS + ", created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")
                .params(p.id(), p.client(), p.municipality(), p.type().name(), p.whyNotHigher(), p.employer(), p.vacancy(), p.start(),
                        p.end(), p.endReason(), p.hours(), p.contract(), p.wageSubsidy(), p.noRisk(), p.jobcoach(), Timestamp.from(now), by)
                .update();
    }

    void insertFollowUp(UUID placement, String municipality, int months, String party, LocalDate due) {
        jdbc.sql("""
                INSERT INTO follow_up (id, placement_id, municipality_code, months_after, party, due_on, signal, version)
                VALUES (?, ?, ?, ?, ?, ?, FALSE, 1)""").params(UUID.randomUUID(), placement, municipality, months, party, due).update();
    }

    List<Placement.FollowUp> followUps(UUID placement) {
        return jdbc.sql("""
                SELECT id, months_after, party, due_on, held_on, outcome, signal FROM follow_up WHERE placement_id = ?
                ORDER BY months_after, party""").param(placement)
                .query((rs, n) -> new Placement.FollowUp(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getBoolean(7))).list();
    }

    /** Records a contact on a planned follow-up of the placement; false when it is not one of its follow-ups. */
    boolean recordFollowUp(UUID placement, UUID followUp, FollowUpRecord r, UUID by) {
        return jdbc.sql("""
                UPDATE follow_up SET held_on = ?, outcome = ?, signal = ?, recorded_by = ?, version = version + 1
                WHERE id = ? AND placement_id = ?""").params(r.held(), r.outcome() == null ? null : r.outcome().strip(),
                Boolean.TRUE.equals(r.signal()), by, followUp, placement).update() > 0;
    }

    private static Placement map(ResultSet rs, int row) throws SQLException {
        return new Placement(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class), rs.getString("municipality_code"),
                PlacementType.valueOf(rs.getString("placement_type")), rs.getString("why_not_higher"), rs.getObject("employer_id", UUID.class),
                rs.getObject("vacancy_id", UUID.class), rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getString("end_reason"), rs.getInt("hours_per_week"), rs.getString("contract_type"), rs.getBoolean("wage_subsidy"),
                rs.getBoolean("no_risk_policy"), rs.getObject("jobcoach_id", UUID.class), rs.getInt("version"));
    }
}
