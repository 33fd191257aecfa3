package nl.opstap.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.opstap.client.CandidateFacts;
import nl.opstap.client.CandidateFeed;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.organisation.MunicipalityCode;
import org.springframework.stereotype.Component;

/**
 * Keeps, for the fairness report, who was in the top 10 of each candidate list shown: gender and age band by
 * position, never the client.
 */
@Component
class ExposureRecorder {

    private final CandidateFeed feed;
    private final RankingsShown rankings;
    private final Clock clock;

    ExposureRecorder(CandidateFeed feed, RankingsShown rankings, Clock clock) {
        this.feed = feed;
        this.rankings = rankings;
        this.clock = clock;
    }

    void shown(MunicipalityCode municipality, List<ClientRef> ranked) {
        List<ClientRef> top = ranked.subList(0, Math.min(FairnessReport.TOP, ranked.size()));
        if (top.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Map<ClientId, CandidateFacts> facts = feed.of(top.stream().map(ClientRef::id).toList()).stream()
                .collect(Collectors.toMap(CandidateFacts::id, f -> f));
        rankings.record(municipality, today, top.stream().filter(r -> facts.containsKey(r.id()))
                .map(r -> RankingsShown.entry(facts.get(r.id()).gender(), facts.get(r.id()).dateOfBirth(), today)).toList());
    }
}
