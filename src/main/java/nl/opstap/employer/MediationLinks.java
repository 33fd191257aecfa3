package nl.opstap.employer;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * The client a mediation is linked to: checked, shown and searched only through the client register's scope check
 * ({@link ClientDirectory}) under EMPLOYER_CRM, with every read and change of the link in the processing log.
 */
@Component
class MediationLinks {

    static final int SUGGESTIONS = 10;
    static final int MIN_SEARCH = 2;

    private final ClientDirectory clients;
    private final ProcessingLog log;

    MediationLinks(ClientDirectory clients, ProcessingLog log) {
        this.clients = clients;
        this.log = log;
    }

    /**
     * The client to link, when the caller may read them and they belong to the employer's municipality; the caller
     * logs the change ({@link #changed}) once it is stored.
     */
    LogSubject checked(Access access, MunicipalityCode municipality, UUID client) {
        Access clientAccess = MediationDisclosure.clientAccess(access, municipality).orElseThrow(MediationLinks::unknownClient);
        ClientRef ref;
        try {
            ref = clients.inScope(clientAccess, new ClientId(client), ProcessingActivity.EMPLOYER_CRM, ProcessingAction.UPDATE);
        } catch (NotFoundException e) {
            throw unknownClient();
        }
        if (!ref.municipality().equals(municipality)) {
            throw unknownClient();
        }
        return new LogSubject(ref.id().value(), ref.municipality());
    }

    /** Logs that the mediation records of these clients were created or changed. */
    void changed(Access access, ProcessingAction action, Collection<LogSubject> subjects) {
        log.record(access, ProcessingActivity.EMPLOYER_CRM, action, Outcome.SUCCESS, List.copyOf(subjects));
    }

    /**
     * The names of the linked clients the caller may read (each read logged); clients they may not read are left
     * out, so the screen says only that a client is linked.
     */
    Map<UUID, String> names(Access access, MunicipalityCode municipality, Collection<UUID> linked) {
        var clientAccess = MediationDisclosure.clientAccess(access, municipality);
        if (clientAccess.isEmpty() || linked.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = new LinkedHashMap<>();
        Map<UUID, LogSubject> read = new LinkedHashMap<>();
        for (UUID id : linked) {
            try {
                ClientRef ref = clients.inScope(clientAccess.get(), new ClientId(id), ProcessingActivity.EMPLOYER_CRM, ProcessingAction.READ);
                names.put(id, ref.fullName());
                read.put(id, new LogSubject(id, ref.municipality()));
            } catch (NotFoundException e) {
                // no longer in the caller's scope: shown as "a client" only (the refusal is logged by the register)
            }
        }
        log.record(access, ProcessingActivity.EMPLOYER_CRM, ProcessingAction.READ, Outcome.SUCCESS, List.copyOf(read.values()));
        return names;
    }

    /** Clients of the employer's municipality whose name matches, for the picker; empty below two letters or without CLIENT_READ there. */
    List<ClientRef> suggestions(Access access, MunicipalityCode municipality, String text) {
        var clientAccess = MediationDisclosure.clientAccess(access, municipality);
        if (clientAccess.isEmpty() || text.strip().length() < MIN_SEARCH) {
            return List.of();
        }
        return clients.byName(clientAccess.get(), text.strip(), municipality, ProcessingActivity.EMPLOYER_CRM, SUGGESTIONS);
    }

    static RuleViolation unknownClient() {
        return RuleViolation.of(ContactMomentForm.class, "mediationClient", "unknown",
                "Deze werkzoekende is niet gevonden in de gemeente van de werkgever.");
    }
}
