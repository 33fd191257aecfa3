package nl.opstap.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.opstap.organisation.Municipality;
import org.jspecify.annotations.Nullable;

/** Lays a {@link Formation} out as tables with the arithmetic visible: clients ÷ norm = fte, unrounded and rounded. */
record FormationTables(String organisation, ReportRequest request, List<Municipality> municipalities, boolean drillable,
                       Function<String, String> perspectiveLabel) {

    private static final List<ReportTable.Column> FORMATION_COLUMNS = List.of(new ReportTable.Column("klanten", "Werkzoekenden"),
            new ReportTable.Column("norm", "Caseloadnorm (per fte)"), new ReportTable.Column("fte", "Formatie fte (onafgerond)"),
            new ReportTable.Column("fte-afgerond", "Formatie fte (afgerond)"));

    ReportTable formation(Formation f) {
        List<ReportTable.Row> rows = new ArrayList<>();
        for (Formation.Line line : f.caseload()) {
            rows.add(new ReportTable.Row(line.code(), perspectiveLabel.apply(line.code()), List.of(
                    new ReportTable.Cell(line.clients() == null ? null : line.clients().doubleValue(), 0, null, drill(line)),
                    ReportTable.Cell.of(number(line.norm()), 0), ReportTable.Cell.of(number(line.fte()), 4),
                    ReportTable.Cell.of(number(line.rounded()), 1)), false));
        }
        long clients = f.caseload().stream().mapToLong(l -> l.clients() == null ? 0 : l.clients()).sum();
        rows.add(new ReportTable.Row("caseload", "Subtotaal caseload", List.of(ReportTable.Cell.count(clients), ReportTable.Cell.of(null, 0),
                ReportTable.Cell.of(f.caseloadFte().doubleValue(), 4), ReportTable.Cell.of(Formation.roundFte(f.caseloadFte()).doubleValue(), 1)), true));
        for (Formation.Line item : f.items()) {
            rows.add(new ReportTable.Row("item", item.code(), List.of(ReportTable.Cell.of(null, 0), ReportTable.Cell.of(null, 0),
                    ReportTable.Cell.of(number(item.fte()), 4), ReportTable.Cell.of(number(item.rounded()), 1)), false));
        }
        rows.add(new ReportTable.Row("totaal", "Totale formatie", List.of(ReportTable.Cell.of(null, 0), ReportTable.Cell.of(null, 0),
                ReportTable.Cell.of(f.totalFte().doubleValue(), 4), ReportTable.Cell.of(Formation.roundFte(f.totalFte()).doubleValue(), 1)), true));
        String note = "Formatie per perspectief = werkzoekenden ÷ caseloadnorm, met de normen die op de peildatum golden; daarna de vaste "
                + "formatie-onderdelen. Afgerond op één decimaal; subtotaal en totaal zijn de afgeronde som van de onafgeronde waarden."
                + (f.withoutNorm().isEmpty() ? "" : " Zonder caseloadnorm (niet meegeteld): "
                + String.join(", ", f.withoutNorm().stream().map(perspectiveLabel).toList()) + ".");
        return new ReportTable("formatie-" + slug(), "Formatie " + organisation, note, FORMATION_COLUMNS, rows, false, null);
    }

    ReportTable budget(Formation f) {
        List<ReportTable.Row> rows = new ArrayList<>();
        rows.add(row("fte", "Totale formatie (fte)", f.totalFte(), 4));
        rows.add(row("kosten", "Kosten per fte (euro)", f.costPerFte(), 2));
        rows.add(row("budget", "Budget = formatie × kosten per fte (euro, onafgerond)", f.budget(), 2));
        rows.add(row("budget-afgerond", "Budget (euro, afgerond)", f.budget() == null ? null : Formation.roundEuro(f.budget()), 0));
        String note = f.costPerFte() == null ? "Er zijn op de peildatum geen kosten per fte vastgelegd; een beheerder legt die vast." : null;
        return new ReportTable("budget-" + slug(), "Budget uit de formatie " + organisation, note,
                List.of(new ReportTable.Column("waarde", "Waarde")), rows, false, null);
    }

    ReportTable scenarios(List<BudgetScenario> scenarios, Formation f) {
        List<ReportTable.Column> columns = new ArrayList<>();
        scenarios.forEach(s -> columns.add(new ReportTable.Column(s.id().toString(), s.name())));
        Set<String> labels = new LinkedHashSet<>();
        scenarios.forEach(s -> s.lines().forEach(l -> labels.add(l.label())));
        List<ReportTable.Row> rows = new ArrayList<>();
        for (String label : labels) {
            rows.add(new ReportTable.Row("regel", label, scenarios.stream().map(s -> ReportTable.Cell.of(s.lines().stream()
                    .filter(l -> l.label().equals(label)).map(l -> l.amount().doubleValue()).reduce(Double::sum).orElse(null), 0)).toList(), false));
        }
        rows.add(new ReportTable.Row("totaal", "Totaal", scenarios.stream().map(s -> ReportTable.Cell.of(s.total().doubleValue(), 0)).toList(), true));
        BigDecimal first = scenarios.getFirst().total();
        rows.add(new ReportTable.Row("verschil", "Verschil met " + scenarios.getFirst().name(), scenarios.stream()
                .map(s -> ReportTable.Cell.of(s.total().subtract(first).doubleValue(), 0)).toList(), false));
        if (f.budget() != null) {
            rows.add(new ReportTable.Row("formatie", "Verschil met het budget uit de formatie (" + Formation.roundEuro(f.budget()) + ")",
                    scenarios.stream().map(s -> ReportTable.Cell.of(s.total().subtract(f.budget()).doubleValue(), 0)).toList(), false));
        }
        return new ReportTable("scenarios-" + slug(), "Begrotingsscenario's " + organisation + " naast elkaar", "Bedragen in euro.",
                columns, rows, false, "bar");
    }

    private @Nullable String drill(Formation.Line line) {
        if (!drillable || line.clients() == null || line.clients() == 0) {
            return null;
        }
        return "indicator=" + Indicators.PERSPECTIVE.key() + "&peildatum=" + request.referenceDate() + "&gemeenten="
                + String.join(",", municipalities.stream().map(m -> m.code().value()).toList()) + "&categorie=" + line.code();
    }

    private static ReportTable.Row row(String code, String label, @Nullable BigDecimal value, int decimals) {
        return new ReportTable.Row(code, label, List.of(ReportTable.Cell.of(number(value), decimals)), false);
    }

    private static @Nullable Double number(@Nullable BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private String slug() {
        return municipalities.getFirst().organisationId().value().toString().substring(0, 8);
    }
}
