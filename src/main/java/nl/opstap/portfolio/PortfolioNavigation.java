package nl.opstap.portfolio;

import java.util.List;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.NavigationContributor;
import nl.opstap.access.NavigationItem;
import nl.opstap.access.Permission;
import org.springframework.stereotype.Component;

/** "Mijn portfolio" for the job seeker, next to their own file. */
@Component
class PortfolioNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser user) {
        return user.ownClientId() != null && user.can(Permission.OWN_FILE)
                ? List.of(new NavigationItem("nav.portfolio", PortfolioController.HOME, 13)) : List.of();
    }
}
