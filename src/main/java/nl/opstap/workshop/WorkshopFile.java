package nl.opstap.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opstap.access.Access;
import nl.opstap.access.Permission;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.client.ClientRef;
import nl.opstap.client.FileSection;
import nl.opstap.client.FileSectionContributor;
import nl.opstap.employer.EmployerId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's workshops and agency sessions on the overview of their file, for users who also work with employers
 * in the client's municipality. Shown (and logged as a read) only when the client has any.
 */
@Component
class WorkshopFile implements FileSectionContributor {

    private final WorkshopRows workshops;
    private final SessionRows sessions;
    private final WorkshopChecks checks;
    private final CandidateClients clients;

    WorkshopFile(WorkshopRows workshops, SessionRows sessions, WorkshopChecks checks, CandidateClients clients) {
        this.workshops = workshops;
        this.sessions = sessions;
        this.checks = checks;
        this.clients = clients;
    }

    @Override
    @Transactional
    public Optional<FileSection> sectionFor(Access access, ClientRef client) {
        if (!access.user().scopeFor(Permission.EMPLOYER_READ).contains(client.municipality())) {
            return Optional.empty();
        }
        List<WorkshopRows.OfClient> candidacies = workshops.ofClient(client.id());
        List<SessionRows.OfClient> proposals = sessions.ofClient(client.id());
        if (candidacies.isEmpty() && proposals.isEmpty()) {
            return Optional.empty();
        }
        clients.logged(access, ProcessingAction.READ, List.of(client));
        List<EmployerId> agencies = new ArrayList<>(proposals.stream().map(SessionRows.OfClient::agency).toList());
        Map<EmployerId, String> names = checks.employerNames(
                access.as(Permission.EMPLOYER_READ), agencies);
        return Optional.of(new FileSection("workshop/glance", "glance", 45,
                Map.of("workshops", candidacies, "sessions", proposals, "agencies", names)));
    }
}
