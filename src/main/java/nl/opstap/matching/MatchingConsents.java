package nl.opstap.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.taxonomy.Competence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The matching module's public API for imports and demo data: first consents and competences of many clients at
 * once, in one batch and one processing-log call. Clients outside the access's scope are refused, nothing stored.
 */
@Service
public class MatchingConsents {

    /** One client's consent as of a date, with the organisation's competences the client has. */
    public record ConsentImport(ClientId client, boolean matching, boolean shareWithEmployers, LocalDate givenOn, List<UUID> competences) {}

    private final ClientDirectory directory;
    private final Consents consents;
    private final CandidateSkills skills;
    private final SkillLabels labels;
    private final MatchAccess matchAccess;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    MatchingConsents(ClientDirectory directory, Consents consents, CandidateSkills skills, SkillLabels labels, MatchAccess matchAccess,
                     JdbcClient jdbc, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.directory = directory;
        this.consents = consents;
        this.skills = skills;
        this.labels = labels;
        this.matchAccess = matchAccess;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean anyRecorded() {
        return jdbc.sql("SELECT COUNT(*) FROM matching_consent").query(Long.class).single() > 0;
    }

    /** The competences a client of the municipality may have (the organisation's active ones). */
    public List<Competence> competencesIn(nl.opstap.organisation.MunicipalityCode municipality) {
        return labels.competencesIn(municipality);
    }

    /** Records first consents and competences; needs an access for CLIENT_WRITE. Returns how many were stored. */
    @Transactional
    public int importAll(Access access, List<ConsentImport> imports) {
        Map<ClientId, ClientRef> refs = directory.refs(access, null).stream().collect(Collectors.toMap(ClientRef::id, Function.identity()));
        List<Object[]> consentRows = new ArrayList<>();
        List<Object[]> skillRows = new ArrayList<>();
        List<ClientRef> touched = new ArrayList<>();
        Map<nl.opstap.organisation.MunicipalityCode, Set<UUID>> competences = new java.util.HashMap<>();
        for (ConsentImport i : imports) {
            ClientRef ref = refs.get(i.client());
            if (ref == null) {
                throw RuleViolation.of(ConsentImport.class, "client", "unknown", "Een werkzoekende valt buiten uw gemeenten.");
            }
            Set<UUID> own = competences.computeIfAbsent(ref.municipality(),
                    m -> labels.competencesIn(m).stream().map(Competence::id).collect(Collectors.toSet()));
            consentRows.add(new Object[] {i.client().value(), ref.municipality().value(), i.matching(), i.shareWithEmployers(), i.givenOn(),
                    access.user().id().value()});
            i.competences().stream().filter(own::contains).distinct()
                    .forEach(c -> skillRows.add(new Object[] {i.client().value(), SkillKeys.competence(c), ref.municipality().value()}));
            touched.add(ref);
        }
        consents.insertAll(consentRows, clock.instant());
        skills.insertAll(skillRows);
        matchAccess.logged(access, ProcessingAction.CREATE, touched);
        touched.forEach(r -> events.publishEvent(new CandidateChanged(r.id())));
        return consentRows.size();
    }
}
