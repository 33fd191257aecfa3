package nl.opstap.placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import nl.opstap.client.BenefitChange;
import nl.opstap.client.BenefitSpan;
import nl.opstap.client.ClientRef;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.placement.PlacementImports.HeldFollowUp;
import nl.opstap.placement.PlacementImports.HistoryImport;
import nl.opstap.placement.PlacementImports.PlacementImport;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Rule for one client's imported history: every placement passes the rules of registration (a type, the order of
 * consideration, the terms, an employer and jobcoach of the client's municipality, one at a time where that holds,
 * also against placements already stored), every held follow-up is a planned contact held between the start and
 * today, and the outflows pass {@link OutflowSequence}. A violation names where it lies, e.g. {@code placements[2].hours}.
 */
final class HistoryCheck {

    /** What the rules need beside the history: the settings, today, and who may be employer and jobcoach where. */
    record Context(FollowUpSchedule schedule, RevolvingDoor door, int windowMonths, LocalDate today,
                   BiPredicate<UUID, MunicipalityCode> employerIn, BiPredicate<UUID, MunicipalityCode> jobcoachIn) {}

    /** A follow-up contact to store: planned, and held when {@code held} is given. */
    record FollowUpRow(UUID placement, String municipality, int months, String party, LocalDate due, @Nullable HeldFollowUp held) {}

    /** A checked history, ready to store. */
    record Checked(ClientRef client, List<Placement> placements, List<FollowUpRow> followUps, List<Outflow> outflows,
                   List<ReEntry> reEntries, List<BenefitChange> benefit) {}

    private HistoryCheck() {}

    static Checked check(HistoryImport history, ClientRef client, List<BenefitSpan> benefit, List<Placement> stored,
                         boolean outflowStored, Context context) {
        List<Placement> placements = new ArrayList<>();
        List<FollowUpRow> followUps = new ArrayList<>();
        List<OverlappingPlacements.Existing> taken = new ArrayList<>(stored.stream()
                .map(p -> new OverlappingPlacements.Existing(p.type(), p.start(), p.end())).toList());
        for (int i = 0; i < history.placements().size(); i++) {
            PlacementImport p = history.placements().get(i);
            Placement placed = named("placements[" + i + "]", () -> placement(p, client, taken, context));
            taken.add(new OverlappingPlacements.Existing(placed.type(), placed.start(), placed.end()));
            placements.add(placed);
            followUps.addAll(followUps(placed, p.held(), context.schedule()));
        }
        if (outflowStored && !history.outflows().isEmpty()) {
            throw RuleViolation.conflict(HistoryImport.class, "outflows", "stored",
                    "Voor deze werkzoekende is al uitstroom vastgelegd; leg verdere uitstroom vast in het dossier.");
        }
        List<OutflowSequence.Step> steps = new ArrayList<>();
        for (int i = 0; i < history.outflows().size(); i++) {
            PlacementImports.OutflowImport o = history.outflows().get(i);
            Placement linked = o.placement() == null ? null : named("outflows[" + i + "]", () -> linked(placements, o.placement()));
            steps.add(new OutflowSequence.Step(new OutflowForm(o.date(), o.reason(), o.extent(), linked == null ? null : linked.id()),
                    linked, o.reEntry()));
        }
        OutflowSequence.Result out = OutflowSequence.check(client.id().value(), client.municipality().value(), benefit, steps,
                context.door(), context.windowMonths(), context.today());
        return new Checked(client, placements, followUps, out.outflows(), out.reEntries(), out.benefit());
    }

