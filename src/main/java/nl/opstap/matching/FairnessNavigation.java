package nl.opstap.matching;

import java.util.ArrayList;
import java.util.List;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.NavigationContributor;
import nl.opstap.access.NavigationItem;
import nl.opstap.access.Permission;
import org.springframework.stereotype.Component;

/** The fairness report for team leads and policy staff (OVERVIEW); the weights for administrators (MATCHING_ADMIN). */
@Component
class FairnessNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser user) {
        List<NavigationItem> items = new ArrayList<>();
        if (user.can(Permission.OVERVIEW)) {
            items.add(new NavigationItem("fairness.nav", "/matching/eerlijkheid", 47));
        }
        if (user.can(Permission.MATCHING_ADMIN)) {
            items.add(new NavigationItem("weights.nav", "/matching/gewichten", 73));
        }
        return items;
    }
}
