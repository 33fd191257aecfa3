package nl.opstap.placement;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Outflows and re-entries (tables outflow, re_entry). */
@Repository
class Outflows {

    private final JdbcClient jdbc;

    Outflows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Outflow> ofClient(UUID client) {
        return ofClients(List.of(client));
    }

    /** Newest first. */
    List<Outflow> ofClients(Collection<UUID> clients) {
        return clients.isEmpty() ? List.of() : jdbc.sql("""
                SELECT id, client_id, municipality_code, outflow_date, reason, extent, placement_id FROM outflow WHERE client_id IN (:ids)
                ORDER BY outflow_date DESC, created_at DESC""").param("ids", clients)
                .query((rs, n) -> new Outflow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, LocalDate.class), OutflowReason.valueOf(rs.getString(5)), OutflowExtent.valueOf(rs.getString(6)),
                        rs.getObject(7, UUID.class))).list();
    }

    List<ReEntry> reEntriesOf(UUID client) {
        return jdbc.sql(RE_ENTRY + " WHERE client_id = ? ORDER BY re_entry_date DESC").param(client).query(Outflows::reEntry).list();
    }

    /** Re-entries flagged under another window than {@code months}: those the flag job re-evaluates. */
    List<ReEntry> reEntriesFlaggedOtherThan(int months) {
        return jdbc.sql(RE_ENTRY + " WHERE window_months <> ?").param(months).query(Outflows::reEntry).list();
    }

    /** Full outflows no re-entry follows yet: the flag job looks for a benefit that started again after them. */
    List<Outflow> fullWithoutReEntry() {
        return jdbc.sql("""
                SELECT o.id, o.client_id, o.municipality_code, o.outflow_date, o.reason, o.extent, o.placement_id FROM outflow o
                WHERE o.extent = 'FULL' AND NOT EXISTS (SELECT 1 FROM re_entry r WHERE r.outflow_id = o.id)""")
                .query((rs, n) -> new Outflow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, LocalDate.class), OutflowReason.valueOf(rs.getString(5)), OutflowExtent.valueOf(rs.getString(6)),
                        rs.getObject(7, UUID.class))).list();
    }

    LocalDate outflowDate(UUID outflow) {
        return jdbc.sql("SELECT outflow_date FROM outflow WHERE id = ?").param(outflow).query(LocalDate.class).single();
    }

    void insert(Outflow o, Instant now, UUID by) {
        jdbc.sql("""
                INSERT INTO outflow (id, client_id, municipality_code, outflow_date, reason, extent, placement_id, created_at, created_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""").params(o.id(), o.client(), o.municipality(), o.date(), o.reason().name(),
                o.extent().name(), o.placement(), Timestamp.from(now), by).update();
    }

    void insert(ReEntry r, Instant now, UUID by) {
        jdbc.sql("""
                INSERT INTO re_entry (id, client_id, municipality_code, re_entry_date, outflow_id, revolving_door, window_months, created_at,
                created_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""").params(r.id(), r.client(), r.municipality(), r.date(),
                r.outflow(), r.revolvingDoor(), r.windowMonths(), Timestamp.from(now), by).update();
    }

    void reflag(UUID reEntry, boolean revolvingDoor, int months) {
        jdbc.sql("UPDATE re_entry SET revolving_door = ?, window_months = ?, version = version + 1 WHERE id = ?")
                .params(revolvingDoor, months, reEntry).update();
    }

    private static final String RE_ENTRY = """
            SELECT id, client_id, municipality_code, re_entry_date, outflow_id, revolving_door, window_months FROM re_entry""";

    private static ReEntry reEntry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ReEntry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getObject(5, UUID.class), rs.getBoolean(6), rs.getInt(7));
    }
}
