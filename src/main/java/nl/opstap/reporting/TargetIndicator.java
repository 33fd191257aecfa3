package nl.opstap.reporting;

import java.util.List;
import java.util.Optional;

/**
 * What a yearly target is set against, and how the realisation is counted over the target's years (van–tot, cut off
 * at the reference date) from the published views. Each is an {@link Indicator} with one category, so the realised
 * number opens to its clients like any other figure.
 */
enum TargetIndicator {
    /** Seed 003: 125 extra people into work in 2019–2020. Clients with an outflow for work in the years. */
    UITSTROOM_WERK("Uitstroom naar werk (personen)", """
            SELECT DISTINCT o.municipality_code, 'gerealiseerd' AS category, o.client_id FROM report_outflow o
            WHERE o.reason = 'WORK' AND o.outflow_date BETWEEN :van AND :tot AND o.municipality_code IN (:gemeenten)"""),
    /** Seed 004: beschut werk places per year. Clients in a beschut werk placement on the last day counted. */
    BESCHUT_WERK("Beschut werk (gerealiseerde plekken)", """
            SELECT DISTINCT p.municipality_code, 'gerealiseerd' AS category, p.client_id FROM report_placement p
            WHERE p.placement_type = 'SHELTERED_WORK' AND p.start_date <= :tot AND (p.end_date IS NULL OR p.end_date >= :tot)
            AND p.municipality_code IN (:gemeenten)"""),
    /** Seed 004: the forecast of new target groups. Clients with an arbeidsbeperking whose first benefit began in the years. */
    NIEUWE_DOELGROEP("Nieuwe doelgroepen (instroom met arbeidsbeperking)", """
            SELECT c.municipality_code, 'gerealiseerd' AS category, c.client_id FROM report_client c
            WHERE c.work_limitation AND c.municipality_code IN (:gemeenten)
            AND (SELECT MIN(b.valid_from) FROM report_benefit b WHERE b.client_id = c.client_id) BETWEEN :van AND :tot""");

    static final String REALISED = "gerealiseerd";

    private final String label;
    private final Indicator indicator;

    TargetIndicator(String label, String sql) {
        this.label = label;
        this.indicator = Indicator.count("doel-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), List.of(REALISED), sql);
    }

    public String label() {
        return label;
    }

    Indicator indicator() {
        return indicator;
    }

    static Optional<TargetIndicator> of(String code) {
        for (TargetIndicator t : values()) {
            if (t.name().equalsIgnoreCase(code.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
