package nl.opstap.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.opstap.access.Access;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.vacancy.Vacancies;
import nl.opstap.vacancy.Vacancy;
import nl.opstap.vacancy.VacancyId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk assignment: for chosen open vacancies, each with as many places as positions, the assignment of candidates
 * that maximises the total score with nobody in two places ({@link AssignmentMatrix}), as a proposal for a person to
 * review; then the rows they keep proposed as pairs, all or nothing. Candidates are each vacancy's best
 * {@value AssignmentRules#PER_VACANCY} from the engine, hard filters applied and clients already paired with the
 * vacancy left out. Every client shown is logged.
 */
@Service
class Assignments {

    /** An open vacancy to choose. */
    record Option(UUID id, String title, String subtitle, int positions) {}

    private final MatchLists lists;
    private final Vacancies vacancies;
    private final VacancyLabels labels;
    private final Pairs pairs;
    private final PairDecisions decisions;
    private final ClientDirectory directory;
    private final MatchAccess matchAccess;

    Assignments(MatchLists lists, Vacancies vacancies, VacancyLabels labels, Pairs pairs, PairDecisions decisions,
                ClientDirectory directory, MatchAccess matchAccess) {
        this.lists = lists;
        this.vacancies = vacancies;
        this.labels = labels;
        this.pairs = pairs;
        this.decisions = decisions;
        this.directory = directory;
        this.matchAccess = matchAccess;
    }

    /** The open vacancies of the user's matching municipalities whose title or employer holds the text, newest first. */
    @Transactional(readOnly = true)
    List<Option> open(Access access, @Nullable String text) {
        List<Vacancy> open = vacancies.open(access);
        Map<VacancyId, VacancyLabels.Label> shown = labels.of(access, open.stream().map(Vacancy::id).toList());
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<Option> out = new ArrayList<>();
        for (Vacancy v : open) {
            VacancyLabels.Label label = shown.get(v.id());
            if (label != null && (label.title() + " " + label.subtitle()).toLowerCase(Locale.ROOT).contains(wanted)) {
                out.add(new Option(v.id().value(), label.title(), label.subtitle(), v.positions()));
            }
        }
        return out;
    }

    @Transactional
    AssignmentProposal propose(Access access, List<@Nullable UUID> ids) {
        List<VacancyId> chosen = AssignmentRules.chosen(ids);
        List<Vacancy> found = AssignmentRules.found(chosen, vacancies.findAll(access, chosen));
        int[] capacities = AssignmentRules.capacities(found);
        Access clientAccess = MatchAccess.clients(access);
        Map<VacancyId, VacancyLabels.Label> shownAs = labels.of(access, chosen);
        List<List<MatchLists.Ranked>> candidates = found.stream().map(v -> candidates(clientAccess, v.id())).toList();
        AssignmentMatrix.Result<MatchLists.Ranked> result = AssignmentMatrix.solve(candidates, r -> r.client().id(),
                r -> r.match().score(), capacities);
        List<AssignmentProposal.Row> rows = new ArrayList<>();
        Map<ClientId, ClientRef> shown = new LinkedHashMap<>();
        int[] assigned = new int[found.size()];
        for (AssignmentMatrix.Placed<MatchLists.Ranked> p : result.optimal()) {
            Vacancy v = found.get(p.place());
            ClientRef client = p.candidate().client();
            rows.add(new AssignmentProposal.Row(v.id().value(), title(shownAs, v), client.id().value(), client.fullName(),
                    client.municipalityName(), round(p.score()), ExplanationText.summary(p.candidate().match())));
            shown.put(client.id(), client);
            assigned[p.place()]++;
        }
        List<AssignmentProposal.Place> places = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Vacancy v = found.get(i);
            VacancyLabels.Label label = shownAs.get(v.id());
            places.add(new AssignmentProposal.Place(v.id().value(), title(shownAs, v), label == null ? "" : label.subtitle(),
                    v.positions(), candidates.get(i).size(), assigned[i]));
        }
        matchAccess.logged(clientAccess, ProcessingAction.LIST, List.copyOf(shown.values()));
        return new AssignmentProposal(places, rows, round(result.total()), round(result.greedyTotal()));
    }

    /** Proposes every kept row as a pair (voorgesteld, logged with its breakdown); one refusal and none is stored. */
    @Transactional
    List<Pair> apply(Access access, @Nullable List<String> keptRows) {
        List<AssignmentRules.Choice> kept = AssignmentRules.kept(keptRows);
        List<VacancyId> ids = AssignmentRules.chosen(kept.stream().map(c -> c.vacancy().value()).toList());
        List<Vacancy> found = AssignmentRules.found(ids, vacancies.findAll(access, ids));
        AssignmentRules.withinPlaces(kept, found);
        Map<VacancyId, Vacancy> byId = found.stream().collect(Collectors.toMap(Vacancy::id, v -> v));
        List<Pair> created = new ArrayList<>();
        for (AssignmentRules.Choice choice : kept) {
            try {
                created.add(decisions.propose(access, choice.client(), choice.vacancy()));
            } catch (RuleViolation refused) {
                throw refusal(access, choice, byId.get(choice.vacancy()), refused);
            }
        }
        return created;
    }

    /** Why nothing was proposed, naming the row (the client only when the user may see them). */
    private RuleViolation refusal(Access access, AssignmentRules.Choice choice, Vacancy vacancy, RuleViolation refused) {
        String who = directory.refsOf(MatchAccess.clients(access), List.of(choice.client())).stream().findFirst()
                .map(c -> c.fullName() + " bij ").orElse("");
        return RuleViolation.of(null, AssignmentRules.KEPT, refused.violations().getFirst().code(), "Er is niets voorgesteld. "
                + who + vacancy.title() + ": " + refused.violations().getFirst().message());
    }

    /** A vacancy's best candidates, leaving out clients already paired with it (in any step); none when it cannot be matched. */
    private List<MatchLists.Ranked> candidates(Access clientAccess, VacancyId vacancy) {
        Set<ClientId> paired = pairs.ofVacancy(vacancy).stream().map(Pair::client).collect(Collectors.toSet());
        try {
            return lists.ranked(clientAccess, vacancy, paired, false, AssignmentRules.PER_VACANCY);
        } catch (IllegalArgumentException notInTheIndex) {
            return List.of();
        }
    }

    private static String title(Map<VacancyId, VacancyLabels.Label> shownAs, Vacancy v) {
        VacancyLabels.Label label = shownAs.get(v.id());
        return label == null ? v.title() : label.title();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
