package nl.opstap.diagnosis;

import static nl.opstap.shared.jdbc.SqlValues.timestamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes to the diagnosis tables: new facts in batches, a neighbour's end, a correction marker. Never a value. */
@Repository
class FactWrites {

    /** A fact to insert, with who recorded it. */
    record NewFact(DiagnosisFact fact, @Nullable UUID recordedById) {}

    private final JdbcClient jdbc;
    private final nl.opstap.shared.jdbc.BulkInsert bulk;

    FactWrites(JdbcClient jdbc, nl.opstap.shared.jdbc.BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /** Inserts facts with one bulk insert per table (COPY on PostgreSQL). */
    void insert(List<NewFact> facts) {
        List<Object[]> simple = new ArrayList<>();
        List<Object[]> sectorRows = new ArrayList<>();
        List<Object[]> zrm = new ArrayList<>();
        List<Object[]> tests = new ArrayList<>();
        List<Object[]> occupations = new ArrayList<>();
        for (NewFact n : facts) {
            DiagnosisFact f = n.fact();
            Object[] common = {f.id(), f.value().client().value(), f.municipality().value(), timestamp(f.recordedAt()), n.recordedById(),
                    f.recordedBy()};
            switch (f.value()) {
                case FactRecord.SituationFact s -> simple.add(concat(common, "SITUATION", s.situation().name(), f.from(), f.to()));
                case FactRecord.PerspectiveFact p -> simple.add(concat(common, "PERSPECTIVE", p.perspective().name(), f.from(), f.to()));
                case FactRecord.LadderFact l -> simple.add(concat(common, "LADDER", l.step().name(), f.from(), f.to()));
                case FactRecord.SectorsFact s -> {
                    simple.add(concat(common, "SECTORS", null, f.from(), f.to()));
                    for (int i = 0; i < s.sectors().size(); i++) {
                        sectorRows.add(new Object[] {f.id(), i + 1, s.sectors().get(i)});
                    }
                }
                case FactRecord.ZrmFact z -> {
                    List<Object> row = new ArrayList<>(List.of(common));
                    row.add(z.version());
                    row.add(f.from());
                    row.add(f.to());
                    row.addAll(ZrmAssessment.numbers(z.scores()));
                    zrm.add(row.toArray());
                }
                case FactRecord.TestFact t -> tests.add(concat(common, t.type().name(), t.provider(), t.from(), t.result(),
                        t.category() == null ? null : t.category().number()));
                case FactRecord.OccupationFact o -> occupations.add(concat(common, o.uri(), o.occupationKind().name(), f.from(), f.to()));
            }
        }
        List<String> head = List.of("id", "client_id", "municipality_code", "recorded_at", "recorded_by", "recorded_by_name");
        bulk.rows("diagnosis_fact", with(head, "kind", "fact_value", "valid_from", "valid_to"), simple);
        bulk.rows("diagnosis_fact_sector", List.of("fact_id", "position", "sector_code"), sectorRows);
        List<String> zrmColumns = new ArrayList<>(with(head, "zrm_version", "valid_from", "valid_to"));
        zrmColumns.addAll(Arrays.stream(FactStore.ZRM_COLUMNS.split(",")).map(String::strip).toList());
        bulk.rows("zrm_assessment", zrmColumns, zrm);
        bulk.rows("diagnosis_test", with(head, "test_type", "provider", "taken_on", "result", "category"), tests);
        bulk.rows("diagnosis_occupation", with(head, "esco_uri", "kind", "valid_from", "valid_to"), occupations);
    }

    private static List<String> with(List<String> head, String... more) {
        List<String> columns = new ArrayList<>(head);
        columns.addAll(List.of(more));
        return columns;
    }

    private static Object[] concat(Object[] common, @Nullable Object... more) {
        Object[] row = Arrays.copyOf(common, common.length + more.length);
        System.arraycopy(more, 0, row, common.length, more.length);
        return row;
    }

    void updateEnd(FactKind kind, UUID id, @Nullable LocalDate to) {
        jdbc.sql("UPDATE " + FactStore.table(kind) + " SET valid_to = ? WHERE id = ?").params(to, id).update();
    }

    void markCorrected(FactKind kind, UUID id, Instant at, String by, String reason, UUID replacedBy) {
        jdbc.sql("UPDATE " + FactStore.table(kind) + " SET corrected_at = ?, corrected_by_name = ?, correction_reason = ?, replaced_by = ? "
                + "WHERE id = ? AND corrected_at IS NULL").params(timestamp(at), by, reason, replacedBy, id).update();
    }

}
