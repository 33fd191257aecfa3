package nl.opstap.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.opstap.access.Access;
import nl.opstap.client.ClientId;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.workshop.MatchPlace;
import nl.opstap.workshop.Workshops;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk assignment to workshop seats: for chosen workshops, each with its free seats, the assignment of candidates
 * that maximises the total score with nobody on two seats, for a person to review; the kept rows are then proposed
 * to the workshops (voorgedragen) through the workshop module's rules, all or nothing. The rows' place id is the
 * workshop's id (in {@link AssignmentRules.Choice#vacancy()}).
 */
@Service
class WorkshopAssignments {

    private final Workshops workshops;
    private final PlaceCandidates places;

    WorkshopAssignments(Workshops workshops, PlaceCandidates places) {
        this.workshops = workshops;
        this.places = places;
    }

    List<Assignments.Option> open(Access access) {
        return workshops.withFreeSeats(employer(access)).stream()
                .map(w -> new Assignments.Option(w.id(), w.name(), "vanaf " + nl.opstap.shared.web.Formats.DATE.format(w.start()),
                        w.freePlaces())).toList();
    }

    @Transactional
    AssignmentProposal propose(Access access, List<@Nullable UUID> ids) {
        List<MatchPlace> chosen = chosen(access, ids);
        int[] capacities = chosen.stream().mapToInt(w -> Math.min(w.freePlaces(), AssignmentRules.PER_VACANCY)).toArray();
        if (java.util.Arrays.stream(capacities).sum() > AssignmentRules.MAX_SEATS) {
            throw RuleViolation.of(null, AssignmentRules.FIELD, "seats", "Kies werkplaatsen met samen hoogstens " + AssignmentRules.MAX_SEATS
                    + " vrije plaatsen.");
        }
        MatchFilters top = MatchFilters.none().withDefaultLimit(AssignmentRules.PER_VACANCY);
        List<List<MatchResult>> candidates = chosen.stream().map(w -> places.candidatesFor(access, w, top)).toList();
        AssignmentMatrix.Result<MatchResult> result = AssignmentMatrix.solve(candidates, MatchResult::id, MatchResult::score, capacities);
        List<AssignmentProposal.Row> rows = new ArrayList<>();
        int[] assigned = new int[chosen.size()];
        for (AssignmentMatrix.Placed<MatchResult> p : result.optimal()) {
            MatchPlace w = chosen.get(p.place());
            MatchResult r = p.candidate();
            rows.add(new AssignmentProposal.Row(w.id(), w.name(), r.id(), r.title(), r.subtitle(), r.score(), r.lines().stream()
                    .map(l -> l.label() + ": " + l.explanation()).collect(Collectors.joining(" | "))));
            assigned[p.place()]++;
        }
        List<AssignmentProposal.Place> placesOut = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            MatchPlace w = chosen.get(i);
            placesOut.add(new AssignmentProposal.Place(w.id(), w.name(), w.municipality().value(), w.freePlaces(), candidates.get(i).size(),
                    assigned[i]));
        }
        return new AssignmentProposal(placesOut, rows, Math.round(result.total() * 10) / 10.0, Math.round(result.greedyTotal() * 10) / 10.0);
    }

    /** Proposes every kept row to its workshop (access for EMPLOYER_WRITE); one refusal and none is stored. */
    @Transactional
    void apply(Access access, Access matching, @Nullable List<String> keptRows) {
        List<AssignmentRules.Choice> kept = AssignmentRules.kept(keptRows);
        List<MatchPlace> chosen = chosen(matching, kept.stream().map(c -> (UUID) c.vacancy().value()).distinct().toList());
        Map<UUID, MatchPlace> byId = chosen.stream().collect(Collectors.toMap(MatchPlace::id, w -> w));
        for (MatchPlace w : chosen) {
            long count = kept.stream().filter(c -> c.vacancy().value().equals(w.id())).count();
            if (count > w.freePlaces()) {
                throw RuleViolation.of(null, AssignmentRules.KEPT, "places", "Voor " + w.name() + " zijn " + count
                        + " werkzoekenden aangevinkt en er zijn " + w.freePlaces() + " vrije plaatsen; er is niets voorgedragen.");
            }
        }
        for (AssignmentRules.Choice c : kept) {
            try {
                places.propose(access, byId.get(c.vacancy().value()), new ClientId(c.client().value()));
            } catch (RuleViolation refused) {
                throw RuleViolation.of(null, AssignmentRules.KEPT, refused.violations().getFirst().code(), "Er is niets voorgedragen. "
                        + byId.get(c.vacancy().value()).name() + ": " + refused.violations().getFirst().message());
            }
        }
    }

    private List<MatchPlace> chosen(Access access, List<@Nullable UUID> ids) {
        if (ids.isEmpty()) {
            throw RuleViolation.of(null, AssignmentRules.FIELD, "required", "Kies ten minste één werkplaats.");
        }
        if (ids.size() > AssignmentRules.MAX_VACANCIES) {
            throw RuleViolation.of(null, AssignmentRules.FIELD, "size", "Kies hoogstens " + AssignmentRules.MAX_VACANCIES + " werkplaatsen.");
        }
        List<MatchPlace> out = new ArrayList<>();
        for (UUID id : ids.stream().distinct().toList()) {
            MatchPlace w = id == null ? null : workshops.workshopPlace(employer(access), new nl.opstap.workshop.WorkshopId(id)).orElse(null);
            if (w == null || w.freePlaces() == 0) {
                throw RuleViolation.of(null, AssignmentRules.FIELD, "unknown", "Niet elke gekozen werkplaats is een werkplaats met vrije "
                        + "plaatsen in uw gemeenten. Er is niets gedaan.");
            }
            out.add(w);
        }
        return out;
    }

    private static Access employer(Access access) {
        return MatchAccess.employers(access);
    }
}
