package nl.opstap.importing;

import java.util.List;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.NavigationContributor;
import nl.opstap.access.NavigationItem;
import nl.opstap.access.Permission;
import org.springframework.stereotype.Component;

/** The export page, for users who may exchange the organisation's data (administrators). */
@Component
class ExportNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser user) {
        return user.can(Permission.DATA_EXCHANGE) ? List.of(new NavigationItem("nav.export", ExportController.PAGE, 87)) : List.of();
    }
}
