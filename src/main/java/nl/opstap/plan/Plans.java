package nl.opstap.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.access.UserId;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Plans and their versions. Callers pass a client that was checked to be in their scope. */
@Repository
class Plans {

    /** An open plan's review date and current content, for the worklist. */
    record OpenPlan(ClientId client, PlanStatus status, @Nullable LocalDate reviewDate, PlanContent content) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    Plans(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    /** The client's latest plan (open, or the last closed one). */
    Optional<Plan> current(ClientId client) {
        return allOf(client).stream().findFirst();
    }

    /** Every plan of the client, the latest first. */
    List<Plan> allOf(ClientId client) {
        return jdbc.sql("""
                        SELECT id, municipality_code, started_on, lock_version FROM plan WHERE client_id = ?
                        ORDER BY started_on DESC, created_at DESC""")
                .param(client.value())
                .query((rs, n) -> new Plan(new PlanId(rs.getObject("id", UUID.class)), client,
                        new MunicipalityCode(rs.getString("municipality_code")), rs.getObject("started_on", LocalDate.class),
                        versionsOf(rs.getObject("id", UUID.class)), rs.getInt("lock_version")))
                .list();
    }

    boolean any() {
        return jdbc.sql("SELECT COUNT(*) FROM plan").query(Long.class).single() > 0;
    }

    private List<PlanVersion> versionsOf(UUID plan) {
        return jdbc.sql("""
                        SELECT version_no, status, content, effective_on, reason, recorded_at, recorded_by, recorded_by_name
                        FROM plan_version WHERE plan_id = ? ORDER BY version_no""")
                .param(plan)
                .query((rs, n) -> new PlanVersion(rs.getInt("version_no"), PlanStatus.valueOf(rs.getString("status")),
                        json.readValue(rs.getString("content"), PlanContent.class), rs.getObject("effective_on", LocalDate.class),
                        rs.getString("reason"), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getObject("recorded_by", UUID.class) == null ? null : new UserId(rs.getObject("recorded_by", UUID.class)),
                        rs.getString("recorded_by_name")))
                .list();
    }

    /** Stores the plan; refuses when somebody else changed it since it was loaded. */
    void save(Plan plan, Instant now) {
        if (plan.isNew()) {
            insertAll(List.of(plan), now);
            return;
        }
        int updated = jdbc.sql("""
                        UPDATE plan SET status = ?, current_version = ?, review_date = ?, open_client_id = ?, updated_at = ?,
                        lock_version = lock_version + 1 WHERE id = ? AND lock_version = ?""")
                .params(plan.status().name(), plan.current().number(), plan.current().content().reviewDate(),
                        openClient(plan), Timestamp.from(now), plan.id().value(), plan.lockVersion())
                .update();
        if (updated == 0) {
            throw new StaleVersionException("Het plan", currentLock(plan.id()));
        }
        plan.editedStoredConcept().ifPresent(v -> jdbc.sql("""
                        UPDATE plan_version SET content = ?, recorded_at = ?, recorded_by = ?, recorded_by_name = ?
                        WHERE plan_id = ? AND version_no = ? AND status = 'CONCEPT'""")
                .params(json.writeValueAsString(v.content()), Timestamp.from(v.recordedAt()),
                        v.recordedBy() == null ? null : v.recordedBy().value(), v.recordedByName(), plan.id().value(), v.number())
                .update());
        insertVersions(plan.id(), plan.addedVersions());
    }

    /** Inserts new plans with their versions in two batches (also for imports of many at once). */
    void insertAll(Collection<Plan> plans, Instant now) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> versionRows = new ArrayList<>();
        for (Plan plan : plans) {
            rows.add(new Object[] {plan.id().value(), plan.client().value(), plan.municipality().value(), openClient(plan),
                    plan.status().name(), plan.startedOn(), plan.current().number(), plan.current().content().reviewDate(),
                    Timestamp.from(now), Timestamp.from(now)});
            plan.versions().forEach(v -> versionRows.add(versionRow(plan.id(), v)));
        }
        template.batchUpdate("""
                INSERT INTO plan (id, client_id, municipality_code, open_client_id, status, started_on, current_version,
                review_date, created_at, updated_at, lock_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows);
        batchVersions(versionRows);
    }

    private void insertVersions(PlanId plan, List<PlanVersion> versions) {
        batchVersions(versions.stream().map(v -> versionRow(plan, v)).toList());
    }

    private void batchVersions(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            template.batchUpdate("""
                    INSERT INTO plan_version (plan_id, version_no, status, content, effective_on, reason, recorded_at,
                    recorded_by, recorded_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        }
    }

    private Object[] versionRow(PlanId plan, PlanVersion v) {
        return new Object[] {plan.value(), v.number(), v.status().name(), json.writeValueAsString(v.content()), v.effectiveOn(),
                v.reason(), Timestamp.from(v.recordedAt()), v.recordedBy() == null ? null : v.recordedBy().value(),
                v.recordedByName()};
    }

    private static @Nullable UUID openClient(Plan plan) {
        return plan.status() == PlanStatus.AFGESLOTEN ? null : plan.client().value();
    }

    private int currentLock(PlanId id) {
        return jdbc.sql("SELECT lock_version FROM plan WHERE id = ?").param(id.value()).query(Integer.class).optional().orElse(0);
    }

    /** The open plans of the given clients with their current content, in chunks (no per-client query). */
    List<OpenPlan> openFor(Collection<ClientId> clients) {
        List<UUID> ids = clients.stream().map(ClientId::value).toList();
        List<OpenPlan> result = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            result.addAll(jdbc.sql("""
                            SELECT p.client_id, p.status, p.review_date, v.content FROM plan p
                            JOIN plan_version v ON v.plan_id = p.id AND v.version_no = p.current_version
                            WHERE p.open_client_id IN (:ids)""")
                    .param("ids", chunk)
                    .query((rs, n) -> new OpenPlan(new ClientId(rs.getObject("client_id", UUID.class)),
                            PlanStatus.valueOf(rs.getString("status")), rs.getObject("review_date", LocalDate.class),
                            json.readValue(rs.getString("content"), PlanContent.class)))
                    .list());
        }
        return result;
    }
}
