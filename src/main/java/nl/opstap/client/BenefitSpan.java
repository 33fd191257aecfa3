package nl.opstap.client;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One period of a client's benefit status as other modules read it: from {@code from} until {@code to} (exclusive; null = open). */
public record BenefitSpan(BenefitStatus status, LocalDate from, @Nullable LocalDate to) {

    public boolean holdsOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || to.isAfter(day));
    }

    /** Whether this period pays a benefit (the client or the partner in a benefit household). */
    public boolean paysBenefit() {
        return status != BenefitStatus.NON_RECIPIENT;
    }
}
