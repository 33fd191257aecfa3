package nl.opstap.worklist;

import java.util.ArrayList;
import java.util.List;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.NavigationContributor;
import nl.opstap.access.NavigationItem;
import nl.opstap.access.Permission;
import org.springframework.stereotype.Component;

@Component
class WorklistNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser user) {
        List<NavigationItem> items = new ArrayList<>();
        if (user.can(Permission.CLIENT_WRITE)) {
            items.add(new NavigationItem("nav.worklist", "/werklijst", 15));
        }
        if (user.can(Permission.OVERVIEW)) {
            items.add(new NavigationItem("nav.teamWorklist", "/werklijst/team", 16));
        }
        return items;
    }
}
