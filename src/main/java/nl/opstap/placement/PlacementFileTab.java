package nl.opstap.placement;

import java.util.Optional;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Permission;
import nl.opstap.client.FileTab;
import nl.opstap.client.FileTabContributor;
import org.springframework.stereotype.Component;

/** The "Plaatsingen" tab of the client's file: placements, follow-up, outflow and re-entry. */
@Component
class PlacementFileTab implements FileTabContributor {

    @Override
    public Optional<FileTab> tabFor(CurrentUser user) {
        return user.can(Permission.CLIENT_READ) ? Optional.of(new FileTab("placement.tab", PlacementFileController.TAB, 80)) : Optional.empty();
    }
}
