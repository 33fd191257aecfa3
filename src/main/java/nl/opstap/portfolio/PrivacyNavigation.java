package nl.opstap.portfolio;

import java.util.List;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.NavigationContributor;
import nl.opstap.access.NavigationItem;
import nl.opstap.access.Permission;
import org.springframework.stereotype.Component;

/** "Mijn privacy" for the job seeker. */
@Component
class PrivacyNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser user) {
        return user.ownClientId() != null && user.can(Permission.OWN_FILE)
                ? List.of(new NavigationItem("nav.privacy", "/mijn-privacy", 20)) : List.of();
    }
}
