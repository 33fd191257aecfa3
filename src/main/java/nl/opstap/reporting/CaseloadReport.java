package nl.opstap.reporting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.access.UserDirectory;
import nl.opstap.access.UserId;
import nl.opstap.organisation.Municipality;
import nl.opstap.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Actual caseload per caseworker against the norm: on the reference date, each caseworker's clients by perspective, and
 * the fte those clients ask for at the organisation's caseload norms (Σ clients ÷ norm). A full-time caseworker at
 * exactly the norm scores 100%.
 */
@Component
class CaseloadReport implements ReportDefinition, IndicatorSource {

    /** Clients with a perspective on the date, by the caseworker assigned on that date (category = caseworker id). */
    static final Indicator CASELOAD = Indicator.count("caseload", List.of(), """
            SELECT f.municipality_code, CAST(w.caseworker_id AS VARCHAR(36)) AS category, f.client_id, f.fact_value AS perspective
            FROM report_fact f JOIN report_caseworker w ON w.client_id = f.client_id AND w.valid_from <= :peildatum
                AND (w.valid_to IS NULL OR w.valid_to > :peildatum)
            WHERE f.kind = 'PERSPECTIVE' AND f.municipality_code IN (:gemeenten)
            AND f.valid_from <= :peildatum AND (f.valid_to IS NULL OR f.valid_to > :peildatum)""").found(Indicator.Order.BY_CODE);

    private final JdbcClient jdbc;
    private final FormationSettings settings;
    private final UserDirectory users;
    private final Tables tables;

    CaseloadReport(ReportDatabase db, FormationSettings settings, UserDirectory users, Tables tables) {
        this.jdbc = db.jdbc();
        this.settings = settings;
        this.users = users;
        this.tables = tables;
    }

    @Override
    public String key() {
        return "caseload";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean usesPeriod() {
        return false;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(CASELOAD);
    }

    @Override
    public List<ReportTable> tables(ReportRequest request, boolean drillable) {
        Map<String, OrganisationId> organisationOf = new HashMap<>();
        request.municipalities().forEach(m -> organisationOf.put(m.code().value(), m.organisationId()));
        Map<OrganisationId, Map<String, BigDecimal>> norms = new HashMap<>();
        request.municipalities().stream().map(Municipality::organisationId).distinct().forEach(o -> norms.put(o, normsOn(o, request)));
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        Map<String, BigDecimal> fte = new HashMap<>();
        jdbc.sql("SELECT x.category, x.municipality_code, x.perspective, COUNT(*) FROM (" + CASELOAD.sql() + ") x "
                + "GROUP BY x.category, x.municipality_code, x.perspective").params(request.params().asMap()).query(rs -> {
            String caseworker = rs.getString(1);
            long n = rs.getLong(4);
            counts.computeIfAbsent(caseworker, k -> new HashMap<>()).merge(rs.getString(3), n, Long::sum);
            BigDecimal norm = norms.get(organisationOf.get(rs.getString(2))).get(rs.getString(3));
            if (norm != null && norm.signum() > 0) {
                fte.merge(caseworker, BigDecimal.valueOf(n).divide(norm, MathContext.DECIMAL64), BigDecimal::add);
            }
        });
        return List.of(table(request, drillable, counts, fte));
    }

    private ReportTable table(ReportRequest request, boolean drillable, Map<String, Map<String, Long>> counts, Map<String, BigDecimal> fte) {
        Map<UserId, String> names = users.displayNames(counts.keySet().stream().map(id -> new UserId(UUID.fromString(id))).toList());
        List<ReportTable.Column> columns = new ArrayList<>(List.of(new ReportTable.Column("werkzoekenden", "Werkzoekenden")));
        Indicators.PERSPECTIVE.categories().forEach(p -> columns.add(new ReportTable.Column(p, tables.label(Indicators.PERSPECTIVE, p))));
        columns.add(new ReportTable.Column("fte", "Fte volgens de normen"));
        columns.add(new ReportTable.Column("bezetting", "Caseload t.o.v. de norm (%)"));
        List<ReportTable.Row> rows = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByValue((a, b) -> Long.compare(total(b), total(a)))).forEach(e -> {
            List<ReportTable.Cell> cells = new ArrayList<>();
            String drill = drillable ? "indicator=caseload&peildatum=" + request.referenceDate() + "&gemeenten="
                    + String.join(",", request.codes()) + "&categorie=" + e.getKey() : null;
            cells.add(new ReportTable.Cell((double) total(e.getValue()), 0, null, drill));
            Indicators.PERSPECTIVE.categories().forEach(p -> cells.add(ReportTable.Cell.count(e.getValue().getOrDefault(p, 0L))));
            BigDecimal load = fte.get(e.getKey());
            cells.add(ReportTable.Cell.of(load == null ? null : load.doubleValue(), 2));
            cells.add(ReportTable.Cell.of(load == null ? null : load.doubleValue() * 100, 0));
            String name = names.getOrDefault(new UserId(UUID.fromString(e.getKey())), "Onbekende medewerker");
            rows.add(new ReportTable.Row(e.getKey(), name, cells, false));
        });
        return new ReportTable("caseload", "Caseload per consulent", "Werkzoekenden met een perspectief op de peildatum, bij de "
                + "consulent die toen was toegewezen. Fte volgens de normen = Σ werkzoekenden ÷ caseloadnorm van hun perspectief; "
                + "100% is precies de norm voor een voltijds consulent. Zonder vastgelegde norm blijft die groep buiten de fte.",
                columns, rows, false, null);
    }

    private Map<String, BigDecimal> normsOn(OrganisationId organisation, ReportRequest request) {
        Map<String, BigDecimal> norms = new HashMap<>();
        settings.heldOn(organisation, request.referenceDate()).stream().filter(s -> s.kind() == FormationSetting.Kind.NORM)
                .forEach(s -> norms.put(s.code(), s.amount()));
        return norms;
    }

    private static long total(Map<String, Long> perPerspective) {
        return perPerspective.values().stream().mapToLong(Long::longValue).sum();
    }
}
