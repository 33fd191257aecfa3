package nl.opstap.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.shared.domain.RuleViolation;

/**
 * One formation setting from a date: a caseload norm (clients per fte) for a perspective, a fixed formation item in fte,
 * or the cost per fte in euro. Rule: a norm and the cost are greater than 0 (a norm of 0 would divide by zero); an item
 * may be 0 (it ends from that date); amounts have at most two decimals and stay below a billion.
 */
record FormationSetting(OrganisationId organisation, Kind kind, String code, BigDecimal amount, LocalDate validFrom) {

    enum Kind { NORM, ITEM, FTE_COST }

    static final String COST_CODE = "fte";

    FormationSetting {
        if (code.isBlank() || code.length() > 100) {
            throw RuleViolation.of(FormationSetting.class, "code", "required", kind == Kind.ITEM
                    ? "Vul de naam van het formatie-onderdeel in (hoogstens 100 tekens)." : "Kies een perspectief.");
        }
        if (amount.scale() > 2 || amount.compareTo(new BigDecimal("1000000000")) >= 0) {
            throw RuleViolation.of(FormationSetting.class, "amount", "range", "Vul een bedrag of aantal in met hoogstens twee decimalen.");
        }
        if (kind != Kind.ITEM && amount.signum() <= 0) {
            throw RuleViolation.of(FormationSetting.class, "amount", "positive", kind == Kind.NORM
                    ? "De caseloadnorm moet groter zijn dan 0: het is het aantal werkzoekenden per fte."
                    : "De kosten per fte moeten groter zijn dan 0.");
        }
        if (amount.signum() < 0) {
            throw RuleViolation.of(FormationSetting.class, "amount", "positive", "Een formatie-onderdeel kan niet negatief zijn.");
        }
    }
}
