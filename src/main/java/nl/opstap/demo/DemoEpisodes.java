package nl.opstap.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.opstap.placement.OutflowExtent;
import nl.opstap.placement.OutflowReason;
import nl.opstap.placement.PlacementImports.OutflowImport;
import nl.opstap.placement.PlacementType;
import org.jspecify.annotations.Nullable;

/**
 * What may happen to a demo client: a placement with the outflow it brings and the return that may follow, leaving
 * the benefit for another reason, and the AOW age. Each keeps the client's benefit consistent: an outflow only while
 * on benefit and after everything before it, a return only after a full outflow, and with {@code fixedOn} no change
 * of the benefit held on that day (a full outflow before it returns before it, or stays partial).
 */
final class DemoEpisodes {

    private final Random random;
    private final LocalDate today;
    private final @Nullable LocalDate fixedOn;
    private final DemoPlacementTerms terms;
    private final List<UUID> employers;
    private final UUID jobcoach;

    DemoEpisodes(Random random, LocalDate today, @Nullable LocalDate fixedOn, DemoPlacementTerms terms, List<UUID> employers, UUID jobcoach) {
        this.random = random;
        this.today = today;
        this.fixedOn = fixedOn;
        this.terms = terms;
        this.employers = employers;
        this.jobcoach = jobcoach;
    }

    /** A placement from {@code start}; the benefit stops or shrinks with the first wage, within three weeks. */
    void place(DemoCareer c, PlacementType type, LocalDate start) {
        OutflowExtent extent = c.onBenefit ? terms.outflow(type) : null;
        if (extent == OutflowExtent.FULL && !c.recipient) {
            extent = OutflowExtent.PARTIAL;
        }
        DemoPlacementTerms.Draft d = terms.draft(type, start, extent, employers, jobcoach);
        c.placements.add(d);
        LocalDate date = start.plusDays(random.nextInt(21));
        OutflowImport out = extent == null || date.isAfter(today) ? null : outflow(c, date, type == PlacementType.EDUCATION
                ? OutflowReason.EDUCATION : OutflowReason.WORK, extent, c.placements.size() - 1, wantedReturn(date));
        if (out != null && out.reEntry() != null && (d.end == null || !d.end.isBefore(out.reEntry()))) {
            DemoPlacementTerms.end(d, out.reEntry().minusDays(1 + random.nextInt(30)), terms.endReason(type));
        }
        if (c.free == null || out != null && out.reEntry() != null) {
            return;
        }
        if (d.end != null) {
            LocalDate next = d.end.plusMonths(1 + random.nextInt(6));
            c.free = next.isAfter(c.free) ? next : c.free;
        } else {
            c.lasting = d;
            c.free = null;
        }
    }

    /** Some lose the work within a year and come back (a revolving door); a few come back much later. */
    private @Nullable LocalDate wantedReturn(LocalDate outflow) {
        int pick = random.nextInt(100);
        return pick < 26 ? outflow.plusDays(45 + random.nextInt(300)) : pick < 34 ? outflow.plusMonths(13 + random.nextInt(24)) : null;
    }

    /** Now and then a client on benefit leaves for another reason: moving, a partner, study, or otherwise. */
    void leaveMaybe(DemoCareer c, LocalDate from, LocalDate to, double part) {
        if (!c.onBenefit || !c.recipient || c.free == null || c.free.isAfter(to)) {
            return;
        }
        LocalDate earliest = c.free.isAfter(from) ? c.free : from;
        LocalDate latest = c.aow.isAfter(to) ? to : c.aow.minusDays(1);
        double roll = random.nextDouble() / part;
        if (latest.isBefore(earliest) || roll >= 0.062) {
            return;
        }
        LocalDate date = earliest.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(earliest, latest) + 1));
        boolean young = c.person.ref().dateOfBirth().plusYears(27).isAfter(date);
        OutflowReason reason = roll < 0.010 ? OutflowReason.MOVED : roll < 0.017 ? OutflowReason.PARTNER : roll < 0.022 ? OutflowReason.OTHER
                : young ? OutflowReason.EDUCATION : null;
        if (reason == null) {
            return;
        }
        int back = switch (reason) {
            case MOVED -> 5;
            case PARTNER -> 20;
            default -> 25;
        };
        outflow(c, date, reason, OutflowExtent.FULL, null, random.nextInt(100) >= back ? null
                : date.plusMonths(random.nextInt(4) > 0 ? 1 + random.nextInt(11) : 13 + random.nextInt(18)));
    }

    /** At the AOW age the benefit stops (a pension) and whatever placement still runs ends. */
    void retire(DemoCareer c) {
        c.placements.stream().filter(d -> d.end == null || d.end.isAfter(c.aow))
                .forEach(d -> DemoPlacementTerms.end(d, c.aow, "AOW-leeftijd bereikt"));
        if (c.onBenefit && c.recipient && (c.free != null || c.lasting != null) && (fixedOn == null || c.aow.isAfter(fixedOn))) {
            outflow(c, c.aow, OutflowReason.PENSION, OutflowExtent.FULL, null, null);
        }
        c.free = null;
        c.lasting = null;
        c.onBenefit = false;
    }

    /** Records an outflow and moves the client on; null when it cannot happen (before {@code fixedOn} without a return). */
    private @Nullable OutflowImport outflow(DemoCareer c, LocalDate date, OutflowReason reason, OutflowExtent extent,
                                            @Nullable Integer placement, @Nullable LocalDate wanted) {
        LocalDate back = extent == OutflowExtent.FULL && wanted != null && !wanted.isAfter(today) && wanted.isBefore(c.aow) ? wanted : null;
        if (extent == OutflowExtent.FULL && fixedOn != null && !date.isAfter(fixedOn)) {
            long room = ChronoUnit.DAYS.between(date, fixedOn);
            if (room < 45 || random.nextInt(100) >= 35) {
                if (placement == null) {
                    return null;
                }
                extent = OutflowExtent.PARTIAL;
                back = null;
            } else if (back == null || back.isAfter(fixedOn)) {
                back = date.plusDays(30 + random.nextInt((int) Math.min(room - 29, 400)));
            }
        }
        OutflowImport out = new OutflowImport(date, reason, extent, placement, back);
        c.outflows.add(out);
        if (extent == OutflowExtent.FULL) {
            c.onBenefit = back != null;
            c.free = back == null ? null : back.plusMonths(1 + random.nextInt(3));
        }
        return out;
    }
}
