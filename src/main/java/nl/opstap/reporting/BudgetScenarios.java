package nl.opstap.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The budget scenarios of an organisation, in the order they were made. */
@Repository
class BudgetScenarios {

    private final JdbcClient jdbc;

    BudgetScenarios(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(BudgetScenario scenario, UUID by, Instant at) {
        jdbc.sql("INSERT INTO budget_scenario (id, organisation_id, name, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)")
                .params(scenario.id(), scenario.organisation().value(), scenario.name(), Timestamp.from(at), by).update();
        for (int i = 0; i < scenario.lines().size(); i++) {
            BudgetScenario.Line line = scenario.lines().get(i);
            jdbc.sql("INSERT INTO budget_line (scenario_id, position, label, amount) VALUES (?, ?, ?, ?)")
                    .params(scenario.id(), i + 1, line.label().strip(), line.amount()).update();
        }
    }

    boolean nameTaken(OrganisationId organisation, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM budget_scenario WHERE organisation_id = ? AND LOWER(name) = LOWER(?)")
                .params(organisation.value(), name.strip()).query(Long.class).single() > 0;
    }

    void delete(OrganisationId organisation, UUID id) {
        jdbc.sql("DELETE FROM budget_line WHERE scenario_id IN (SELECT id FROM budget_scenario WHERE id = ? AND organisation_id = ?)")
                .params(id, organisation.value()).update();
        jdbc.sql("DELETE FROM budget_scenario WHERE id = ? AND organisation_id = ?").params(id, organisation.value()).update();
    }

    List<BudgetScenario> of(OrganisationId organisation) {
        Map<UUID, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name FROM budget_scenario WHERE organisation_id = ? ORDER BY recorded_at, name").param(organisation.value())
                .query(rs -> { names.put(rs.getObject(1, UUID.class), rs.getString(2)); });
        List<BudgetScenario> result = new ArrayList<>();
        names.forEach((id, name) -> result.add(new BudgetScenario(id, organisation, name,
                jdbc.sql("SELECT label, amount FROM budget_line WHERE scenario_id = ? ORDER BY position").param(id)
                        .query((rs, n) -> new BudgetScenario.Line(rs.getString(1), rs.getBigDecimal(2))).list())));
        return result;
    }
}
