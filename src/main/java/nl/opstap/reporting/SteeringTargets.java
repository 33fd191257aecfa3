package nl.opstap.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The targets of an organisation, by indicator and first year. */
@Repository
class SteeringTargets {

    private final JdbcClient jdbc;

    SteeringTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SteeringTarget t, UUID by, Instant at) {
        jdbc.sql("""
                INSERT INTO steering_target (id, organisation_id, municipality_code, indicator, year_from, year_to, target, recorded_at,
                    recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(t.id(), t.organisation().value(), t.municipality() == null ? null : t.municipality().value(), t.indicator().name(),
                        t.yearFrom(), t.yearTo(), t.target(), Timestamp.from(at), by).update();
    }

    void delete(OrganisationId organisation, UUID id) {
        jdbc.sql("DELETE FROM steering_target WHERE id = ? AND organisation_id = ?").params(id, organisation.value()).update();
    }

    List<SteeringTarget> of(OrganisationId organisation) {
        return jdbc.sql("SELECT * FROM steering_target WHERE organisation_id = ? ORDER BY indicator, year_from, municipality_code")
                .param(organisation.value())
                .query((rs, n) -> new SteeringTarget(rs.getObject("id", UUID.class), organisation,
                        rs.getString("municipality_code") == null ? null : new MunicipalityCode(rs.getString("municipality_code")),
                        TargetIndicator.valueOf(rs.getString("indicator")), rs.getInt("year_from"), rs.getInt("year_to"), rs.getInt("target")))
                .list();
    }
}
