package nl.opstap.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import nl.opstap.client.BenefitSpan;
import nl.opstap.client.ClientRef;
import nl.opstap.diagnosis.Perspective;
import nl.opstap.placement.PlacementImports.HistoryImport;
import nl.opstap.placement.PlacementType;
import org.jspecify.annotations.Nullable;

/**
 * The placement histories of one municipality's demo clients from 2016 up to today, simulated year by year: a share
 * of the clients start a placement that fits their perspective (beschut werk by a quota that grows each year), many
 * work placements take the client off benefit wholly or partly, some come back (most within a year), a few leave for
 * other reasons or reach the AOW age. With {@code fixedOn} (seed 003's reference date, for the IGSD) the benefit on
 * that day stays as it was: a full outflow before it comes with a return before it.
 */
final class DemoCareers {

    static final LocalDate FIRST = LocalDate.of(2016, 1, 4);
    /** How the labour market moved the number of placements: a dip in the first corona year, a tight market after. */
    private static final Map<Integer, Double> YEARS = Map.of(2016, 0.9, 2017, 0.95, 2019, 1.05, 2020, 0.75,
            2021, 0.95, 2022, 1.15, 2023, 1.1, 2024, 1.05);

    /** A client as the generator sees it: the perspective and the benefit period open now (null: none). */
    record Person(ClientRef ref, @Nullable Perspective perspective, @Nullable BenefitSpan benefit) {}

    private final Random random;
    private final LocalDate today;
    private final DemoPlacementTerms terms;
    private final DemoEpisodes events;
    private final List<DemoCareer> careers = new ArrayList<>();

    DemoCareers(Random random, LocalDate today, @Nullable LocalDate fixedOn, DemoPlacementTerms terms, List<UUID> employers, UUID jobcoach,
                List<Person> people) {
        this.random = random;
        this.today = today;
        this.terms = terms;
        this.events = new DemoEpisodes(random, today, fixedOn, terms, employers, jobcoach);
        people.forEach(p -> careers.add(new DemoCareer(p, FIRST)));
    }

    /** Runs the years; {@code share} of the clients start a placement each year, beschut werk included. */
    List<HistoryImport> run(double share) {
        double size = careers.size() / 900.0;
        for (int year = FIRST.getYear(); year <= today.getYear(); year++) {
            LocalDate from = year == FIRST.getYear() ? FIRST : LocalDate.of(year, 1, 1);
            LocalDate to = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
            double part = (ChronoUnit.DAYS.between(from, to) + 1) / 365.0;
            int sheltered = place(from, to, (int) Math.round(size * Math.min(year - 2015, 7) * part), this::shelteredWeight, true);
            double economy = YEARS.getOrDefault(year, 1.0) * (0.92 + 0.16 * random.nextDouble());
            place(from, to, (int) Math.round(careers.size() * share * economy * part) - sheltered, this::weight, false);
            careers.forEach(c -> events.leaveMaybe(c, from, to, part));
            careers.stream().filter(c -> !c.aow.isBefore(from) && !c.aow.isAfter(to)).forEach(events::retire);
        }
        return careers.stream().map(c -> c.toImport(terms)).filter(h -> !h.placements().isEmpty() || !h.outflows().isEmpty()).toList();
    }

    /** Starts up to {@code count} placements in the period among the free clients, picked by weight; returns how many. */
    private int place(LocalDate from, LocalDate to, int count, ToDoubleFunction<DemoCareer> weight, boolean sheltered) {
        List<DemoCareer> pool = new ArrayList<>(careers.stream().filter(c -> c.freeIn(from, to) && weight.applyAsDouble(c) > 0).toList());
        int placed = 0;
        for (; placed < count && !pool.isEmpty(); placed++) {
            DemoCareer c = pool.remove(pick(pool, weight));
            LocalDate earliest = c.free.isAfter(from) ? c.free : from;
            LocalDate latest = c.lastStart().isBefore(to) ? c.lastStart() : to;
            LocalDate start = earliest.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(earliest, latest) + 1));
            events.place(c, sheltered ? PlacementType.SHELTERED_WORK : type(c, start), start);
        }
        return placed;
    }

    private int pick(List<DemoCareer> pool, ToDoubleFunction<DemoCareer> weight) {
        double total = pool.stream().mapToDouble(weight).sum();
        double at = random.nextDouble() * total;
        for (int i = 0; i < pool.size(); i++) {
            at -= weight.applyAsDouble(pool.get(i));
            if (at < 0) {
                return i;
            }
        }
        return pool.size() - 1;
    }

    /** How likely a client is to be placed: work perspectives most, care hardly. */
    private double weight(DemoCareer c) {
        Perspective p = c.person.perspective();
        return p == null || p == Perspective.NOG_NIET_BEKEND ? 0.5 : switch (p) {
            case WERK -> 1.0;
            case PARTTIME_WERK -> 0.9;
            case PARTICIPATIE -> 0.45;
            default -> 0.06;
        };
    }

    /** Beschut werk is for people with a participation perspective, once. */
    private double shelteredWeight(DemoCareer c) {
        return c.person.perspective() == Perspective.PARTICIPATIE && !c.hadSheltered() ? 1.0 : 0.0;
    }

    private PlacementType type(DemoCareer c, LocalDate start) {
        Perspective p = c.person.perspective();
        int pick = random.nextInt(100);
        if (p == Perspective.ZORG) {
            return PlacementType.DAY_ACTIVITIES;
        }
        if (p == Perspective.PARTICIPATIE) {
            return pick < 45 ? PlacementType.WORK_EXPERIENCE : pick < 90 ? PlacementType.DAY_ACTIVITIES : PlacementType.AFSPRAAKBAAN;
        }
        if (p == null || p == Perspective.NOG_NIET_BEKEND) {
            return pick < 40 ? PlacementType.REGULAR_WORK : pick < 70 ? PlacementType.WORK_EXPERIENCE : pick < 88 ? PlacementType.EDUCATION
                    : PlacementType.DAY_ACTIVITIES;
        }
        boolean young = c.person.ref().dateOfBirth().plusYears(27).isAfter(start);
        int regular = young ? 42 : 56;
        return pick < regular ? PlacementType.REGULAR_WORK : pick < regular + 8 ? PlacementType.AFSPRAAKBAAN
                : pick < 70 ? PlacementType.EDUCATION : pick < 82 ? PlacementType.WORK_EXPERIENCE : PlacementType.SECONDMENT;
    }
}
