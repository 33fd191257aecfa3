package nl.opstap.plan;

import java.util.List;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.NavigationContributor;
import nl.opstap.access.NavigationItem;
import nl.opstap.access.Permission;
import org.springframework.stereotype.Component;

/** "Mijn plan" for the job seeker. */
@Component
class OwnPlanNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser user) {
        return user.ownClientId() != null && user.can(Permission.OWN_FILE)
                ? List.of(new NavigationItem("nav.ownPlan", "/mijn-plan", 11)) : List.of();
    }
}
