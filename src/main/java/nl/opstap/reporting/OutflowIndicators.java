package nl.opstap.reporting;

import java.util.List;
import nl.opstap.client.BenefitStatus;

/**
 * The monitoring set's figures about outflow (seed 004 §4.4.1): outflows in the period by destination and by the
 * employer's branch, how durable full outflows were after 3 and 6 months, how many came back through the revolving
 * door, and how long the whole trajectory took. Each row is one outflow (a client who left twice counts twice).
 */
final class OutflowIndicators {

    /** Outflows dated in the period. */
    static final String IN_PERIOD = "o.municipality_code IN (:gemeenten) AND o.outflow_date >= :van AND o.outflow_date <= :tot";

    /**
     * Where people went: work by the placement behind it (an afspraakbaan or sheltered work, a secondment, else regular
     * work), education, or the other reasons for leaving the benefit.
     */
    static final Indicator DESTINATION = Indicator.count("monitoring-uitstroom", List.of("REGULIER_WERK", "DETACHERING",
                    "AFSPRAAKBAAN_BESCHUT_WERK", "SCHOLING", "VERHUIZING", "SAMENWONEN", "PENSIOEN", "OVERIG"), """
            SELECT o.municipality_code, CASE o.reason
                WHEN 'WORK' THEN CASE WHEN pl.placement_type IN ('AFSPRAAKBAAN', 'SHELTERED_WORK') THEN 'AFSPRAAKBAAN_BESCHUT_WERK'
                    WHEN pl.placement_type = 'SECONDMENT' THEN 'DETACHERING' ELSE 'REGULIER_WERK' END
                WHEN 'EDUCATION' THEN 'SCHOLING' WHEN 'MOVED' THEN 'VERHUIZING' WHEN 'PARTNER' THEN 'SAMENWONEN'
                WHEN 'PENSION' THEN 'PENSIOEN' ELSE 'OVERIG' END AS category, o.client_id
            FROM report_outflow o LEFT JOIN report_placement pl ON pl.placement_id = o.placement_id WHERE\s""" + IN_PERIOD);

    static final Indicator DURABLE_3 = durable(3);
    static final Indicator DURABLE_6 = durable(6);

    /** Outflows followed by a re-entry flagged as revolving door (within the window), as known on the reference date. */
    static final Indicator REVOLVING_DOOR = Indicator.count("monitoring-draaideur", List.of("DRAAIDEUR", "GEEN_DRAAIDEUR"),
            "SELECT o.municipality_code, CASE WHEN r.outflow_id IS NULL THEN 'GEEN_DRAAIDEUR' ELSE 'DRAAIDEUR' END AS category, "
                    + "o.client_id FROM report_outflow o LEFT JOIN report_re_entry r ON r.outflow_id = o.outflow_id "
                    + "AND r.revolving_door = TRUE AND r.re_entry_date <= :peildatum WHERE " + IN_PERIOD);

    /** Outflows whose placement has an employer, by the employer's SBI section (the letter). */
    static final Indicator BRANCH = Indicator.count("monitoring-branche", List.of(),
            "SELECT o.municipality_code, e.sbi_section AS category, o.client_id FROM report_outflow o "
                    + "JOIN report_placement pl ON pl.placement_id = o.placement_id "
                    + "JOIN report_employer e ON e.employer_id = pl.employer_id WHERE " + IN_PERIOD).found(Indicator.Order.BY_CODE);

    /** Days from the client's first participation (that ran) up to the outflow, averaged over outflows in the period. */
    static final Indicator TRAJECTORY = Indicator.average("monitoring-doorlooptijd", List.of("TRAJECT"),
            "SELECT o.municipality_code, 'TRAJECT' AS category, o.client_id, CAST(o.outflow_date - MIN(p.start_date) AS INTEGER) "
                    + "AS measure FROM report_outflow o JOIN report_participation p ON p.client_id = o.client_id "
                    + "AND p.start_date <= o.outflow_date AND " + ParticipationIndicators.RAN + " WHERE " + IN_PERIOD
                    + " GROUP BY o.outflow_id, o.municipality_code, o.client_id, o.outflow_date");

    /** All but {@link #BRANCH}, which the report names with the employer module's section names. */
    static final List<Indicator> ALL_BUT_BRANCH = List.of(DESTINATION, DURABLE_3, DURABLE_6, REVOLVING_DOOR, TRAJECTORY);

    private OutflowIndicators() {}

    /**
     * Full outflows in the period whose moment {@code months} later has come by the reference date: off benefit then
     * (no benefit period that pays, as the client module's benefit history reads it, holds on that day), or back on it.
     */
    private static Indicator durable(int months) {
        String moment = "o.outflow_date + INTERVAL '" + months + "' MONTH";
        return Indicator.count("monitoring-duurzaam-" + months, List.of("UIT_DE_UITKERING", "TERUG_IN_DE_UITKERING"),
                "SELECT o.municipality_code, CASE WHEN EXISTS (SELECT 1 FROM report_benefit b WHERE b.client_id = o.client_id "
                        + "AND b.status <> '" + BenefitStatus.NON_RECIPIENT.name() + "' AND b.valid_from <= " + moment
                        + " AND (b.valid_to IS NULL OR b.valid_to > " + moment + ")) THEN 'TERUG_IN_DE_UITKERING' "
                        + "ELSE 'UIT_DE_UITKERING' END AS category, o.client_id FROM report_outflow o WHERE " + IN_PERIOD
                        + " AND o.extent = 'FULL' AND " + moment + " <= :peildatum");
    }
}
