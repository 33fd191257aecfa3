package nl.opstap.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monitoring set of 2018 (reference date 30-06-2019) per municipality, counted apart from the report: plain SQL on
 * the tables behind the views with the dates typed in, and the day counts, age limits and durability moments done in
 * Java. Only non-zero figures appear.
 */
record MonitoringFacts(JdbcClient jdbc) {

    static final LocalDate FROM = LocalDate.of(2018, 1, 1);
    static final LocalDate TO = LocalDate.of(2018, 12, 31);
    static final LocalDate REFERENCE = LocalDate.of(2019, 6, 30);

    /** Participations that ran in 2018 and were not withdrawn. */
    static final String RAN = "p.start_date <= DATE '2018-12-31' AND COALESCE(p.actual_end, DATE '9999-12-31') >= DATE '2018-01-01' "
            + "AND COALESCE(p.result, '-') <> 'GEANNULEERD'";
    static final String ENDED = "p.actual_end BETWEEN DATE '2018-01-01' AND DATE '2018-12-31' AND COALESCE(p.result, '-') <> 'GEANNULEERD'";
    static final String OUTFLOWS = "o.outflow_date BETWEEN DATE '2018-01-01' AND DATE '2018-12-31'";

    private Map<String, Long> grouped(String sql, String municipality) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql(sql).param(municipality).query(rs -> {
            counts.merge(rs.getString(1), rs.getLong(2), Long::sum);
        });
        counts.values().removeIf(v -> v == 0);
        return counts;
    }

    Map<String, Long> participantsPerActivity(String municipality) {
        return grouped("SELECT a.name, COUNT(DISTINCT p.client_id) FROM participation p JOIN activity a ON a.id = p.activity_id "
                + "WHERE p.municipality_code = ? AND " + RAN + " GROUP BY a.name", municipality);
    }

    /** Ages on 30-06-2019: under 27 born after 30-06-1992, under 50 after 30-06-1969, under 55 after 30-06-1964. */
    Map<String, Long> participantsByAge(String municipality) {
        return grouped("SELECT CASE WHEN c.date_of_birth > DATE '1992-06-30' THEN 'TOT_27' WHEN c.date_of_birth > DATE '1969-06-30' "
                + "THEN '27_TOT_50' WHEN c.date_of_birth > DATE '1964-06-30' THEN '50_TOT_55' ELSE '55_PLUS' END, COUNT(*) FROM client c "
                + "WHERE c.id IN (SELECT p.client_id FROM participation p WHERE p.municipality_code = ? AND " + RAN + ") GROUP BY 1",
                municipality);
    }

    Map<String, Long> participantsByStartQualification(String municipality) {
        return grouped("SELECT CASE WHEN c.education_level IS NULL THEN 'ONBEKEND' WHEN c.education_level IN ('NONE', 'PRIMARY', "
                + "'VMBO', 'MBO_1') THEN 'NEE' ELSE 'JA' END, COUNT(*) FROM client c WHERE c.id IN (SELECT p.client_id "
                + "FROM participation p WHERE p.municipality_code = ? AND " + RAN + ") GROUP BY 1", municipality);
    }

    Map<String, Long> endings(String municipality) {
        return grouped("SELECT p.result, COUNT(*) FROM participation p WHERE p.municipality_code = ? AND " + ENDED
                + " GROUP BY p.result", municipality);
    }

    Map<String, Long> dropoutReasons(String municipality) {
        return grouped("SELECT COALESCE(r.name, 'ONBEKEND'), COUNT(*) FROM participation p LEFT JOIN dropout_reason r "
                + "ON r.id = p.dropout_reason_id WHERE p.municipality_code = ? AND p.result = 'UITGEVALLEN' AND " + ENDED
                + " GROUP BY r.name", municipality);
    }

    /** Average days from start to actual end of the participations ended in 2018, per activity. */
    Map<String, Double> durations(String municipality) {
        Map<String, long[]> sums = new TreeMap<>();
        jdbc.sql("SELECT a.name, p.start_date, p.actual_end FROM participation p JOIN activity a ON a.id = p.activity_id "
                + "WHERE p.municipality_code = ? AND " + ENDED).param(municipality).query(rs -> {
            long[] sum = sums.computeIfAbsent(rs.getString(1), k -> new long[2]);
            sum[0] += ChronoUnit.DAYS.between(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class));
            sum[1]++;
        });
        Map<String, Double> averages = new TreeMap<>();
        sums.forEach((name, sum) -> averages.put(name, (double) sum[0] / sum[1]));
        return averages;
    }

    /** Outflows in 2018 by destination: work by the type of its placement, the other reasons by name. */
    Map<String, Long> destinations(String municipality) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("SELECT o.reason, pl.placement_type FROM outflow o LEFT JOIN placement pl ON pl.id = o.placement_id "
                + "WHERE o.municipality_code = ? AND " + OUTFLOWS).param(municipality).query(rs -> {
            String type = String.valueOf(rs.getString(2));
            String destination = switch (rs.getString(1)) {
                case "WORK" -> type.equals("AFSPRAAKBAAN") || type.equals("SHELTERED_WORK") ? "AFSPRAAKBAAN_BESCHUT_WERK"
                        : type.equals("SECONDMENT") ? "DETACHERING" : "REGULIER_WERK";
                case "EDUCATION" -> "SCHOLING";
                case "MOVED" -> "VERHUIZING";
                case "PARTNER" -> "SAMENWONEN";
                case "PENSION" -> "PENSIOEN";
                default -> "OVERIG";
            };
            counts.merge(destination, 1L, Long::sum);
        });
        return counts;
    }

    /** Full outflows in 2018 whose moment {@code months} later lies on or before 30-06-2019: off benefit then, or back. */
    Map<String, Long> durability(String municipality, int months) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("SELECT o.client_id, o.outflow_date FROM outflow o WHERE o.municipality_code = ? AND o.extent = 'FULL' AND " + OUTFLOWS)
                .param(municipality).query(rs -> {
                    LocalDate moment = rs.getObject(2, LocalDate.class).plusMonths(months);
                    if (!moment.isAfter(REFERENCE)) {
                        long paying = jdbc.sql("SELECT COUNT(*) FROM client_benefit_status WHERE client_id = ? AND status IN "
                                        + "('RECIPIENT', 'PARTNER') AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)")
                                .params(rs.getObject(1, UUID.class), moment, moment).query(Long.class).single();
                        counts.merge(paying == 0 ? "UIT_DE_UITKERING" : "TERUG_IN_DE_UITKERING", 1L, Long::sum);
                    }
                });
        return counts;
    }

    Map<String, Long> revolvingDoor(String municipality) {
        return grouped("SELECT CASE WHEN EXISTS (SELECT 1 FROM re_entry r WHERE r.outflow_id = o.id AND r.revolving_door "
                + "AND r.re_entry_date <= DATE '2019-06-30') THEN 'DRAAIDEUR' ELSE 'GEEN_DRAAIDEUR' END, COUNT(*) FROM outflow o "
                + "WHERE o.municipality_code = ? AND " + OUTFLOWS + " GROUP BY 1", municipality);
    }

    Map<String, Long> branches(String municipality) {
        return grouped("SELECT e.sbi_section, COUNT(*) FROM outflow o JOIN placement pl ON pl.id = o.placement_id "
                + "JOIN employer e ON e.id = pl.employer_id WHERE o.municipality_code = ? AND " + OUTFLOWS + " GROUP BY e.sbi_section",
                municipality);
    }

    /** Average days from the client's first participation (not withdrawn) to each outflow in 2018 that had one. */
    double trajectory(List<String> municipalities) {
        long[] sum = new long[2];
        jdbc.sql("SELECT o.outflow_date, (SELECT MIN(p.start_date) FROM participation p WHERE p.client_id = o.client_id "
                        + "AND p.start_date <= o.outflow_date AND COALESCE(p.result, '-') <> 'GEANNULEERD') FROM outflow o "
                        + "WHERE o.municipality_code IN (:m) AND " + OUTFLOWS).param("m", municipalities).query(rs -> {
            LocalDate first = rs.getObject(2, LocalDate.class);
            if (first != null) {
                sum[0] += ChronoUnit.DAYS.between(first, rs.getObject(1, LocalDate.class));
                sum[1]++;
            }
        });
        return (double) sum[0] / sum[1];
    }

    Map<String, Long> keyFigures(String municipality) {
        Map<String, Long> counts = new HashMap<>(grouped("SELECT placement_type, COUNT(*) FROM placement WHERE municipality_code = ? "
                + "AND start_date BETWEEN DATE '2018-01-01' AND DATE '2018-12-31' AND placement_type IN ('WORK_EXPERIENCE', "
                + "'SHELTERED_WORK') GROUP BY placement_type", municipality));
        counts.put("WEP_GESTART", counts.remove("WORK_EXPERIENCE"));
        counts.put("BESCHUT_GESTART", counts.remove("SHELTERED_WORK"));
        counts.putAll(grouped("SELECT 'BESCHUT_OP_PEILDATUM', COUNT(*) FROM placement WHERE municipality_code = ? AND placement_type = "
                + "'SHELTERED_WORK' AND start_date <= DATE '2019-06-30' AND COALESCE(end_date, DATE '9999-12-31') >= DATE '2019-06-30'",
                municipality));
        counts.putAll(grouped("SELECT 'BEMIDDELINGEN', COUNT(*) FROM employer_contact_moment WHERE municipality_code = ? AND mediation "
                + "AND moment_date BETWEEN DATE '2018-01-01' AND DATE '2018-12-31'", municipality));
        counts.values().removeIf(v -> v == null || v == 0);
        return counts;
    }

    /** The ladder step on 30-06-2019 against the one on 01-01-2018, for IGSD clients with both (facts not corrected). */
    Map<String, Long> ladder(String municipality) {
        String held = "f.kind = 'LADDER' AND f.corrected_at IS NULL AND f.valid_from <= ? AND (f.valid_to IS NULL OR f.valid_to > ?)";
        Map<UUID, Integer> before = new HashMap<>();
        jdbc.sql("SELECT f.client_id, f.fact_value FROM diagnosis_fact f WHERE f.municipality_code IN ('GM1708', 'GM1701') AND "
                        + held).params(FROM, FROM)
                .query(rs -> { before.put(rs.getObject(1, UUID.class), Integer.parseInt(rs.getString(2).substring(5))); });
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("SELECT f.client_id, f.fact_value FROM diagnosis_fact f WHERE f.municipality_code = ? AND " + held)
                .params(municipality, REFERENCE, REFERENCE).query(rs -> {
                    Integer earlier = before.get(rs.getObject(1, UUID.class));
                    if (earlier != null) {
                        int later = Integer.parseInt(rs.getString(2).substring(5));
                        counts.merge(later > earlier ? "GESTEGEN" : later == earlier ? "GELIJK" : "GEDAALD", 1L, Long::sum);
                    }
                });
        return counts;
    }
}
