package nl.opstap.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.opstap.access.Access;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.vacancy.Vacancies;
import nl.opstap.vacancy.Vacancy;
import nl.opstap.vacancy.VacancyId;
import nl.opstap.vacancy.VacancyStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The match lists: the best candidates for a vacancy and the best vacancies for a client, with the user's filters
 * on top of the hard filters, pairs judged ongeschikt or afgewezen left out, each result explained. Every client
 * shown is logged.
 */
@Service
class MatchLists {

    /** What the engine returns before the user's filters narrow it down. */
    static final int WIDE = 1_000;

    private final MatchingIndex index;
    private final Vacancies vacancies;
    private final ClientDirectory directory;
    private final Pairs pairs;
    private final WeightSettings weights;
    private final SkillLabels labels;
    private final MatchAccess matchAccess;
    private final VacancyLabels vacancyLabels;
    private final ExposureRecorder exposure;

    MatchLists(MatchingIndex index, Vacancies vacancies, ClientDirectory directory, Pairs pairs, WeightSettings weights,
               SkillLabels labels, MatchAccess matchAccess, VacancyLabels vacancyLabels, ExposureRecorder exposure) {
        this.exposure = exposure;
        this.index = index;
        this.vacancies = vacancies;
        this.directory = directory;
        this.pairs = pairs;
        this.weights = weights;
        this.labels = labels;
        this.matchAccess = matchAccess;
        this.vacancyLabels = vacancyLabels;
    }

    /** The open vacancy in the user's scope, or not found (also for another municipality's vacancy). */
    Vacancy vacancy(Access access, VacancyId id) {
        return vacancies.find(access, id).orElseThrow(() -> new NotFoundException("Vacature"));
    }

    @Transactional
    List<MatchResult> candidatesFor(Access access, VacancyId id, MatchFilters filters) {
        filters.check();
        Vacancy vacancy = vacancy(access, id);
        if (vacancy.status() != VacancyStatus.OPEN) {
            throw RuleViolation.of(MatchFilters.class, "vacature", "status",
                    "Deze vacature is " + vacancy.status().code() + "; alleen open vacatures worden gematcht.");
        }
        Access clientAccess = MatchAccess.clients(access);
        List<Pair> existing = pairs.ofVacancy(id);
        Set<ClientId> rejected = new HashSet<>();
        existing.stream().filter(p -> p.status().excludes()).forEach(p -> rejected.add(p.client()));
        filters.excludedIds().forEach(u -> rejected.add(new ClientId(u)));
        Map<ClientId, Pair> pairOf = existing.stream().collect(Collectors.toMap(Pair::client, p -> p));
        Function<String, String> skill = labels.in(vacancy.municipality());
        List<MatchResult> out = new ArrayList<>();
        List<ClientRef> shown = new ArrayList<>();
        for (Ranked candidate : ranked(clientAccess, id, rejected, filters.includeZorg(), filters.narrows() ? WIDE : filters.resultLimit())) {
            ClientRef ref = candidate.client();
            if (out.size() >= filters.resultLimit()) {
                break;
            }
            MatchResult r = result(candidate.match(), ref.id().value(), ref.fullName(), ref.municipalityName(), skill, pairOf.get(ref.id()));
            if (passes(r, candidate.match(), filters)) {
                out.add(r);
                shown.add(ref);
            }
        }
        matchAccess.logged(clientAccess, ProcessingAction.LIST, shown);
        exposure.shown(vacancy.municipality(), shown);
        return out;
    }

    /** A candidate from the engine with who they are. */
    record Ranked(Match match, ClientRef client) {}

