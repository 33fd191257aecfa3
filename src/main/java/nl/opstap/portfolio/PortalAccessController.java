package nl.opstap.portfolio;

import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.access.PortalInvitations;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A caseworker invites a job seeker to the portal. The code is shown once, on this answer, to hand over in person or
 * by letter; Opstap keeps only its hash. The page is not cached.
 */
@Controller
class PortalAccessController {

    private final AccessGuard guard;
    private final ClientDirectory directory;
    private final PortalInvitations invitations;
    private final ProcessingLog log;

    PortalAccessController(AccessGuard guard, ClientDirectory directory, PortalInvitations invitations, ProcessingLog log) {
        this.guard = guard;
        this.directory = directory;
        this.invitations = invitations;
        this.log = log;
    }

    @PostMapping("/werkzoekenden/{id}/portaaltoegang")
    String invite(@PathVariable UUID id, Model model, jakarta.servlet.http.HttpServletResponse response) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        ClientRef client = directory.inScope(access, new ClientId(id), ProcessingActivity.CLIENT_REGISTRATION, ProcessingAction.CREATE);
        PortalInvitations.Issued issued = invitations.invite(access, id, client.municipality(), client.fullName());
        log.record(access, ProcessingActivity.CLIENT_REGISTRATION, ProcessingAction.CREATE, Outcome.SUCCESS,
                List.of(new LogSubject(id, client.municipality())));
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("client", client);
        model.addAttribute("issued", issued);
        return "portfolio/portal-invitation";
    }
}
