package nl.opstap.matching;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.access.Scope;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.Coded;
import nl.opstap.shared.domain.StaleVersionException;
import nl.opstap.vacancy.VacancyId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pairs and their steps (tables matching_pair, matching_pair_step); every query takes the caller's scope. */
@Repository
class Pairs {

    private static final String COLUMNS = "id, client_id, vacancy_id, municipality_code, status, proposed_on, version";

    /** A logged step with who took it. */
    record StoredStep(PairStatus status, @Nullable String reason, @Nullable BigDecimal score, String breakdown, UUID by, Instant at) {}

    private final JdbcClient jdbc;

    Pairs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Pair> find(Scope scope, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM matching_pair WHERE id = :id AND municipality_code IN (:scope)")
                .param("id", id).param("scope", scope.codes()).query(Pairs::map).optional();
    }

    Optional<Pair> find(ClientId client, VacancyId vacancy) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM matching_pair WHERE client_id = ? AND vacancy_id = ?")
                .params(client.value(), vacancy.value()).query(Pairs::map).optional();
    }

    List<Pair> ofVacancy(VacancyId vacancy) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM matching_pair WHERE vacancy_id = ? ORDER BY proposed_on DESC")
                .param(vacancy.value()).query(Pairs::map).list();
    }

    List<Pair> ofClient(ClientId client) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM matching_pair WHERE client_id = ? ORDER BY proposed_on DESC")
                .param(client.value()).query(Pairs::map).list();
    }

    /** The pairs proposed in the period in the municipalities (the fairness report). */
    List<Pair> proposedIn(Scope scope, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM matching_pair WHERE municipality_code IN (:scope) AND proposed_on BETWEEN :from AND :to")
                .param("scope", scope.codes()).param("from", from).param("to", to).query(Pairs::map).list();
    }

    void insert(Pair pair, Instant now) {
        jdbc.sql("INSERT INTO matching_pair (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)")
                .params(pair.id(), pair.client().value(), pair.vacancy().value(), pair.municipality().value(),
                        pair.status().name(), pair.proposedOn(), Timestamp.from(now)).update();
    }

    /** Moves the pair to the step's status, if nobody else changed it since version; logs the step. */
    void advance(Pair pair, PairProgress.Step step, @Nullable Double score, UUID by) {
        int updated = jdbc.sql("UPDATE matching_pair SET status = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(step.status().name(), Timestamp.from(step.at()), pair.id(), pair.version()).update();
        if (updated == 0) {
            throw new StaleVersionException("Deze koppeling", currentVersion(pair.id()));
        }
        logStep(pair.id(), step, score, by);
    }

    void logStep(UUID pair, PairProgress.Step step, @Nullable Double score, UUID by) {
        jdbc.sql("""
                INSERT INTO matching_pair_step (id, pair_id, status, reason, score, breakdown, decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), pair, step.status().name(), step.reason(),
                        score == null ? null : BigDecimal.valueOf(Math.round(score * 1000) / 1000.0), step.breakdownShown(), by,
                        Timestamp.from(step.at())).update();
    }

    List<StoredStep> steps(UUID pair) {
        return jdbc.sql("SELECT status, reason, score, breakdown, decided_by, decided_at FROM matching_pair_step WHERE pair_id = ? ORDER BY decided_at, id")
                .param(pair).query((rs, n) -> new StoredStep(PairStatus.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getBigDecimal(3), rs.getString(4), rs.getObject(5, UUID.class), rs.getTimestamp(6).toInstant())).list();
    }

    private int currentVersion(UUID id) {
        return jdbc.sql("SELECT version FROM matching_pair WHERE id = ?").param(id).query(Integer.class).optional().orElse(-1);
    }

    private static Pair map(ResultSet rs, int row) throws SQLException {
        return new Pair(rs.getObject("id", UUID.class), new ClientId(rs.getObject("client_id", UUID.class)),
                new VacancyId(rs.getObject("vacancy_id", UUID.class)), new MunicipalityCode(rs.getString("municipality_code")),
                PairStatus.valueOf(rs.getString("status")), rs.getObject("proposed_on", LocalDate.class), rs.getInt("version"));
    }

    static PairStatus status(String code) {
        return Coded.fromCode(PairStatus.class, code);
    }
}
