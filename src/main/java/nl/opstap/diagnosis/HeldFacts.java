package nl.opstap.diagnosis;

import static nl.opstap.shared.jdbc.SqlValues.date;
import static nl.opstap.shared.jdbc.SqlValues.uuid;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The open-ended (latest, uncorrected) situation, perspective, ladder and sector facts of many clients at once. */
@Repository
class HeldFacts {

    /** A fact that holds now; for sectors the value is the codes in their order, joined by commas. */
    record Current(UUID id, FactKind kind, String value, LocalDate from) {}

    private final JdbcClient jdbc;

    HeldFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, Map<FactKind, Current>> of(Collection<UUID> clients) {
        Map<UUID, Map<FactKind, Current>> result = new HashMap<>();
        List<UUID> ids = List.copyOf(clients);
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("""
                    SELECT f.id, f.client_id, f.kind, f.fact_value, f.valid_from, s.sector_code
                    FROM diagnosis_fact f LEFT JOIN diagnosis_fact_sector s ON s.fact_id = f.id
                    WHERE f.client_id IN (:ids) AND f.kind IN ('SITUATION', 'PERSPECTIVE', 'LADDER', 'SECTORS')
                      AND f.valid_to IS NULL AND f.corrected_at IS NULL
                    ORDER BY f.client_id, f.kind, s.position""")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query(rs -> {
                        UUID client = uuid(rs, "client_id");
                        FactKind kind = FactKind.valueOf(rs.getString("kind"));
                        Map<FactKind, Current> held = result.computeIfAbsent(client, k -> new HashMap<>());
                        String value = kind == FactKind.SECTORS ? rs.getString("sector_code") : rs.getString("fact_value");
                        Current before = held.get(kind);
                        held.put(kind, before != null && kind == FactKind.SECTORS
                                ? new Current(before.id(), kind, before.value() + "," + value, before.from())
                                : new Current(uuid(rs, "id"), kind, value == null ? "" : value, date(rs, "valid_from")));
                    });
        }
        return result;
    }
}
