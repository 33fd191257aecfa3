package nl.opstap.reporting;

import java.util.List;

/** Tabel I and II: clients by current situation and by perspective on the reference date (seed 003). */
final class Indicators {

    /** Facts held on the reference date: the range filter of ADR 0008 over the view with corrections applied. */
    static final String HELD = "f.valid_from <= :peildatum AND (f.valid_to IS NULL OR f.valid_to > :peildatum)";

    static final Indicator SITUATION = Indicator.count("tabel-1", List.of("TALENT_IN_KAART", "ONDERZOEK_ZORG",
            "LEREN_ONTWIKKELEN", "WERKEN_ERVAREN", "DIRECT_WERK", "PARTTIME_WERK"), fact("SITUATION"));

    static final Indicator PERSPECTIVE = Indicator.count("tabel-2", List.of("PARTTIME_WERK", "WERK", "PARTICIPATIE", "ZORG",
            "NOG_NIET_BEKEND"), fact("PERSPECTIVE"));

    private Indicators() {}

    /** Clients with a single-valued diagnosis fact of this kind on the reference date, by its value. */
    static String fact(String kind) {
        return "SELECT f.municipality_code, f.fact_value AS category, f.client_id FROM report_fact f WHERE f.kind = '" + kind
                + "' AND f.municipality_code IN (:gemeenten) AND " + HELD;
    }
}
