package nl.opstap.workshop;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.opstap.access.Access;
import nl.opstap.access.Permission;
import nl.opstap.access.Scope;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.diagnosis.AssessmentCategory;
import nl.opstap.diagnosis.Diagnoses;
import nl.opstap.diagnosis.FactRecord;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Candidates are clients. Rule: only a user who may read clients of the municipality sees or handles them, with an
 * access for CLIENT_READ within the municipalities of their employer access; every read and change is logged under
 * WORKSHOPS for each client shown or changed.
 */
@Component
class CandidateClients {

    static final ProcessingActivity ACTIVITY = ProcessingActivity.WORKSHOPS;
    static final int SUGGESTIONS = 10;

    private final ClientDirectory directory;
    private final Diagnoses diagnoses;
    private final ProcessingLog log;

    CandidateClients(ClientDirectory directory, Diagnoses diagnoses, ProcessingLog log) {
        this.directory = directory;
        this.diagnoses = diagnoses;
        this.log = log;
    }

    /** The access to the clients of {@code municipality} for someone acting with {@code access}, if they may read them. */
    static Optional<Access> clientAccess(Access access, MunicipalityCode municipality) {
        Scope scope = access.user().scopeFor(Permission.CLIENT_READ).narrowedTo(access.scope().municipalities());
        return scope.contains(municipality)
                ? Optional.of(new Access(access.user(), Permission.CLIENT_READ, scope, access.channel())) : Optional.empty();
    }

    static Access requireClientAccess(Access access, MunicipalityCode municipality) {
        return clientAccess(access, municipality).orElseThrow(() -> new AccessDeniedException("no client access for candidates"));
    }

    /** The client to propose: in scope and of the municipality, else a violation on the form's {@code client} field. */
    ClientRef client(Access clientAccess, MunicipalityCode municipality, UUID id, Class<?> form, ProcessingAction action) {
        ClientRef ref;
        try {
            ref = directory.inScope(clientAccess, new ClientId(id), ACTIVITY, action);
        } catch (NotFoundException e) {
            throw unknown(form);
        }
        if (!ref.municipality().equals(municipality)) {
            throw unknown(form);
        }
        return ref;
    }

    private static RuleViolation unknown(Class<?> form) {
        return RuleViolation.of(form, "client", "unknown", "Deze werkzoekende is niet gevonden in de gemeente van de werkplaats of sessie.");
    }

    /** The candidates the caller may see, by id, logged as a READ of each. */
    Map<ClientId, ClientRef> shown(Access clientAccess, Collection<ClientId> ids) {
        List<ClientRef> refs = directory.refsOf(clientAccess, ids);
        logged(clientAccess, ProcessingAction.READ, refs);
        return refs.stream().collect(Collectors.toMap(ClientRef::id, Function.identity()));
    }

    /** Clients of the municipality by name, to choose a candidate from (logged as a LIST by the client register). */
    List<ClientRef> search(Access clientAccess, String name, MunicipalityCode municipality) {
        return name.strip().length() < 2 ? List.of() : directory.byName(clientAccess, name, municipality, ACTIVITY, SUGGESTIONS);
    }

    /** The client's latest workshop category from the diagnosis (a practical assessment), if any; the diagnosis logs its read. */
    Optional<AssessmentCategory> categoryFromDiagnosis(Access clientAccess, ClientId client, LocalDate today) {
        return diagnoses.on(clientAccess, client, today).tests().stream()
                .map(f -> f.value() instanceof FactRecord.TestFact t ? t.category() : null)
                .filter(java.util.Objects::nonNull).findFirst();
    }

    void logged(Access clientAccess, ProcessingAction action, List<ClientRef> refs) {
        log.record(clientAccess, ACTIVITY, action, Outcome.SUCCESS, refs.stream().map(r -> new LogSubject(r.id().value(), r.municipality())).toList());
    }
}
