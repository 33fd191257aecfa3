package nl.opstap.portfolio;

import java.util.Map;
import java.util.Optional;
import nl.opstap.access.Access;
import nl.opstap.access.Permission;
import nl.opstap.access.PortalInvitations;
import nl.opstap.client.ClientRef;
import nl.opstap.client.FileSection;
import nl.opstap.client.FileSectionContributor;
import org.springframework.stereotype.Component;

/**
 * "Toegang tot Mijn Opstap" on the overview of a client's file: whether the job seeker has a portal account, when they
 * last signed in, an open invitation, and (for users who may change the file) the button to invite them.
 */
@Component
class PortalAccessSection implements FileSectionContributor {

    private final PortalInvitations invitations;

    PortalAccessSection(PortalInvitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public Optional<FileSection> sectionFor(Access access, ClientRef client) {
        boolean mayInvite = access.user().scopeFor(Permission.CLIENT_WRITE).contains(client.municipality());
        return Optional.of(new FileSection("portfolio/portal-access", "glance", 80,
                Map.of("status", invitations.statusOf(client.id().value()), "mayInvite", mayInvite, "clientId", client.id().value())));
    }
}
