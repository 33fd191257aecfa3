package nl.opstap.matching;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientId;
import nl.opstap.vacancy.Vacancies;
import nl.opstap.vacancy.Vacancy;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Transparency for the job seeker: the vacancies proposed to them, where each stands, and why the vacancy was
 * proposed: in plain words on screen, and the score breakdown as the caseworker saw it when proposing.
 */
@Controller
class OwnMatchesController {

    /** One proposal as the job seeker sees it. */
    record OwnMatch(@JsonProperty("vacature") String vacancy, @JsonProperty("status") String status,
                    @JsonProperty("voorgesteldOp") LocalDate proposedOn, @JsonProperty("waarom") String why,
                    @JsonProperty("watPast") List<String> fits, @JsonProperty("watPastMinder") List<String> fitsLess) {

        static OwnMatch of(String vacancy, String status, LocalDate proposedOn, String why) {
            PlainExplanation.Told told = PlainExplanation.of(why);
            return new OwnMatch(vacancy, status, proposedOn, why, told.fits(), told.fitsLess());
        }
    }

    private final AccessGuard guard;
    private final Pairs pairs;
    private final Vacancies vacancies;
    private final ProcessingLog log;

    OwnMatchesController(AccessGuard guard, Pairs pairs, Vacancies vacancies, ProcessingLog log) {
        this.guard = guard;
        this.pairs = pairs;
        this.vacancies = vacancies;
        this.log = log;
    }

    @GetMapping("/mijn-vacatures")
    @Transactional
    String page(Model model) {
        Access access = guard.require(Permission.OWN_FILE);
        model.addAttribute("matches", own(access));
        return "matching/own";
    }

    @GetMapping(path = "/api/v1/mijn/vacatures", produces = "application/json")
    @ResponseBody
    @Transactional
    List<OwnMatch> api() {
        Access access = guard.require(Permission.OWN_FILE);
        return own(access);
    }

    private List<OwnMatch> own(Access access) {
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
