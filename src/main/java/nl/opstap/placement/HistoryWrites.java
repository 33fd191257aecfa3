package nl.opstap.placement;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Stores checked histories ({@link HistoryCheck.Checked}) with one JDBC batch per table, for imports of thousands. */
@Repository
class HistoryWrites {

    private final JdbcTemplate batch;

    HistoryWrites(JdbcTemplate batch) {
        this.batch = batch;
    }

    boolean anyStored() {
        return Boolean.TRUE.equals(batch.queryForObject(
                "SELECT (SELECT COUNT(*) FROM placement) + (SELECT COUNT(*) FROM outflow) > 0", Boolean.class));
    }

    void store(List<HistoryCheck.Checked> histories, Instant now, UUID by) {
        Timestamp at = Timestamp.from(now);
        List<Object[]> placements = new ArrayList<>();
        List<Object[]> followUps = new ArrayList<>();
        List<Object[]> outflows = new ArrayList<>();
        List<Object[]> reEntries = new ArrayList<>();
        for (HistoryCheck.Checked h : histories) {
            h.placements().forEach(p -> placements.add(new Object[] {p.id(), p.client(), p.municipality(), p.type().name(), p.whyNotHigher(),
                    p.employer(), p.start(), p.end(), p.endReason(), p.hours(), p.contract() == null ? null : p.contract().name(),
                    p.wageSubsidy(), p.noRisk(), p.jobcoach(), at, by, p.end() == null ? null : by}));
            h.followUps().forEach(f -> followUps.add(new Object[] {UUID.randomUUID(), f.placement(), f.municipality(), f.months(), f.party(),
                    f.due(), f.held() == null ? null : f.held().held(), f.held() == null ? null : f.held().outcome().strip(),
                    f.held() != null && f.held().signal(), f.held() == null ? null : by}));
            h.outflows().forEach(o -> outflows.add(new Object[] {o.id(), o.client(), o.municipality(), o.date(), o.reason().name(),
                    o.extent().name(), o.placement(), at, by}));
            h.reEntries().forEach(r -> reEntries.add(new Object[] {r.id(), r.client(), r.municipality(), r.date(), r.outflow(),
                    r.revolvingDoor(), r.windowMonths(), at, by}));
        }
        batch.batchUpdate("""
                INSERT INTO placement (id, client_id, municipality_code, placement_type, why_not_higher, employer_id, start_date, end_date,
                    end_reason, hours_per_week, contract_type, wage_subsidy, no_risk_policy, jobcoach_id, created_at, created_by, ended_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""", placements);
        batch.batchUpdate("""
                INSERT INTO follow_up (id, placement_id, municipality_code, months_after, party, due_on, held_on, outcome, signal, recorded_by,
                    version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""", followUps);
        batch.batchUpdate("""
                INSERT INTO outflow (id, client_id, municipality_code, outflow_date, reason, extent, placement_id, created_at, created_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""", outflows);
        batch.batchUpdate("""
                INSERT INTO re_entry (id, client_id, municipality_code, re_entry_date, outflow_id, revolving_door, window_months, created_at,
                    created_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""", reEntries);
    }
}
