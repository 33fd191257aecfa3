package nl.opstap.matching;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.UserDirectory;
import nl.opstap.access.UserId;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.shared.domain.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A pair as shown: the client, the vacancy, its status and every step with who, when, why and the breakdown. */
@Component
class PairViews {

    record StepView(@JsonProperty("status") String status, @JsonProperty("reden") @Nullable String reason,
                    @JsonProperty("score") @Nullable BigDecimal score, @JsonProperty("toelichting") String breakdown,
                    @JsonProperty("door") String by, @JsonProperty("op") Instant at) {}

    record PairView(@JsonProperty("id") UUID id, @JsonProperty("werkzoekendeId") UUID clientId,
                    @JsonProperty("werkzoekende") String clientName, @JsonProperty("vacatureId") UUID vacancyId,
                    @JsonProperty("vacature") String vacancyTitle, @JsonProperty("status") String status,
                    @JsonProperty("versie") int version, @JsonProperty("stappen") List<StepView> steps,
                    @JsonProperty("volgendeStappen") List<String> next, @JsonProperty("toestemmingDelen") boolean consentToShare) {}

    private final Pairs pairs;
    private final ClientDirectory directory;
    private final UserDirectory users;
    private final VacancyLabels vacancies;
    private final Consents consents;
    private final MatchAccess matchAccess;

    PairViews(Pairs pairs, ClientDirectory directory, UserDirectory users, VacancyLabels vacancies, Consents consents,
              MatchAccess matchAccess) {
        this.pairs = pairs;
        this.directory = directory;
        this.users = users;
        this.vacancies = vacancies;
        this.consents = consents;
        this.matchAccess = matchAccess;
    }

    @Transactional
    PairView of(Access access, UUID pairId) {
        Access clientAccess = MatchAccess.clients(access);
        Pair pair = pairs.find(clientAccess.scope(), pairId).orElseThrow(() -> new NotFoundException("Koppeling"));
        ClientRef client = directory.inScope(clientAccess, pair.client(), MatchAccess.ACTIVITY, ProcessingAction.READ);
        List<Pairs.StoredStep> stored = pairs.steps(pair.id());
        Map<UserId, String> names = users.displayNames(stored.stream().map(s -> new UserId(s.by())).distinct().toList());
        List<StepView> steps = stored.stream().map(s -> new StepView(s.status().code(), s.reason(), s.score(), s.breakdown(),
                names.getOrDefault(new UserId(s.by()), "onbekend"), s.at())).toList();
        matchAccess.logged(clientAccess, ProcessingAction.READ, List.of(client));
        return new PairView(pair.id(), client.id().value(), client.fullName(), pair.vacancy().value(),
                vacancies.titles(access, List.of(pair.vacancy())).apply(pair.vacancy()), pair.status().code(), pair.version(), steps,
                java.util.Arrays.stream(PairStatus.values()).filter(pair.status()::canBecome).map(PairStatus::code).toList(),
                consents.of(pair.client()).map(Consent::shareWithEmployers).orElse(false));
    }

    /** The client's pairs, newest first (for the client's matching page). */
    List<Pair> ofClient(ClientId client) {
        return pairs.ofClient(client);
    }
}
