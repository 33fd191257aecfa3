package nl.opstap.placement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.access.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Placements (table placement); reads by id take the caller's scope. Follow-ups live in {@link FollowUps}. */
@Repository
class Placements {

    private static final String COLUMNS = """
            id, client_id, municipality_code, placement_type, why_not_higher, employer_id, vacancy_id, start_date, end_date,
            end_reason, hours_per_week, contract_type, wage_subsidy, no_risk_policy, jobcoach_id, match_pair_id, version""";

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

    List<Placement> ofClients(Collection<UUID> clients) {
        return clients.isEmpty() ? List.of() : jdbc.sql("SELECT " + COLUMNS + " FROM placement WHERE client_id IN (:ids)")
                .param("ids", clients).query(Placements::map).list();
    }

    boolean existsForPair(UUID pair) {
        return jdbc.sql("SELECT COUNT(*) FROM placement WHERE match_pair_id = ?").param(pair).query(Long.class).single() > 0;
    }

    /** Placements that started on or after {@code since}: those whose follow-up may still need planning. */
    List<Placement> startedSince(LocalDate since) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM placement WHERE start_date >= ?").param(since).query(Placements::map).list();
    }

    void insert(Placement p, Instant now, UUID by) {
        jdbc.sql("INSERT INTO placement (" + COLUMNS + ", created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")
                .params(p.id(), p.client(), p.municipality(), p.type().name(), p.whyNotHigher(), p.employer(), p.vacancy(), p.start(),
                        p.end(), p.endReason(), p.hours(), p.contract() == null ? null : p.contract().name(), p.wageSubsidy(), p.noRisk(),
                        p.jobcoach(), p.matchPair(), Timestamp.from(now), by)
                .update();
    }

    /** Stores the end of a placement; false when someone else changed it since it was read. */
    boolean end(Placement ended, UUID by) {
        return jdbc.sql("""
                UPDATE placement SET end_date = ?, end_reason = ?, ended_by = ?, version = ? WHERE id = ? AND version = ? AND end_date IS NULL""")
                .params(ended.end(), ended.endReason(), by, ended.version(), ended.id(), ended.version() - 1).update() > 0;
    }

    private static Placement map(ResultSet rs, int row) throws SQLException {
        String contract = rs.getString("contract_type");
        return new Placement(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class), rs.getString("municipality_code"),
                PlacementType.valueOf(rs.getString("placement_type")), rs.getString("why_not_higher"), rs.getObject("employer_id", UUID.class),
                rs.getObject("vacancy_id", UUID.class), rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getString("end_reason"), rs.getInt("hours_per_week"), contract == null ? null : ContractType.valueOf(contract),
                rs.getBoolean("wage_subsidy"), rs.getBoolean("no_risk_policy"), rs.getObject("jobcoach_id", UUID.class),
                rs.getObject("match_pair_id", UUID.class), rs.getInt("version"));
    }
}
