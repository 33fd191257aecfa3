package nl.opstap.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.shared.domain.RuleViolation;

/**
 * A budget scenario: named amounts that add up (seed 003: begroting 1.025.168 + uitbreiding 971.712 = 1.996.880).
 * Rule: a name, one to ten lines, each with a label and an amount of at least 0 with at most two decimals.
 */
record BudgetScenario(UUID id, OrganisationId organisation, String name, List<Line> lines) {

    record Line(String label, BigDecimal amount) {}

    static final int MAX_LINES = 10;

    BudgetScenario {
        name = name.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw RuleViolation.of(BudgetScenario.class, "name", "required", "Vul de naam van het scenario in (hoogstens 200 tekens).");
        }
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw RuleViolation.of(BudgetScenario.class, "lines", "size", "Vul één tot " + MAX_LINES + " begrotingsregels in.");
        }
        for (Line line : lines) {
            if (line.label().isBlank() || line.label().length() > 200) {
                throw RuleViolation.of(BudgetScenario.class, "lines", "label", "Geef elke begrotingsregel een omschrijving (hoogstens 200 tekens).");
            }
            if (line.amount().signum() < 0 || line.amount().scale() > 2 || line.amount().compareTo(new BigDecimal("1000000000000")) >= 0) {
                throw RuleViolation.of(BudgetScenario.class, "lines", "amount", "Vul bij '" + line.label().strip()
                        + "' een bedrag van 0 of meer in, met hoogstens twee decimalen.");
            }
        }
        lines = List.copyOf(lines);
    }

    public BigDecimal total() {
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
