package nl.opstap.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The name of a potential labour sector from the list the taxonomy module publishes (report_sector): the default
 * list's name, or for a sector an organisation added, that organisation's name for it; the code when unknown.
 */
@Component
class SectorNames {

    private final JdbcClient jdbc;

    SectorNames(ReportDatabase db) {
        this.jdbc = db.jdbc();
    }

    String name(String code) {
        return jdbc.sql("SELECT name FROM report_sector WHERE code = ? ORDER BY CASE WHEN organisation_id IS NULL THEN 0 ELSE 1 END, "
                        + "name FETCH FIRST 1 ROWS ONLY").param(code).query(String.class).optional().orElse(code);
    }
}
