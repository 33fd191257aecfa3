package nl.opstap.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.vacancy.Vacancy;
import nl.opstap.vacancy.VacancyId;
import nl.opstap.vacancy.VacancyStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People decide on pairs: a user proposes a client for a vacancy and takes the next steps. Each step is logged with
 * who, when, why and the score breakdown as the user saw it; the client's processing log records it. A client is
 * put forward to an employer only with recorded consent to share personal data.
 */
@Service
class PairDecisions {

    /** A step as asked on the screen or in the API. */
    record StepRequest(@Nullable String status, @Nullable String reason) {}

    private final Pairs pairs;
    private final Consents consents;
    private final MatchingIndex index;
    private final WeightSettings weights;
    private final MatchLists lists;
    private final ClientDirectory directory;
    private final MatchAccess matchAccess;
    private final Clock clock;

    PairDecisions(Pairs pairs, Consents consents, MatchingIndex index, WeightSettings weights, MatchLists lists,
                  ClientDirectory directory, MatchAccess matchAccess, Clock clock) {
        this.pairs = pairs;
        this.consents = consents;
        this.index = index;
        this.weights = weights;
        this.lists = lists;
        this.directory = directory;
        this.matchAccess = matchAccess;
        this.clock = clock;
    }

    /** Proposes the client for the open vacancy: both in the user's scope, the hard filters met, not yet paired. */
    @Transactional
    Pair propose(Access access, ClientId clientId, VacancyId vacancyId) {
        Vacancy vacancy = lists.vacancy(access, vacancyId);
        Access clientAccess = MatchAccess.clients(access);
        ClientRef client = client(clientAccess, clientId);
        if (vacancy.status() != VacancyStatus.OPEN) {
            throw RuleViolation.of(StepRequest.class, "vacature", "status", "Alleen voor een open vacature kan iemand worden voorgesteld.");
        }
        if (pairs.find(clientId, vacancyId).isPresent()) {
            throw RuleViolation.conflict(StepRequest.class, "werkzoekende", "exists", "Deze werkzoekende is al gekoppeld aan deze vacature.");
        }
        MatchEngine.PairScore score = index.pair(clientId, vacancyId, weights.current()).orElseThrow(() -> RuleViolation.of(
                StepRequest.class, "werkzoekende", "index", "Deze werkzoekende of vacature kan niet worden gematcht (onbekende postcode)."));
        if (!score.passes()) {
            throw RuleViolation.of(StepRequest.class, "werkzoekende", "filter", HardFilterText.of(score.hardFilter()));
        }
        Pair pair = Pair.propose(clientId, vacancyId, client.municipality(), LocalDate.now(clock));
        pairs.insert(pair, clock.instant());
        pairs.logStep(pair.id(), new PairProgress.Step(PairStatus.PROPOSED, access.user().username(), clock.instant(), null,
                ExplanationText.summary(score.match())), score.match().score(), access.user().id().value());
        matchAccess.logged(clientAccess, ProcessingAction.CREATE, List.of(client));
        return pair;
    }

    /** Takes the next step on the pair, if nobody changed it since the version the user saw. */
    @Transactional
    Pair advance(Access access, UUID pairId, int expectedVersion, StepRequest request) {
        Access clientAccess = MatchAccess.clients(access);
        Pair pair = pairs.find(clientAccess.scope(), pairId).orElseThrow(() -> new NotFoundException("Koppeling"));
        ClientRef client = client(clientAccess, pair.client());
        if (pair.version() != expectedVersion) {
            throw new nl.opstap.shared.domain.StaleVersionException("Deze koppeling", pair.version());
        }
        PairStatus next = request.status() == null || request.status().isBlank() ? null : status(request.status());
        MatchEngine.PairScore score = index.pair(pair.client(), pair.vacancy(), weights.current()).orElse(null);
        String breakdown = score == null ? "Niet meer in de matching (vacature niet open of gegevens gewijzigd)."
                : ExplanationText.summary(score.match());
        PairProgress.Step step = pair.advance(new PairProgress.Request(next, request.reason(), access.user().username(),
                clock.instant(), breakdown), consents.of(pair.client()).map(Consent::shareWithEmployers).orElse(false));
        pairs.advance(pair, step, score == null ? null : score.match().score(), access.user().id().value());
        matchAccess.logged(clientAccess, ProcessingAction.UPDATE, List.of(client));
        return pairs.find(clientAccess.scope(), pairId).orElseThrow();
    }

    private static PairStatus status(String code) {
        try {
            return Pairs.status(code);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of(StepRequest.class, "status", "unknown", "Onbekende stap: kies geschikt, ongeschikt, voorgedragen, "
                    + "uitgenodigd, aangenomen of afgewezen.");
        }
    }

    private ClientRef client(Access clientAccess, ClientId id) {
        try {
            return directory.inScope(clientAccess, id, MatchAccess.ACTIVITY, ProcessingAction.READ);
        } catch (NotFoundException e) {
            throw RuleViolation.of(StepRequest.class, "werkzoekende", "unknown", "Deze werkzoekende is niet gevonden in uw gemeenten.");
        }
    }
}
