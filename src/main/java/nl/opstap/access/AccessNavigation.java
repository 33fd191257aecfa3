package nl.opstap.access;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The access module's own links: user administration and the user's account. */
@Component
class AccessNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser user) {
        List<NavigationItem> items = new ArrayList<>();
        items.add(new NavigationItem("nav.home", "/", 0));
        if (user.can(Permission.USER_ADMIN)) {
            items.add(new NavigationItem("nav.users", "/beheer/gebruikers", 80));
        }
        items.add(new NavigationItem("nav.account", "/mijn-account", 90));
        return items;
    }
}
