package nl.opstap.matching;

import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.client.ClientId;
import nl.opstap.vacancy.VacancyId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals made on a caseworker's behalf outside a screen (demo data): the client's best-matching open vacancies are
 * proposed through the same rules, explanation and processing log as on the matching screen.
 */
@Service
public class ProposalImports {

    private final MatchLists lists;
    private final PairDecisions decisions;
    private final Consents consents;
    private final Pairs pairs;

    ProposalImports(MatchLists lists, PairDecisions decisions, Consents consents, Pairs pairs) {
        this.pairs = pairs;
        this.lists = lists;
        this.decisions = decisions;
        this.consents = consents;
    }

    /** Proposes up to {@code count} of the best vacancies not yet paired with the client (access for MATCHING). */
    @Transactional
    public int proposeBest(Access access, ClientId client, int count) {
        List<MatchResult> best = lists.vacanciesFor(access, client, MatchFilters.none()).stream()
                .filter(r -> r.pairId() == null).limit(count).toList();
        best.forEach(r -> decisions.propose(access, client, new VacancyId(r.id())));
        return best.size();
    }

    /**
     * Puts forward the best candidate for the vacancy who consents to sharing data with employers and is not yet paired
     * with it: proposed, judged suitable and put forward, each step logged. Answers whether anyone was put forward.
     */
    @Transactional
    public boolean putForwardBest(Access access, VacancyId vacancy, String reason) {
        for (MatchResult candidate : lists.candidatesFor(access, vacancy, MatchFilters.none())) {
            ClientId client = new ClientId(candidate.id());
            if (candidate.pairId() == null && consents.of(client).map(Consent::shareWithEmployers).orElse(false)) {
                decisions.propose(access, client, vacancy);
                Pair pair = pairs.find(client, vacancy).orElseThrow();
                Pair judged = decisions.advance(access, pair.id(), pair.version(), new PairDecisions.StepRequest("geschikt", reason));
                decisions.advance(access, judged.id(), judged.version(), new PairDecisions.StepRequest("voorgedragen", reason));
                return true;
            }
        }
        return false;
    }
}
