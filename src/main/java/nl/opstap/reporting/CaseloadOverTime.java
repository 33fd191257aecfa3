package nl.opstap.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Caseload over time (seed 003: 1.053 uitkeringsgerechtigden on 31-12-2017, 986 in early November 2018): per month
 * end of the period, the clients with a current situation (everyone supported, partners too) and the benefit
 * households (status uitkeringsgerechtigd; a partner is in the same household). One grouped query per measure.
 */
@Component
class CaseloadOverTime implements ReportDefinition, IndicatorSource {

    /** Clients by benefit status on the reference date, so a month's figure opens to its clients. */
    static final Indicator BENEFIT = Indicator.count("uitkering", List.of("RECIPIENT", "PARTNER", "NON_RECIPIENT"), """
            SELECT c.municipality_code, b.status AS category, b.client_id FROM report_benefit b
            JOIN report_client c ON c.client_id = b.client_id
            WHERE c.municipality_code IN (:gemeenten) AND b.valid_from <= :peildatum AND (b.valid_to IS NULL OR b.valid_to > :peildatum)""");

    private final JdbcClient jdbc;

    CaseloadOverTime(ReportDatabase db) {
        this.jdbc = db.jdbc();
    }

    @Override
    public String key() {
        return "verloop";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public boolean usesPeriod() {
        return true;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(BENEFIT);
    }

    @Override
    public List<ReportTable> tables(ReportRequest request, boolean drillable) {
        List<LocalDate> months = monthEnds(request.from(), request.to());
        Map<LocalDate, Long> clients = perMonth("""
                SELECT f.%1$s, COUNT(*) FROM report_fact f
                WHERE f.kind = 'SITUATION' AND f.municipality_code IN (:gemeenten) AND f.%1$s <= :tot GROUP BY f.%1$s""", months, request);
        Map<LocalDate, Long> households = perMonth("""
                SELECT b.%1$s, COUNT(*) FROM report_benefit b JOIN report_client c ON c.client_id = b.client_id
                WHERE b.status = 'RECIPIENT' AND c.municipality_code IN (:gemeenten) AND b.%1$s <= :tot GROUP BY b.%1$s""", months, request);
        String codes = String.join(",", request.codes());
        List<ReportTable.Row> rows = new ArrayList<>();
        for (LocalDate month : months) {
            rows.add(new ReportTable.Row(month.toString(), nl.opstap.shared.web.Formats.DATE.format(month), List.of(
                    cell(clients.getOrDefault(month, 0L), drillable ? "indicator=tabel-1&peildatum=" + month + "&gemeenten=" + codes : null),
                    cell(households.getOrDefault(month, 0L), drillable ? "indicator=uitkering&peildatum=" + month + "&gemeenten=" + codes
                            + "&categorie=RECIPIENT" : null)), false));
        }
        return List.of(new ReportTable("verloop", "Caseload per maand", "Stand op de laatste dag van elke maand (de laatste maand: "
                + "op de einddatum). Werkzoekenden: met een vastgestelde huidige situatie, partners meegeteld. Uitkeringen: "
                + "huishoudens met de status uitkeringsgerechtigd.", List.of(new ReportTable.Column("werkzoekenden", "Werkzoekenden"),
                new ReportTable.Column("uitkeringen", "Uitkeringen (huishoudens)")), rows, false, "line"));
    }

    /** The last day of each month of the period, the last one cut off at the period's end. */
    static List<LocalDate> monthEnds(LocalDate from, LocalDate to) {
        List<LocalDate> ends = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            LocalDate end = m.atEndOfMonth();
            ends.add(end.isAfter(to) ? to : end);
        }
        return ends;
    }

    /**
     * Rows holding on each month end. A row holds on d when it began on or before d and did not end on or before d
     * (valid_to is exclusive and after valid_from), so holding(d) = starts up to d − ends up to d: two grouped passes
     * over the periods serve every month, instead of joining each month with every row.
     */
    private Map<LocalDate, Long> perMonth(String sql, List<LocalDate> months, ReportRequest request) {
        long[] holding = new long[months.size()];
        Map<String, Object> params = Map.of("gemeenten", request.codes(), "tot", request.to());
        for (String column : List.of("valid_from", "valid_to")) {
            long sign = column.equals("valid_from") ? 1 : -1;
            jdbc.sql(sql.formatted(column)).params(params).query(rs -> {
                LocalDate day = rs.getDate(1).toLocalDate();
                for (int i = 0; i < months.size(); i++) {
                    if (!day.isAfter(months.get(i))) {
                        holding[i] += sign * rs.getLong(2);
                    }
                }
            });
        }
        Map<LocalDate, Long> result = new HashMap<>();
        for (int i = 0; i < months.size(); i++) {
            result.put(months.get(i), holding[i]);
        }
        return result;
    }

    private static ReportTable.Cell cell(long count, String drill) {
        return new ReportTable.Cell((double) count, 0, null, count == 0 ? null : drill);
    }
}
