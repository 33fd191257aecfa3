package nl.opstap.client;

import java.util.ArrayList;
import java.util.List;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.NavigationContributor;
import nl.opstap.access.NavigationItem;
import nl.opstap.access.Permission;
import org.springframework.stereotype.Component;

@Component
class ClientNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser user) {
        List<NavigationItem> items = new ArrayList<>();
        if (user.can(Permission.CLIENT_READ)) {
            items.add(new NavigationItem("nav.clients", "/werkzoekenden", 10));
        }
        if (user.ownClientId() != null) {
            items.add(new NavigationItem("nav.ownFile", "/mijn-gegevens", 10));
        }
        return items;
    }
}
