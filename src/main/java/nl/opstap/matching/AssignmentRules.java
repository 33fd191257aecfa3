package nl.opstap.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.opstap.client.ClientId;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.vacancy.Vacancy;
import nl.opstap.vacancy.VacancyId;
import nl.opstap.vacancy.VacancyStatus;
import org.jspecify.annotations.Nullable;

/**
 * Rules of a bulk assignment: 1 to {@value #MAX_VACANCIES} open vacancies of the user's own municipalities per run,
 * together at most {@value #MAX_SEATS} places (a vacancy counts for at most as many places as it can have
 * candidates), and when proposing the kept rows: each person once, no vacancy over its places. A refusal does nothing.
 */
final class AssignmentRules {

    static final int MAX_VACANCIES = 50;
    /** The candidates taken per vacancy; a vacancy never fills more places than this in one run. */
    static final int PER_VACANCY = 50;
    /** Keeps the optimum quick (Kuhn–Munkres grows with people × seats²). */
    static final int MAX_SEATS = 500;
    static final String FIELD = "vacatureIds";
    static final String KEPT = "keuze";

    /** A kept row: this client proposed for this vacancy. */
    record Choice(VacancyId vacancy, ClientId client) {}

    private AssignmentRules() {}

    /** The chosen vacancies, each once, in the order chosen; an unreadable id counts as unknown. */
    static List<VacancyId> chosen(@Nullable List<@Nullable UUID> ids) {
        Set<VacancyId> chosen = new LinkedHashSet<>();
        for (UUID id : ids == null ? List.<UUID>of() : ids) {
            if (id == null) {
                throw unknown();
            }
            chosen.add(new VacancyId(id));
        }
        if (chosen.isEmpty()) {
            throw RuleViolation.of(null, FIELD, "required", "Kies ten minste één vacature.");
        }
        if (chosen.size() > MAX_VACANCIES) {
            throw RuleViolation.of(null, FIELD, "size", "Kies hoogstens " + MAX_VACANCIES + " vacatures per keer; u koos er "
                    + chosen.size() + ".");
        }
        return List.copyOf(chosen);
    }

    /** The vacancies found in the user's scope, in the order chosen; refused unless every one is there and open. */
    static List<Vacancy> found(List<VacancyId> chosen, List<Vacancy> inScope) {
        Map<VacancyId, Vacancy> byId = new HashMap<>();
        inScope.forEach(v -> byId.put(v.id(), v));
        List<Vacancy> out = new ArrayList<>();
        for (VacancyId id : chosen) {
            Vacancy v = byId.get(id);
            if (v == null || v.status() != VacancyStatus.OPEN) {
                throw unknown();
            }
            out.add(v);
        }
        return out;
    }

    /** Ids as a form sends them; one that cannot be read becomes null (unknown). */
    static List<@Nullable UUID> uuids(@Nullable List<String> values) {
        List<@Nullable UUID> out = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            try {
                out.add(UUID.fromString(value.strip()));
            } catch (IllegalArgumentException e) {
                out.add(null);
            }
        }
        return out;
    }

    /** The places of each vacancy as the optimum sees them; refused when they are too many together. */
    static int[] capacities(List<Vacancy> vacancies) {
        int[] capacities = vacancies.stream().mapToInt(v -> Math.min(v.positions(), PER_VACANCY)).toArray();
        int seats = java.util.Arrays.stream(capacities).sum();
        if (seats > MAX_SEATS) {
            throw RuleViolation.of(null, FIELD, "seats", "Deze vacatures hebben samen " + seats + " plaatsen; kies vacatures met samen "
                    + "hoogstens " + MAX_SEATS + " plaatsen.");
        }
        return capacities;
    }

    /** The kept rows, read from "vacancyId:clientId"; refused when none, unreadable or a person is kept twice. */
    static List<Choice> kept(@Nullable List<String> values) {
        List<Choice> out = new ArrayList<>();
        Set<ClientId> clients = new HashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            Choice choice = choice(value);
            if (!clients.add(choice.client())) {
                throw RuleViolation.of(null, KEPT, "twice", "Een werkzoekende kan maar voor één plaats worden voorgesteld; "
                        + "er is niets voorgesteld.");
            }
            out.add(choice);
        }
        if (out.isEmpty()) {
            throw RuleViolation.of(null, KEPT, "required", "Vink ten minste één werkzoekende aan om voor te stellen.");
        }
        if (out.size() > MAX_SEATS) {
            throw RuleViolation.of(null, KEPT, "size", "Stel hoogstens " + MAX_SEATS + " werkzoekenden tegelijk voor.");
        }
        return List.copyOf(out);
    }

    private static Choice choice(String value) {
        String[] parts = value.strip().split(":", -1);
        try {
            if (parts.length == 2) {
                return new Choice(new VacancyId(UUID.fromString(parts[0])), new ClientId(UUID.fromString(parts[1])));
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw RuleViolation.of(null, KEPT, "unknown", "Een aangevinkte regel is niet herkend; er is niets voorgesteld.");
    }

    /** Refused when more people are kept for a vacancy than it has places. */
    static void withinPlaces(List<Choice> kept, List<Vacancy> vacancies) {
        for (Vacancy v : vacancies) {
            long count = kept.stream().filter(c -> c.vacancy().equals(v.id())).count();
            if (count > v.positions()) {
                throw RuleViolation.of(null, KEPT, "places", "Voor " + v.title() + " zijn " + count + " werkzoekenden aangevinkt en er zijn "
                        + v.positions() + " plaatsen; er is niets voorgesteld.");
            }
        }
    }

    static RuleViolation unknown() {
        return RuleViolation.of(null, FIELD, "unknown", "Niet elke gekozen vacature is een open vacature in uw gemeenten. "
                + "Er is niets gedaan.");
    }
}
