package nl.opstap.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.opstap.access.Access;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.Violations;
import nl.opstap.taxonomy.Competence;
import nl.opstap.taxonomy.Skills;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What matching keeps of a client beyond the file: consent (to be matched, to share data with employers) and the
 * recorded skills and competences. Read and changed under MATCHING in the processing log; a change reaches the
 * index through {@link CandidateChanged}.
 */
@Service
class CandidateSettings {

    /** The client's settings as shown: consent (if ever recorded), skills by name, and the competences to pick from. */
    record Settings(ClientRef client, Optional<Consent> consent, List<String> skillKeys, List<String> skillLabels,
                    List<Competence> competences) {}

    private final ClientDirectory directory;
    private final Consents consents;
    private final CandidateSkills skills;
    private final SkillLabels labels;
    private final Skills esco;
    private final MatchAccess matchAccess;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CandidateSettings(ClientDirectory directory, Consents consents, CandidateSkills skills, SkillLabels labels, Skills esco,
                      MatchAccess matchAccess, ApplicationEventPublisher events, Clock clock) {
        this.directory = directory;
        this.consents = consents;
        this.skills = skills;
        this.labels = labels;
        this.esco = esco;
        this.matchAccess = matchAccess;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Settings of(Access access, ClientId id) {
        ClientRef client = directory.inScope(access, id, MatchAccess.ACTIVITY, ProcessingAction.READ);
        List<String> keys = skills.of(id);
        var label = labels.in(client.municipality());
        matchAccess.logged(access, ProcessingAction.READ, List.of(client));
        return new Settings(client, consents.of(id), keys, keys.stream().map(label).toList(), labels.competencesIn(client.municipality()));
    }

    /** Records consent and skills together; every problem is reported at once and nothing is stored then. */
    @Transactional
    void record(Access access, ClientId id, ConsentForm form) {
        ClientRef client = directory.inScope(access, id, MatchAccess.ACTIVITY, ProcessingAction.UPDATE);
        Violations v = new Violations(ConsentForm.class);
        LocalDate today = LocalDate.now(clock);
        v.check(() -> {
            if (form.givenOn() == null) {
                throw RuleViolation.of(ConsentForm.class, "givenOn", "required", "Vul de datum in waarop de werkzoekende toestemming gaf of introk.");
            }
            if (form.givenOn().isAfter(today)) {
                throw RuleViolation.of(ConsentForm.class, "givenOn", "future", "De datum van de toestemming kan niet in de toekomst liggen.");
            }
        });
        List<String> keys = v.value(() -> keys(client, form));
        v.throwIfAny();
        int version = form.version() == null ? 0 : form.version();
        consents.save(id, client.municipality(), new Consent(form.matching(), form.shareWithEmployers(), form.givenOn(),
                access.user().id().value(), version), version, clock.instant());
        skills.replace(id, client.municipality(), keys);
        matchAccess.logged(access, ProcessingAction.UPDATE, List.of(client));
        events.publishEvent(new CandidateChanged(id));
    }

    private List<String> keys(ClientRef client, ConsentForm form) {
        Set<UUID> own = labels.competencesIn(client.municipality()).stream().map(Competence::id).collect(Collectors.toSet());
        List<String> keys = new ArrayList<>();
        for (UUID c : form.competences()) {
            if (!own.contains(c)) {
                throw RuleViolation.of(ConsentForm.class, "competences", "unknown", "Kies competenties uit de lijst van uw organisatie.");
            }
            keys.add(SkillKeys.competence(c));
        }
        for (String uri : form.escoSkills()) {
            if (esco.find(uri).isEmpty()) {
                throw RuleViolation.of(ConsentForm.class, "escoSkills", "unknown", "Onbekende ESCO-vaardigheid: kies er een uit de lijst.");
            }
            keys.add(SkillKeys.esco(uri));
        }
        if (keys.size() > 40) {
            throw RuleViolation.of(ConsentForm.class, "competences", "size", "Leg hoogstens 40 vaardigheden en competenties vast.");
        }
        return keys;
    }
}
