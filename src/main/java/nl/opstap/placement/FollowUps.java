package nl.opstap.placement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.opstap.access.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Follow-up contacts of placements (table follow_up) and the support reopened after a signal (support_reopening). */
@Repository
class FollowUps {

    /** A follow-up contact not yet held, with what a worklist needs to show it. */
    record Due(UUID followUp, UUID placement, UUID client, String municipality, PlacementType type, int months, String party,
               LocalDate due, @Nullable UUID jobcoach) {}

    /** Support reopened after the signal of a follow-up contact; open while {@code closedOn} is null. */
    record Reopening(UUID id, UUID placement, UUID followUp, UUID client, LocalDate reopenedOn, @Nullable LocalDate closedOn) {}

    private static final String DUE = """
            SELECT f.id, f.placement_id, p.client_id, f.municipality_code, p.placement_type, f.months_after, f.party, f.due_on, p.jobcoach_id
            FROM follow_up f JOIN placement p ON p.id = f.placement_id WHERE f.held_on IS NULL AND f.due_on <= :until
            AND f.due_on >= :missedBefore""";

    /**
     * A contact still not held this long after its due date counts as missed: it leaves the worklists (the next contact
     * is due by then) and shows as missed on the placement's page.
     */
    static final int MISSED_AFTER_DAYS = 90;

    private final JdbcClient jdbc;

    FollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID placement, String municipality, int months, String party, LocalDate due) {
        jdbc.sql("""
                INSERT INTO follow_up (id, placement_id, municipality_code, months_after, party, due_on, signal, version)
                VALUES (?, ?, ?, ?, ?, ?, FALSE, 1)""").params(UUID.randomUUID(), placement, municipality, months, party, due).update();
    }

    List<Placement.FollowUp> ofPlacement(UUID placement) {
        return jdbc.sql("""
                SELECT id, months_after, party, due_on, held_on, outcome, signal FROM follow_up WHERE placement_id = ?
                ORDER BY months_after, party""").param(placement)
                .query((rs, n) -> new Placement.FollowUp(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getBoolean(7))).list();
    }

    /** The planned contacts of these placements as "placement/months/party", to plan only what is missing. */
    Set<String> plannedKeys(Collection<UUID> placements) {
        Set<String> keys = new HashSet<>();
        if (!placements.isEmpty()) {
            jdbc.sql("SELECT placement_id, months_after, party FROM follow_up WHERE placement_id IN (:ids)").param("ids", placements)
                    .query(rs -> {
                        keys.add(key(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3)));
                    });
        }
        return keys;
    }

    static String key(UUID placement, int months, String party) {
        return placement + "/" + months + "/" + party;
    }

    /** Records a contact on a planned follow-up of the placement; false when it is not one of its follow-ups. */
    boolean record(UUID placement, UUID followUp, FollowUpRecord r, UUID by) {
        return jdbc.sql("""
                UPDATE follow_up SET held_on = ?, outcome = ?, signal = ?, recorded_by = ?, version = version + 1
                WHERE id = ? AND placement_id = ?""").params(r.held(), r.outcome() == null ? null : r.outcome().strip(),
                Boolean.TRUE.equals(r.signal()), by, followUp, placement).update() > 0;
    }

    /** Contacts not yet held, due by {@code until} and not yet missed, in the scope; only a jobcoach's own placements when given. */
    List<Due> due(Scope scope, @Nullable UUID jobcoach, LocalDate today, LocalDate until) {
        return jdbc.sql(DUE + " AND f.municipality_code IN (:scope)" + (jobcoach == null ? "" : " AND p.jobcoach_id = :coach")
                        + " ORDER BY f.due_on, f.placement_id, f.party")
                .param("until", until).param("missedBefore", today.minusDays(MISSED_AFTER_DAYS)).param("scope", scope.codes()).param("coach", jobcoach)
                .query(FollowUps::due).list();
    }

    /** Up to this many clients are looked up by id; for more (a team's caseload) the due window is read whole. */
    static final int CLIENTS_BY_ID = 300;

    /**
     * The open contacts of these clients. A caseworker's caseload is looked up by client; for a team's thousands of
     * clients a long IN list is slow (on H2), so then the short due window is read and the clients are picked here.
     */
    List<Due> dueForClients(Collection<UUID> clients, LocalDate today, LocalDate until) {
        if (clients.isEmpty()) {
            return List.of();
        }
        if (clients.size() <= CLIENTS_BY_ID) {
            return jdbc.sql(DUE + " AND p.client_id IN (:clients)").param("until", until).param("missedBefore", today.minusDays(MISSED_AFTER_DAYS))
                    .param("clients", clients).query(FollowUps::due).list();
        }
        Set<UUID> wanted = new HashSet<>(clients);
        return jdbc.sql(DUE).param("until", until).param("missedBefore", today.minusDays(MISSED_AFTER_DAYS))
                .query(FollowUps::due).stream().filter(d -> wanted.contains(d.client())).toList();
    }

    void reopen(UUID id, UUID placement, UUID followUp, UUID client, String municipality, LocalDate on, UUID by) {
        jdbc.sql("""
                INSERT INTO support_reopening (id, placement_id, follow_up_id, client_id, municipality_code, reopened_on, reopened_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1)""").params(id, placement, followUp, client, municipality, on, by).update();
    }

    boolean reopenedFor(UUID followUp) {
        return jdbc.sql("SELECT COUNT(*) FROM support_reopening WHERE follow_up_id = ?").param(followUp).query(Long.class).single() > 0;
    }

    List<Reopening> reopenings(UUID placement) {
        return jdbc.sql(REOPENING + " WHERE placement_id = ? ORDER BY reopened_on").param(placement).query(FollowUps::reopening).list();
    }

    /** Open reopenings are few at any time: read them all and pick the clients here (see {@link #dueForClients}). */
    List<Reopening> openReopeningsOf(Collection<UUID> clients) {
        Set<UUID> wanted = new HashSet<>(clients);
        return clients.isEmpty() ? List.of() : jdbc.sql(REOPENING + " WHERE closed_on IS NULL").query(FollowUps::reopening).stream()
                .filter(r -> wanted.contains(r.client())).toList();
    }

    Optional<Reopening> reopening(UUID placement, UUID id) {
        return jdbc.sql(REOPENING + " WHERE id = ? AND placement_id = ?").params(id, placement).query(FollowUps::reopening).optional();
    }

    boolean close(UUID id, LocalDate on, UUID by) {
        return jdbc.sql("UPDATE support_reopening SET closed_on = ?, closed_by = ?, version = version + 1 WHERE id = ? AND closed_on IS NULL")
                .params(on, by, id).update() > 0;
    }

    private static final String REOPENING = "SELECT id, placement_id, follow_up_id, client_id, reopened_on, closed_on FROM support_reopening";

    private static Reopening reopening(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Reopening(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class));
    }

    private static Due due(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4),
                PlacementType.valueOf(rs.getString(5)), rs.getInt(6), rs.getString(7), rs.getObject(8, LocalDate.class),
                rs.getObject(9, UUID.class));
    }
}
