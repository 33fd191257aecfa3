package nl.opstap.client;

import static nl.opstap.shared.jdbc.SqlValues.timestamp;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.UserId;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.shared.domain.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Benefit changes for many clients at once (imports, demo data): the same rules as one change on the screen
 * ({@link BenefitHistory}, {@link BenefitChange#check}), applied in memory to every client's periods, then written
 * with one JDBC batch per statement instead of loading and saving each client.
 */
@Component
class BenefitBatch {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ClientQueries queries;
    private final ProcessingLog log;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BenefitBatch(JdbcClient jdbc, JdbcTemplate batch, ClientQueries queries, ProcessingLog log, ApplicationEventPublisher events,
                 Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.queries = queries;
        this.log = log;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    int apply(Access access, Map<ClientId, List<BenefitChange>> changes) {
        if (changes.isEmpty()) {
            return 0;
        }
        Map<ClientId, ClientRef> refs = new HashMap<>();
        queries.refsOf(access.scope(), changes.keySet(), m -> m.value()).forEach(r -> refs.put(r.id(), r));
        if (refs.size() != changes.size()) {
            throw RuleViolation.of(BenefitChange.class, "client", "unknown", "Een werkzoekende valt buiten uw gemeenten.");
        }
        lock(changes.keySet());
        Map<ClientId, List<BenefitPeriod>> stored = periods(changes.keySet());
        Instant now = clock.instant();
        UserId by = access.user().id();
        List<Object[]> ends = new ArrayList<>();
        List<Object[]> starts = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        changes.forEach((id, list) -> {
            List<BenefitPeriod> before = stored.getOrDefault(id, List.of());
            BenefitHistory history = new BenefitHistory(before);
            for (BenefitChange change : list) {
                change.check(today, refs.get(id).dateOfBirth());
                if (change.status() == null) {
                    history.end(change.from());
                } else {
                    history.start(change.status(), change.from(), now, by);
                }
            }
            for (BenefitPeriod p : history.periods()) {
                if (p.id() == null) {
                    starts.add(new Object[] {id.value(), p.status().name(), p.from(), p.to(), timestamp(now), by.value()});
                } else if (!before.contains(p)) {
                    ends.add(new Object[] {p.to(), p.id(), id.value()});
                }
            }
        });
        batch.batchUpdate("UPDATE client_benefit_status SET valid_to = ? WHERE id = ? AND client_id = ?", ends);
        batch.batchUpdate("""
                INSERT INTO client_benefit_status (client_id, status, valid_from, valid_to, recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?)""", starts);
        batch.batchUpdate("UPDATE client SET version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?",
                changes.keySet().stream().map(id -> new Object[] {timestamp(now), by.value(), id.value()}).toList());
        log.record(access, ProcessingActivity.CLIENT_REGISTRATION, ProcessingAction.UPDATE, Outcome.SUCCESS,
                refs.values().stream().map(r -> new LogSubject(r.id().value(), r.municipality())).toList());
        refs.values().forEach(r -> events.publishEvent(new ClientChanged(r.id(), r.municipality(), false)));
        return changes.size();
    }

    /** Row locks on the clients, so no one changes their benefit between reading and writing it here. */
    private void lock(java.util.Collection<ClientId> ids) {
        List<UUID> all = ids.stream().map(ClientId::value).toList();
        for (int i = 0; i < all.size(); i += 1000) {
            jdbc.sql("SELECT id FROM client WHERE id IN (:ids) FOR UPDATE").param("ids", all.subList(i, Math.min(all.size(), i + 1000)))
                    .query(UUID.class).list();
        }
    }

    private Map<ClientId, List<BenefitPeriod>> periods(java.util.Collection<ClientId> ids) {
        Map<ClientId, List<BenefitPeriod>> out = new HashMap<>();
        List<UUID> all = ids.stream().map(ClientId::value).toList();
        for (int i = 0; i < all.size(); i += 1000) {
            jdbc.sql("""
                    SELECT id, client_id, status, valid_from, valid_to, recorded_at, recorded_by FROM client_benefit_status
                    WHERE client_id IN (:ids) ORDER BY valid_from""").param("ids", all.subList(i, Math.min(all.size(), i + 1000)))
                    .query(rs -> {
                        UUID recordedBy = rs.getObject("recorded_by", UUID.class);
                        out.computeIfAbsent(new ClientId(rs.getObject("client_id", UUID.class)), k -> new ArrayList<>())
                                .add(new BenefitPeriod(rs.getLong("id"), BenefitStatus.valueOf(rs.getString("status")),
                                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                                        nl.opstap.shared.jdbc.SqlValues.instant(rs, "recorded_at"),
                                        recordedBy == null ? null : new UserId(recordedBy)));
                    });
        }
        return out;
    }
}
