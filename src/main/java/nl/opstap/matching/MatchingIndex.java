package nl.opstap.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.opstap.client.CandidateFacts;
import nl.opstap.client.CandidateFeed;
import nl.opstap.client.ClientId;
import nl.opstap.diagnosis.DiagnosisFeed;
import nl.opstap.diagnosis.DiagnosisSnapshot;
import nl.opstap.taxonomy.Occupations;
import nl.opstap.taxonomy.Skills;
import nl.opstap.vacancy.Vacancies;
import nl.opstap.vacancy.Vacancy;
import nl.opstap.vacancy.VacancyId;
import nl.opstap.vacancy.VacancyStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The running application's matching index: the engine filled from the client, diagnosis and vacancy feeds and
 * kept current one profile at a time ({@link IndexUpdates}). Knows UUIDs and interned ids; knows no names.
 * While the full load runs, updates wait for it, so none is lost or overwritten by older data.
 */
@Component
class MatchingIndex {

    private static final Logger log = LoggerFactory.getLogger(MatchingIndex.class);

    private final CandidateFeed candidateFeed;
    private final DiagnosisFeed diagnosisFeed;
    private final Vacancies vacancyFeed;
    private final Consents consents;
    private final CandidateSkills candidateSkills;
    private final Clock clock;
    private final MatchEngine engine;
    private final IdMap clients = new IdMap();
    private final IdMap vacancies = new IdMap();
    private final Vocabulary skills = new Vocabulary(Short.MAX_VALUE);
    private final ProfileMapper mapper;
    private volatile boolean started;
    /** Ids for places indexed during one query, counting down from the top so they never meet a vacancy's. */
    private final java.util.concurrent.atomic.AtomicLong places = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);

    MatchingIndex(CandidateFeed candidateFeed, DiagnosisFeed diagnosisFeed, Vacancies vacancyFeed, Consents consents,
                  CandidateSkills candidateSkills, Skills escoSkills, Occupations occupations, Clock clock) {
        this.candidateFeed = candidateFeed;
        this.diagnosisFeed = diagnosisFeed;
        this.vacancyFeed = vacancyFeed;
        this.consents = consents;
        this.candidateSkills = candidateSkills;
        this.clock = clock;
        this.engine = new MatchEngine(Postcodes.load(), 1_024, 1_024);
        this.mapper = new ProfileMapper(skills, new Vocabulary(Short.MAX_VALUE), new Vocabulary(Byte.MAX_VALUE),
                uri -> escoSkills.essentialSkillsOf(uri).stream().map(s -> SkillKeys.esco(s.uri())).toList(),
                uri -> occupations.find(uri).map(o -> o.iscoGroup().isEmpty() ? 0 : o.iscoGroup().charAt(0) - '0').orElse(0));
    }

    /** Loads every client and open vacancy; afterwards updates apply one by one. */
    synchronized void loadAll() {
        started = true;
        long begin = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        Map<ClientId, DiagnosisSnapshot> diagnoses = diagnosisFeed.allOn(today);
        Map<UUID, Boolean> consent = consents.matchingConsents();
        Map<UUID, List<String>> recorded = candidateSkills.all();
        int skipped = 0;
        for (CandidateFacts c : candidateFeed.all()) {
            skipped += upsert(c, diagnoses.get(c.id()), Boolean.TRUE.equals(consent.get(c.id().value())),
                    recorded.getOrDefault(c.id().value(), List.of()), today) ? 0 : 1;
        }
        for (Vacancy v : vacancyFeed.allForMatching()) {
            skipped += upsert(v) ? 0 : 1;
        }
        log.info("Matching index loaded: {} candidates, {} vacancies, {} skipped (unknown postcode), in {} ms",
                engine.candidateCount(), engine.vacancyCount(), skipped, (System.nanoTime() - begin) / 1_000_000);
    }

    /** Loads everything again (another instance imported many clients), unless the start-up load is still to come. */
    synchronized void reload() {
        if (started) {
            loadAll();
        }
    }

    /** Re-reads one client (after a change); a client no longer stored leaves the index. */
    synchronized void refresh(ClientId id) {
        if (!started) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Optional<CandidateFacts> facts = candidateFeed.of(id);
        if (facts.isEmpty()) {
            engine.removeCandidate(clients.number(id.value()));
            return;
        }
        upsert(facts.get(), diagnosisFeed.of(id, today), consents.of(id).map(Consent::matching).orElse(false),
                candidateSkills.of(id), today);
    }

    /** Re-reads one vacancy; one that is not open leaves the index. */
    synchronized void refresh(VacancyId id) {
        if (!started) {
            return;
        }
        Optional<Vacancy> v = vacancyFeed.forMatching(id);
        if (v.isEmpty() || v.get().status() != VacancyStatus.OPEN) {
            engine.removeVacancy(vacancies.number(id.value()));
        } else {
            upsert(v.get());
        }
    }

    private boolean upsert(CandidateFacts c, DiagnosisSnapshot d, boolean consent, List<String> recorded, LocalDate today) {
        try {
            engine.upsertCandidate(mapper.candidate(clients.number(c.id().value()), c, d, consent, recorded, today));
            return true;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            engine.removeCandidate(clients.number(c.id().value()));
            return false;
        }
    }

    private boolean upsert(Vacancy v) {
        try {
            engine.upsertVacancy(mapper.vacancy(vacancies.number(v.id().value()), v));
            return true;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            engine.removeVacancy(vacancies.number(v.id().value()));
            return false;
        }
    }

    List<Match> candidatesFor(VacancyId vacancy, MatchQuery query) {
        return engine.candidatesFor(vacancies.number(vacancy.value()), query);
    }

    List<Match> vacanciesFor(ClientId client, MatchQuery query) {
        return engine.vacanciesFor(clients.number(client.value()), query);
    }

    /** The best candidates for a workshop or session (indexed for the query only); empty when its postcode is unknown. */
    List<Match> candidatesForPlace(nl.opstap.workshop.MatchPlace place, MatchQuery query) {
        VacancyProfile profile;
        try {
            profile = mapper.place(places.decrementAndGet(), place, LocalDate.now(clock));
            return engine.candidatesForPlace(profile, query);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return List.of();
        }
    }

    Optional<MatchEngine.PairScore> pair(ClientId client, VacancyId vacancy, Weights weights) {
        return engine.pair(clients.number(client.value()), vacancies.number(vacancy.value()), weights);
    }

    Set<Long> clientNumbers(Set<ClientId> ids) {
        return ids.stream().map(id -> clients.number(id.value())).collect(Collectors.toSet());
    }

    Set<Long> vacancyNumbers(Set<VacancyId> ids) {
        return ids.stream().map(id -> vacancies.number(id.value())).collect(Collectors.toSet());
    }

    ClientId client(long number) {
        return new ClientId(clients.uuid(number));
    }

    VacancyId vacancy(long number) {
        return new VacancyId(vacancies.uuid(number));
    }

    /** The skill key of an interned skill id. */
    String skillKey(int id) {
        String key = skills.key(id);
        return key == null ? "" : key;
    }
}
