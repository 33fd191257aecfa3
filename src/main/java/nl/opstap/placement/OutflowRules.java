package nl.opstap.placement;

import java.time.LocalDate;
import java.util.List;
import nl.opstap.client.BenefitSpan;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Rules for outflow and re-entry against the benefit history. An outflow needs a date at most a month ahead, a reason
 * and an extent; a full outflow ends a running benefit status that began before it, a partial one needs a paid benefit
 * on that day. A re-entry follows the latest outflow that has none yet, after its date.
 */
final class OutflowRules {

    static final int MONTHS_AHEAD = 1;

    private OutflowRules() {}

    static void checkOutflow(OutflowForm form, List<BenefitSpan> benefit, @Nullable Placement placement, LocalDate today) {
        Violations v = new Violations(OutflowForm.class);
        v.check(() -> checkDate(form.date(), today));
        v.check(() -> {
            if (form.reason() == null) {
                throw RuleViolation.of(OutflowForm.class, "reason", "required", "Kies de reden van uitstroom.");
            }
        });
        v.check(() -> {
            if (form.extent() == null) {
                throw RuleViolation.of(OutflowForm.class, "extent", "required", "Kies of de uitstroom volledig of gedeeltelijk is.");
            }
        });
        v.check(() -> {
            if (placement != null && form.date() != null && form.date().isBefore(placement.start())) {
                throw RuleViolation.of(OutflowForm.class, "placement", "order", "De uitstroom ligt vóór de start van deze plaatsing.");
            }
        });
        v.throwIfAny();
        LocalDate on = form.date();
        BenefitSpan open = benefit.isEmpty() ? null : benefit.getLast();
        if (form.extent() == OutflowExtent.FULL && (open == null || open.to() != null || !open.from().isBefore(on))) {
            throw RuleViolation.conflict(OutflowForm.class, "date", "noBenefit",
                    "Deze werkzoekende heeft vóór die datum geen lopende uitkeringsstatus; de uitstroom is al vastgelegd of de datum klopt niet.");
        }
        if (form.extent() == OutflowExtent.PARTIAL && benefit.stream().noneMatch(s -> s.paysBenefit() && s.holdsOn(on))) {
            throw RuleViolation.conflict(OutflowForm.class, "date", "noBenefit", "Deze werkzoekende ontvangt op die datum geen uitkering.");
        }
    }

    /** The re-entry date against the outflow it follows (null when there is no outflow without a re-entry). */
    static void checkReEntry(@Nullable LocalDate date, @Nullable Outflow latestOpen, LocalDate today) {
        Violations v = new Violations(ReEntryForm.class);
        v.check(() -> checkDate(date, today));
        v.throwIfAny();
        if (latestOpen == null) {
            throw RuleViolation.conflict(ReEntryForm.class, "date", "noOutflow", "Er is geen uitstroom waarna deze werkzoekende kan terugkeren.");
        }
        if (!date.isAfter(latestOpen.date())) {
            throw RuleViolation.of(ReEntryForm.class, "date", "order", "De herinstroom ligt na de uitstroom van " + nl.opstap.shared.web.Formats.DATE.format(latestOpen.date()) + ".");
        }
    }

    private static void checkDate(@Nullable LocalDate date, LocalDate today) {
        if (date == null) {
            throw RuleViolation.of(null, "date", "required", "Vul de datum in.");
        }
        if (date.isAfter(today.plusMonths(MONTHS_AHEAD))) {
            throw RuleViolation.of(null, "date", "tooFarAhead", "De datum ligt hooguit een maand in de toekomst.");
        }
        if (date.getYear() < 2000) {
            throw RuleViolation.of(null, "date", "tooEarly", "De datum ligt na 1 januari 2000.");
        }
    }
}