    /**
     * The engine's best candidates for a vacancy, best first: the hard filters applied, the {@code rejected} clients
     * left out, only clients the user may read ({@link MatchAccess#clients}). Nothing is logged: the caller logs whom
     * it shows.
     */
    List<Ranked> ranked(Access clientAccess, VacancyId id, Set<ClientId> rejected, boolean includeZorg, int limit) {
        MatchQuery query = new MatchQuery(MatchAccess.municipalities(clientAccess.scope()), index.clientNumbers(rejected),
                includeZorg, limit, weights.current());
        List<Match> matches = index.candidatesFor(id, query);
        Map<ClientId, ClientRef> refs = directory.refsOf(clientAccess, matches.stream().map(m -> index.client(m.id())).toList())
                .stream().collect(Collectors.toMap(ClientRef::id, r -> r));
        List<Ranked> out = new ArrayList<>();
        for (Match m : matches) {
            ClientRef ref = refs.get(index.client(m.id()));
            if (ref != null) {
                out.add(new Ranked(m, ref));
            }
        }
        return out;
    }

    @Transactional
    List<MatchResult> vacanciesFor(Access access, ClientId client, MatchFilters filters) {
        filters.check();
        Access clientAccess = MatchAccess.clients(access);
        ClientRef ref = directory.inScope(clientAccess, client, MatchAccess.ACTIVITY, ProcessingAction.READ);
        List<Pair> existing = pairs.ofClient(client);
        Set<VacancyId> rejected = new HashSet<>();
        existing.stream().filter(p -> p.status().excludes()).forEach(p -> rejected.add(p.vacancy()));
        filters.excludedIds().forEach(u -> rejected.add(new VacancyId(u)));
        MatchQuery query = new MatchQuery(MatchAccess.municipalities(access.scope()), index.vacancyNumbers(rejected),
                true, filters.narrows() ? WIDE : filters.resultLimit(), weights.current());
        List<Match> matches = index.vacanciesFor(client, query);
        Map<VacancyId, Pair> pairOf = existing.stream().collect(Collectors.toMap(Pair::vacancy, p -> p));
        Map<VacancyId, VacancyLabels.Label> shownAs = vacancyLabels.of(access, matches.stream().map(m -> index.vacancy(m.id())).toList());
        Function<String, String> skill = labels.in(ref.municipality());
        List<MatchResult> out = new ArrayList<>();
        for (Match m : matches) {
            VacancyLabels.Label label = shownAs.get(index.vacancy(m.id()));
            if (label == null || out.size() >= filters.resultLimit()) {
                continue;
            }
            MatchResult r = result(m, label.id().value(), label.title(), label.subtitle(), skill, pairOf.get(label.id()));
            if (passes(r, m, filters)) {
                out.add(r);
            }
        }
        matchAccess.logged(clientAccess, ProcessingAction.READ, List.of(ref));
        return out;
    }

    private MatchResult result(Match m, UUID id, String title, String subtitle, Function<String, String> skill, Pair pair) {
        return new MatchResult(id, title, subtitle, Math.round(m.score() * 10) / 10.0, ExplanationText.of(m),
                labels(m.matchedRequiredSkills(), skill), labels(m.missingRequiredSkills(), skill), m.distanceKm(),
                pair == null ? null : pair.status().code(), pair == null ? null : pair.id());
    }

    private List<String> labels(int[] ids, Function<String, String> skill) {
        List<String> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(skill.apply(index.skillKey(id)));
        }
        return out;
    }

    /** The user's filters (the hard filters were applied by the engine). */
    private static boolean passes(MatchResult r, Match m, MatchFilters f) {
        int ladder = (int) Math.round(m.fit("ladderStep") * 5) + 1;
        return (f.maxKm() == null || m.distanceKm() <= f.maxKm())
                && (f.minScore() == null || m.score() >= f.minScore())
                && (f.ladderMin() == null || ladder >= f.ladderMin())
                && (f.ladderMax() == null || ladder <= f.ladderMax())
                && (f.text() == null || haystack(r).contains(f.text().toLowerCase(Locale.ROOT)));
    }

    private static String haystack(MatchResult r) {
        return (r.title() + " " + r.subtitle() + " " + String.join(" ", r.matchedSkills()) + " " + String.join(" ", r.missingSkills()))
                .toLowerCase(Locale.ROOT);
    }
}
