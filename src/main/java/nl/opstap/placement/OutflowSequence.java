package nl.opstap.placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.opstap.client.BenefitChange;
import nl.opstap.client.BenefitSpan;
import nl.opstap.client.BenefitStatus;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.web.Formats;
import org.jspecify.annotations.Nullable;

/**
 * Rule for a run of outflows with their re-entries, as an import gives them: in date order, each re-entry before the
 * next outflow, each outflow and re-entry checked as if registered one after the other ({@link OutflowRules}) against
 * the benefit history as it changes with them: a full outflow ends the running benefit on its date, a re-entry after
 * it starts the benefit again with the status held before. Yields what to store and the benefit changes to make.
 */
final class OutflowSequence {

    /** One outflow and the day the client came back (null when not, or not yet). */
    record Step(OutflowForm form, @Nullable Placement placement, @Nullable LocalDate reEntry) {}

    /** The outflows and re-entries to store and the benefit changes they make, in date order. */
    record Result(List<Outflow> outflows, List<ReEntry> reEntries, List<BenefitChange> benefit) {}

    private final List<BenefitSpan> spans;
    private final List<Outflow> outflows = new ArrayList<>();
    private final List<ReEntry> reEntries = new ArrayList<>();
    private final List<BenefitChange> changes = new ArrayList<>();

    private OutflowSequence(List<BenefitSpan> benefit) {
        this.spans = new ArrayList<>(benefit);
    }

    /**
     * Checks the steps of one client against its benefit history (oldest period first); a violation names the step as
     * {@code outflows[i]}.
     */
    static Result check(UUID client, String municipality, List<BenefitSpan> benefit, List<Step> steps, RevolvingDoor door,
                        int windowMonths, LocalDate today) {
        OutflowSequence sequence = new OutflowSequence(benefit);
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            @Nullable Step previous = i == 0 ? null : steps.get(i - 1);
            HistoryCheck.named("outflows[" + i + "]", () -> sequence.add(client, municipality, step, previous, door, windowMonths, today));
        }
        return new Result(List.copyOf(sequence.outflows), List.copyOf(sequence.reEntries), List.copyOf(sequence.changes));
    }

    private Void add(UUID client, String municipality, Step step, @Nullable Step previous, RevolvingDoor door, int windowMonths,
                     LocalDate today) {
        LocalDate date = step.form().date();
        if (previous != null && date != null && previous.form().date() != null) {
            LocalDate after = previous.reEntry() != null ? previous.reEntry() : previous.form().date();
            if (previous.reEntry() != null ? !date.isAfter(after) : date.isBefore(after)) {
                throw RuleViolation.of(null, "date", "order", "Geef uitstroom en herinstroom in datumvolgorde: deze uitstroom ligt na "
                        + Formats.DATE.format(after) + ".");
            }
        }
        OutflowRules.checkOutflow(step.form(), spans, step.placement(), today);
        Outflow outflow = new Outflow(UUID.randomUUID(), client, municipality, date, step.form().reason(), step.form().extent(),
                step.placement() == null ? null : step.placement().id());
        outflows.add(outflow);
        if (outflow.extent() == OutflowExtent.FULL) {
            BenefitSpan open = spans.removeLast();
            spans.add(new BenefitSpan(open.status(), open.from(), date));
            changes.add(new BenefitChange(null, date));
        }
        if (step.reEntry() != null) {
            reEnter(client, municipality, outflow, step.reEntry(), door, windowMonths, today);
        }
        return null;
    }

    private void reEnter(UUID client, String municipality, Outflow outflow, LocalDate on, RevolvingDoor door, int windowMonths,
                         LocalDate today) {
        OutflowRules.checkReEntry(on, outflow, today);
        boolean running = spans.stream().anyMatch(s -> s.paysBenefit() && s.to() == null && !s.from().isAfter(on));
        if (outflow.extent() == OutflowExtent.FULL && !running) {
            BenefitStatus before = spans.stream().filter(s -> outflow.date().equals(s.to())).map(BenefitSpan::status).findFirst()
                    .orElse(BenefitStatus.RECIPIENT);
            spans.add(new BenefitSpan(before, on, null));
            changes.add(new BenefitChange(before, on));
        }
        reEntries.add(new ReEntry(UUID.randomUUID(), client, municipality, on, outflow.id(), door.applies(outflow.date(), on), windowMonths));
    }
}
