package nl.opstap.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.opstap.access.Access;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.workshop.CandidateForm;
import nl.opstap.workshop.MatchPlace;
import nl.opstap.workshop.SessionCandidateForm;
import nl.opstap.workshop.SessionId;
import nl.opstap.workshop.WorkshopId;
import nl.opstap.workshop.Workshops;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidates for a commercial workshop or a temp-agency session: clients near the partner or agency, available from
 * the start, in the workshop's sector when they prefer it, ranked and explained like a vacancy's candidates. A
 * workshop takes only clients with a category from a practical assessment (it sets their training). Clients
 * already candidates are left out; proposing one goes through the workshop module's own rules and log.
 */
@Service
class PlaceCandidates {

    private final Workshops workshops;
    private final MatchingIndex index;
    private final ClientDirectory directory;
    private final WeightSettings weights;
    private final MatchAccess matchAccess;
    private final Clock clock;
    private final Consents consents;

    PlaceCandidates(Workshops workshops, MatchingIndex index, ClientDirectory directory, WeightSettings weights, MatchAccess matchAccess,
                    Clock clock, Consents consents) {
        this.consents = consents;
        this.workshops = workshops;
        this.index = index;
        this.directory = directory;
        this.weights = weights;
        this.matchAccess = matchAccess;
        this.clock = clock;
    }

    MatchPlace place(Access access, UUID id, boolean workshop) {
        Access employerAccess = MatchAccess.employers(access);
        return (workshop ? workshops.workshopPlace(employerAccess, new WorkshopId(id)) : workshops.sessionPlace(employerAccess, new SessionId(id)))
                .orElseThrow(() -> new NotFoundException(workshop ? "Werkplaats" : "Uitzendsessie"));
    }

    @Transactional
    List<MatchResult> candidatesFor(Access access, MatchPlace place, MatchFilters filters) {
        filters.check();
        Access clientAccess = MatchAccess.clients(access);
        Set<ClientId> rejected = new HashSet<>(place.candidates());
        filters.excludedIds().forEach(u -> rejected.add(new ClientId(u)));
        MatchQuery query = new MatchQuery(MatchAccess.municipalities(clientAccess.scope()), index.clientNumbers(rejected),
                filters.includeZorg(), Math.min(MatchLists.WIDE, filters.resultLimit() * 5), weights.current());
        List<Match> matches = index.candidatesForPlace(place, query);
        Map<ClientId, ClientRef> refs = directory.refsOf(clientAccess, matches.stream().map(m -> index.client(m.id())).toList())
                .stream().collect(Collectors.toMap(ClientRef::id, r -> r));
        List<MatchResult> out = new ArrayList<>();
        List<ClientRef> shown = new ArrayList<>();
        for (Match m : matches) {
            ClientRef ref = refs.get(index.client(m.id()));
            if (ref != null && out.size() < filters.resultLimit() && (filters.maxKm() == null || m.distanceKm() <= filters.maxKm())
                    && (!place.workshop() || m.fit("testResult") > 0)
                    && (filters.text() == null || ref.fullName().toLowerCase(java.util.Locale.ROOT).contains(filters.text().toLowerCase(java.util.Locale.ROOT)))) {
                out.add(new MatchResult(ref.id().value(), ref.fullName(), ref.municipalityName(), Math.round(m.score() * 10) / 10.0,
                        ExplanationText.of(m), List.of(), List.of(), m.distanceKm(), null, null));
                shown.add(ref);
            }
        }
        matchAccess.logged(clientAccess, ProcessingAction.LIST, shown);
        return out;
    }

    /**
     * Proposes the client to the workshop or session (access for EMPLOYER_WRITE), by that module's rules. The partner
     * or agency is an employer, so the client's consent to share data with employers must be recorded.
     */
    void propose(Access access, MatchPlace place, ClientId client) {
        if (!consents.of(client).map(Consent::shareWithEmployers).orElse(false)) {
            throw RuleViolation.of(PairDecisions.StepRequest.class, "werkzoekende", "consent",
                    "De werkzoekende heeft geen toestemming gegeven om gegevens met werkgevers te delen; voordragen kan pas daarna.");
        }
        if (place.workshop()) {
            workshops.addCandidate(access, new WorkshopId(place.id()), new CandidateForm(client.value(), null, LocalDate.now(clock)));
        } else {
            workshops.propose(access, new SessionId(place.id()), new SessionCandidateForm(client.value()));
        }
    }
}
