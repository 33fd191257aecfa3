package nl.opstap.placement;

import java.util.List;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Permission;
import nl.opstap.access.NavigationContributor;
import nl.opstap.access.NavigationItem;
import org.springframework.stereotype.Component;

/** "Nazorg": the follow-up contacts due and overdue, for those who hold them. */
@Component
class FollowUpNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser user) {
        return user.can(Permission.PLACEMENT_WRITE) ? List.of(new NavigationItem("placement.nav.followUps", "/nazorg", 17)) : List.of();
    }
}
