package nl.opstap.workshop;

import java.util.List;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.NavigationContributor;
import nl.opstap.access.NavigationItem;
import nl.opstap.access.Permission;
import org.springframework.stereotype.Component;

/** Staff who work with employers see the commercial workshops and the temp-agency sessions. */
@Component
class WorkshopNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser user) {
        if (!user.can(Permission.EMPLOYER_READ)) {
            return List.of();
        }
        return List.of(new NavigationItem("nav.workshops", "/werkplaatsen", 44), new NavigationItem("nav.sessions", "/uitzendsessies", 45));
    }
}