    private static Placement placement(PlacementImport p, ClientRef client, List<OverlappingPlacements.Existing> taken, Context context) {
        MunicipalityCode municipality = client.municipality();
        Violations v = new Violations(PlacementImport.class);
        String why = v.value(() -> {
            if (p.type() == null) {
                throw RuleViolation.of(null, "type", "required", "Kies de soort plaatsing.");
            }
            return ConsiderationOrder.check(p.type(), p.whyNotHigher());
        });
        v.check(() -> PlacementTerms.check(p.start(), p.end(), p.hours(), p.endReason()));
        v.check(() -> {
            if (p.employer() != null && !context.employerIn().test(p.employer(), municipality)) {
                throw RuleViolation.of(null, "employer", "unknown", "Kies een werkgever van de gemeente van de werkzoekende.");
            }
        });
        v.check(() -> {
            if (p.jobcoach() != null && !context.jobcoachIn().test(p.jobcoach(), municipality)) {
                throw RuleViolation.of(null, "jobcoach", "unknown", "Kies een jobcoach van de gemeente van de werkzoekende.");
            }
        });
        v.throwIfAny();
        named("held", () -> checkHeld(p, context));
        OverlappingPlacements.check(taken, p.type(), p.start(), p.end());
        return new Placement(UUID.randomUUID(), client.id().value(), municipality.value(), p.type(), why, p.employer(), null, p.start(),
                p.end(), p.endReason() == null ? null : p.endReason().strip(), p.hours(), p.contract(), p.wageSubsidy(), p.noRisk(),
                p.jobcoach(), null, 1);
    }

    /** Each held contact is a planned one (a month of the schedule, with employer or client), once, and passes the record rule. */
    private static Void checkHeld(PlacementImport p, Context context) {
        Map<String, Boolean> seen = new HashMap<>();
        Violations v = new Violations(PlacementImport.class);
        for (int k = 0; k < p.held().size(); k++) {
            HeldFollowUp f = p.held().get(k);
            String at = "[" + k + "]";
            v.check(() -> named(at, () -> {
                if (!context.schedule().months().contains(f.months()) || !PlacementService.PARTIES.contains(f.party())) {
                    throw RuleViolation.of(null, "months", "unknown", "Kies een gepland nazorgcontact: " + context.schedule().months()
                            + " maanden na de start, met " + String.join(" of ", PlacementService.PARTIES) + ".");
                }
                if (seen.put(f.months() + "/" + f.party(), true) != null) {
                    throw RuleViolation.of(null, "months", "twice", "Dit nazorgcontact staat twee keer in de import.");
                }
                new FollowUpRecord(f.held(), f.outcome(), f.signal(), null).check(p.start(), context.today());
                return null;
            }));
        }
        v.throwIfAny();
        return null;
    }

    private static List<FollowUpRow> followUps(Placement p, List<HeldFollowUp> held, FollowUpSchedule schedule) {
        Map<String, HeldFollowUp> byKey = new HashMap<>();
        held.forEach(f -> byKey.put(f.months() + "/" + f.party(), f));
        List<LocalDate> due = schedule.dueDates(p.start());
        List<FollowUpRow> rows = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            int months = schedule.months().get(i);
            for (String party : PlacementService.PARTIES) {
                rows.add(new FollowUpRow(p.id(), p.municipality(), months, party, due.get(i), byKey.get(months + "/" + party)));
            }
        }
        return rows;
    }

    private static Placement linked(List<Placement> placements, int index) {
        if (index < 0 || index >= placements.size()) {
            throw RuleViolation.of(null, "placement", "unknown", "Kies een plaatsing van deze werkzoekende uit de import.");
        }
        return placements.get(index);
    }

    /** Runs the check; its violations get {@code prefix} before their field names, so an import names where they lie. */
    static <T> T named(String prefix, Supplier<T> check) {
        try {
            return check.get();
        } catch (RuleViolation e) {
            List<RuleViolation.Violation> named = e.violations().stream().map(x -> new RuleViolation.Violation(
                    x.field().isEmpty() ? prefix : x.field().startsWith("[") ? prefix + x.field() : prefix + "." + x.field(), x.code(),
                    x.message())).toList();
            if (e.isConflict()) {
                RuleViolation.Violation first = named.getFirst();
                throw RuleViolation.conflict(HistoryImport.class, first.field(), first.code(), first.message());
            }
            throw RuleViolation.all(HistoryImport.class, named);
        }
    }
}
