package nl.opstap.reporting;

import java.util.UUID;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * A target for a year or a span of years (seed 003: 125 into work in 2019–2020), for one municipality or (null) the
 * whole organisation. Rule: years between 2000 and 2100, the last not before the first, at most 10 years; target ≥ 0.
 */
record SteeringTarget(UUID id, OrganisationId organisation, @Nullable MunicipalityCode municipality, TargetIndicator indicator,
                      int yearFrom, int yearTo, int target) {

    SteeringTarget {
        if (yearFrom < 2000 || yearFrom > 2100 || yearTo < 2000 || yearTo > 2100) {
            throw RuleViolation.of(SteeringTarget.class, "yearFrom", "range", "Vul een jaar tussen 2000 en 2100 in.");
        }
        if (yearTo < yearFrom) {
            throw RuleViolation.of(SteeringTarget.class, "yearTo", "order", "Het laatste jaar ligt vóór het eerste jaar.");
        }
        if (yearTo - yearFrom >= 10) {
            throw RuleViolation.of(SteeringTarget.class, "yearTo", "range", "Een doel geldt voor hoogstens 10 jaar.");
        }
        if (target < 0) {
            throw RuleViolation.of(SteeringTarget.class, "target", "positive", "Het doel kan niet negatief zijn.");
        }
    }

    public String years() {
        return yearFrom == yearTo ? String.valueOf(yearFrom) : yearFrom + "–" + yearTo;
    }
}
