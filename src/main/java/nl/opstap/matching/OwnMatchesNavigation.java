package nl.opstap.matching;

import java.util.List;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.NavigationContributor;
import nl.opstap.access.NavigationItem;
import nl.opstap.access.Permission;
import org.springframework.stereotype.Component;

/** "Mijn vacatures" for the job seeker, next to their own file. */
@Component
class OwnMatchesNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser user) {
        return user.ownClientId() != null && user.can(Permission.OWN_FILE)
                ? List.of(new NavigationItem("nav.ownMatches", "/mijn-vacatures", 12)) : List.of();
    }
}
