package nl.opstap.matching;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.opstap.access.Access;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientId;
import nl.opstap.vacancy.Vacancies;
import nl.opstap.vacancy.Vacancy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transparency for the job seeker: the vacancies proposed to them, where each stands, and why the vacancy was
 * proposed: in plain words, and the score breakdown as the caseworker saw it when proposing. A logged read.
 */
@Component
class OwnMatches {

    /** One proposal as the job seeker sees it. */
    record OwnMatch(@JsonProperty("vacature") String vacancy, @JsonProperty("status") String status,
                    @JsonProperty("voorgesteldOp") LocalDate proposedOn, @JsonProperty("waarom") String why,
                    @JsonProperty("watPast") List<String> fits, @JsonProperty("watPastMinder") List<String> fitsLess) {

        static OwnMatch of(String vacancy, String status, LocalDate proposedOn, String why) {
            PlainExplanation.Told told = PlainExplanation.of(why);
            return new OwnMatch(vacancy, status, proposedOn, why, told.fits(), told.fitsLess());
        }
    }

    private final Pairs pairs;
    private final Vacancies vacancies;
    private final ProcessingLog log;

    OwnMatches(Pairs pairs, Vacancies vacancies, ProcessingLog log) {
        this.pairs = pairs;
        this.vacancies = vacancies;
        this.log = log;
    }

    @Transactional
    List<OwnMatch> own(Access access) {
        ClientId me = new ClientId(Objects.requireNonNull(access.user().ownClientId()));
        List<Pair> mine = pairs.ofClient(me);
        List<OwnMatch> out = mine.stream().map(p -> OwnMatch.of(vacancies.forMatching(p.vacancy()).map(Vacancy::title).orElse("vacature"),
                p.status().code(), p.proposedOn(), pairs.steps(p.id()).getFirst().breakdown())).toList();
        if (!mine.isEmpty()) {
            log.record(access, MatchAccess.ACTIVITY, ProcessingAction.READ, Outcome.SUCCESS,
                    List.of(new LogSubject(me.value(), mine.getFirst().municipality())));
        }
        return out;
    }
}
