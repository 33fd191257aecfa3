package nl.opstap.activity;

import java.util.ArrayList;
import java.util.List;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.NavigationContributor;
import nl.opstap.access.NavigationItem;
import nl.opstap.access.Permission;
import org.springframework.stereotype.Component;

/** Administrators manage the catalogue and the dropout reasons of their organisations. */
@Component
class ActivityNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser user) {
        List<NavigationItem> items = new ArrayList<>();
        if (user.can(Permission.CATALOGUE_ADMIN)) {
            items.add(new NavigationItem("nav.activities", "/beheer/activiteiten", 70));
            items.add(new NavigationItem("nav.dropoutReasons", "/beheer/uitvalredenen", 71));
        }
        return items;
    }
}
