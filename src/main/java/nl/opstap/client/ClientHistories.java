package nl.opstap.client;

import static nl.opstap.shared.jdbc.SqlValues.date;
import static nl.opstap.shared.jdbc.SqlValues.instant;
import static nl.opstap.shared.jdbc.SqlValues.timestamp;
import static nl.opstap.shared.jdbc.SqlValues.uuid;

import java.util.List;
import java.util.UUID;
import nl.opstap.access.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A client's benefit-status periods and caseworker assignments: loaded with the client, appended on save. */
@Repository
class ClientHistories {

    private final JdbcClient jdbc;

    ClientHistories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Client attach(Client client) {
        UUID id = client.id().value();
        List<BenefitPeriod> benefits = jdbc.sql("""
                SELECT id, status, valid_from, valid_to, recorded_at, recorded_by FROM client_benefit_status
                WHERE client_id = ? ORDER BY valid_from""")
                .param(id)
                .query((rs, n) -> new BenefitPeriod(rs.getLong("id"), BenefitStatus.valueOf(rs.getString("status")),
                        date(rs, "valid_from"), date(rs, "valid_to"), instant(rs, "recorded_at"),
                        userId(uuid(rs, "recorded_by"))))
                .list();
        List<CaseworkerAssignment> caseworkers = jdbc.sql("""
                SELECT id, caseworker_id, valid_from, valid_to, recorded_at, recorded_by FROM client_caseworker
                WHERE client_id = ? ORDER BY valid_from, id""")
                .param(id)
                .query((rs, n) -> new CaseworkerAssignment(rs.getLong("id"), new UserId(uuid(rs, "caseworker_id")),
                        date(rs, "valid_from"), date(rs, "valid_to"), instant(rs, "recorded_at"),
                        userId(uuid(rs, "recorded_by"))))
                .list();
        return new Client(client.id(), client.details(), client.partnerId(), client.caseworkerId(), benefits, caseworkers,
                client.version(), client.createdAt());
    }

    /** The clients with their benefit periods (not their caseworker history), in one query. */
    List<Client> attachBenefits(List<Client> clients) {
        if (clients.isEmpty()) {
            return clients;
        }
        java.util.Map<UUID, List<BenefitPeriod>> periods = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT id, client_id, status, valid_from, valid_to, recorded_at, recorded_by FROM client_benefit_status
                WHERE client_id IN (:ids) ORDER BY valid_from""")
                .param("ids", clients.stream().map(c -> c.id().value()).toList())
                .query((rs, n) -> periods.computeIfAbsent(uuid(rs, "client_id"), k -> new java.util.ArrayList<>())
                        .add(new BenefitPeriod(rs.getLong("id"), BenefitStatus.valueOf(rs.getString("status")),
                                date(rs, "valid_from"), date(rs, "valid_to"), instant(rs, "recorded_at"), userId(uuid(rs, "recorded_by")))))
                .list();
        return clients.stream().map(c -> new Client(c.id(), c.details(), c.partnerId(), c.caseworkerId(),
                periods.getOrDefault(c.id().value(), List.of()), List.of(), c.version(), c.createdAt())).toList();
    }

    /** Inserts new entries and records end dates; entries are never deleted. */
    void save(Client client) {
        UUID id = client.id().value();
        for (BenefitPeriod period : client.benefitPeriods()) {
            if (period.id() == null) {
                jdbc.sql("""
                        INSERT INTO client_benefit_status (client_id, status, valid_from, valid_to, recorded_at, recorded_by)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(id, period.status().name(), period.from(), period.to(), timestamp(period.recordedAt()),
                                uuidOf(period.recordedBy()))
                        .update();
            } else {
                jdbc.sql("UPDATE client_benefit_status SET valid_to = ? WHERE id = ? AND client_id = ?")
                        .params(period.to(), period.id(), id).update();
            }
        }
        for (CaseworkerAssignment assignment : client.caseworkerHistory()) {
            if (assignment.id() == null) {
                jdbc.sql("""
                        INSERT INTO client_caseworker (client_id, caseworker_id, valid_from, valid_to, recorded_at, recorded_by)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(id, assignment.caseworker().value(), assignment.from(), assignment.to(),
                                timestamp(assignment.recordedAt()), uuidOf(assignment.recordedBy()))
                        .update();
            } else {
                jdbc.sql("UPDATE client_caseworker SET valid_to = ? WHERE id = ? AND client_id = ?")
                        .params(assignment.to(), assignment.id(), id).update();
            }
        }
    }

    private static @Nullable UserId userId(@Nullable UUID value) {
        return value == null ? null : new UserId(value);
    }

    private static @Nullable UUID uuidOf(@Nullable UserId user) {
        return user == null ? null : user.value();
    }
}
