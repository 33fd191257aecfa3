package nl.opstap.importing;

import java.util.List;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.NavigationContributor;
import nl.opstap.access.NavigationItem;
import nl.opstap.access.Permission;
import org.springframework.stereotype.Component;

@Component
class ImportNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser user) {
        return user.can(Permission.DATA_EXCHANGE) ? List.of(new NavigationItem("nav.import", "/import", 86)) : List.of();
    }
}
