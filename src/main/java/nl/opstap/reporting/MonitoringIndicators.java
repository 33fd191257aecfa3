package nl.opstap.reporting;

import java.util.List;
import nl.opstap.placement.PlacementType;

/**
 * The monitoring set's remaining figures (seed 004 §4.4): work-experience places and sheltered work places, mediations
 * that came from employer contacts, and the rise on the participatieladder. A placement holds from its start up to
 * and including its end date.
 */
final class MonitoringIndicators {

    /** Placements in a werkervaringsplaats (WEP) that started in the period. */
    static final Indicator WORK_EXPERIENCE = Indicator.count("monitoring-wep", List.of("WEP_GESTART"),
            "SELECT pl.municipality_code, 'WEP_GESTART' AS category, pl.client_id FROM report_placement pl WHERE "
                    + started(PlacementType.WORK_EXPERIENCE));

    /** Sheltered work (beschut werk) places: started in the period, and held on the reference date. */
    static final Indicator SHELTERED_WORK = Indicator.count("monitoring-beschut", List.of("BESCHUT_GESTART", "BESCHUT_OP_PEILDATUM"),
            "SELECT pl.municipality_code, 'BESCHUT_GESTART' AS category, pl.client_id FROM report_placement pl WHERE "
                    + started(PlacementType.SHELTERED_WORK) + " UNION ALL "
                    + "SELECT pl.municipality_code, 'BESCHUT_OP_PEILDATUM' AS category, pl.client_id FROM report_placement pl "
                    + "WHERE pl.municipality_code IN (:gemeenten) AND pl.placement_type = '" + PlacementType.SHELTERED_WORK.name()
                    + "' AND pl.start_date <= :peildatum AND (pl.end_date IS NULL OR pl.end_date >= :peildatum)");

    /** Employer contact moments in the period that resulted in a mediation; the mediated client is not always recorded. */
    static final Indicator MEDIATIONS = Indicator.count("monitoring-bemiddelingen", List.of("BEMIDDELINGEN"),
            "SELECT m.municipality_code, 'BEMIDDELINGEN' AS category, m.client_id FROM report_mediation m "
                    + "WHERE m.municipality_code IN (:gemeenten) AND m.moment_date >= :van AND m.moment_date <= :tot");

    /**
     * Clients with a step on the participatieladder both at the start of the period and on the reference date (both
     * recorded in the municipalities asked for): the later step higher, the same or lower (codes STEP_1 to STEP_6 sort
     * as their numbers).
     */
    static final Indicator LADDER = Indicator.count("monitoring-trede", List.of("GESTEGEN", "GELIJK", "GEDAALD"), """
            SELECT e.municipality_code, CASE WHEN e.fact_value > b.fact_value THEN 'GESTEGEN'
                WHEN e.fact_value = b.fact_value THEN 'GELIJK' ELSE 'GEDAALD' END AS category, e.client_id
            FROM report_fact e JOIN report_fact b ON b.client_id = e.client_id AND b.kind = 'LADDER'
                AND b.municipality_code IN (:gemeenten) AND b.valid_from <= :van AND (b.valid_to IS NULL OR b.valid_to > :van)
            WHERE e.kind = 'LADDER' AND e.municipality_code IN (:gemeenten)
                AND e.valid_from <= :peildatum AND (e.valid_to IS NULL OR e.valid_to > :peildatum)""");

    static final List<Indicator> ALL = List.of(WORK_EXPERIENCE, SHELTERED_WORK, MEDIATIONS, LADDER);

    private MonitoringIndicators() {}

    private static String started(PlacementType type) {
        return "pl.municipality_code IN (:gemeenten) AND pl.placement_type = '" + type.name()
                + "' AND pl.start_date >= :van AND pl.start_date <= :tot";
    }
}
