package nl.opstap.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.opstap.access.Access;
import nl.opstap.access.UserDirectory;
import nl.opstap.access.UserId;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientRef;
import nl.opstap.client.PersonalDataContributor;
import nl.opstap.client.PersonalDataPart;
import nl.opstap.vacancy.Vacancies;
import nl.opstap.vacancy.Vacancy;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matching's part of the AVG download: the consent the caseworker recorded, every vacancy the job seeker was paired
 * with and each step of that pair (when, who, why, with the score), and the skills recorded for matching.
 */
@Component
class MatchingPersonalData implements PersonalDataContributor {

    private static final String VACANCY = "Vacature";

    private final Consents consents;
    private final Pairs pairs;
    private final CandidateSkills skills;
    private final SkillLabels labels;
    private final Vacancies vacancies;
    private final UserDirectory users;
    private final ProcessingLog log;

    MatchingPersonalData(Consents consents, Pairs pairs, CandidateSkills skills, SkillLabels labels, Vacancies vacancies,
                         UserDirectory users, ProcessingLog log) {
        this.consents = consents;
        this.pairs = pairs;
        this.skills = skills;
        this.labels = labels;
        this.vacancies = vacancies;
        this.users = users;
        this.log = log;
    }

    @Override
    @Transactional
    public List<PersonalDataPart> partsFor(Access access, ClientRef client) {
        Consent consent = consents.of(client.id()).orElse(null);
        List<Pair> mine = pairs.ofClient(client.id());
        List<String> skillKeys = skills.of(client.id());
        if (consent == null && mine.isEmpty() && skillKeys.isEmpty()) {
            return List.of();
        }
        log.record(access, MatchAccess.ACTIVITY, ProcessingAction.READ, Outcome.SUCCESS,
                List.of(new LogSubject(client.id().value(), client.municipality())));
        Map<Pair, List<Pairs.StoredStep>> steps = new java.util.LinkedHashMap<>();
        mine.forEach(p -> steps.put(p, pairs.steps(p.id())));
        Map<UserId, String> names = users.displayNames(userIds(consent, steps));
        List<PersonalDataPart> parts = new ArrayList<>();
        if (consent != null) {
            parts.add(new PersonalDataPart("Matching: toestemming", 60, List.of(PersonalDataPart.record(
                    "Toestemming om voorgesteld te worden voor vacatures", consent.matching(),
                    "Toestemming om gegevens te delen met werkgevers", consent.shareWithEmployers(),
                    "Gegeven op", consent.givenOn(), "Vastgelegd door", names.get(new UserId(consent.recordedBy()))))));
        }
        if (!mine.isEmpty()) {
            List<java.util.Map<String, @Nullable Object>> pairRecords = new ArrayList<>();
            List<java.util.Map<String, @Nullable Object>> stepRecords = new ArrayList<>();
            steps.forEach((pair, list) -> {
                String title = vacancies.find(access, pair.vacancy()).map(Vacancy::title).orElse("vacature");
                pairRecords.add(PersonalDataPart.record(VACANCY, title, "Voorgesteld op", pair.proposedOn(), "Stand", pair.status().code()));
                list.forEach(s -> stepRecords.add(PersonalDataPart.record(VACANCY, title, "Stap", s.status().code(), "Op", s.at(),
                        "Door", names.get(new UserId(s.by())), "Reden", s.reason(), "Score", s.score())));
            });
            parts.add(new PersonalDataPart("Matching: voorstellen voor vacatures", 61, pairRecords));
            parts.add(new PersonalDataPart("Matching: stappen per voorstel", 62, stepRecords));
        }
        if (!skillKeys.isEmpty()) {
            Function<String, String> label = labels.in(client.municipality());
            parts.add(new PersonalDataPart("Matching: vaardigheden", 63,
                    skillKeys.stream().map(k -> PersonalDataPart.record("Vaardigheid", label.apply(k))).toList()));
        }
        return parts;
    }

    private static Set<UserId> userIds(@Nullable Consent consent, Map<Pair, List<Pairs.StoredStep>> steps) {
        Set<UserId> ids = new HashSet<>();
        if (consent != null) {
            ids.add(new UserId(consent.recordedBy()));
        }
        steps.values().forEach(list -> list.forEach(s -> ids.add(new UserId(s.by()))));
        return ids;
    }
}
