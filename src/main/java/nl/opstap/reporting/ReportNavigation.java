package nl.opstap.reporting;

import java.util.ArrayList;
import java.util.List;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.NavigationContributor;
import nl.opstap.access.NavigationItem;
import nl.opstap.access.Permission;
import org.springframework.stereotype.Component;

/** The reports for team leads and policy staff (OVERVIEW). */
@Component
class ReportNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser user) {
        List<NavigationItem> items = new ArrayList<>();
        if (user.can(Permission.OVERVIEW)) {
            items.add(new NavigationItem("report.nav", "/rapportages", 45));
        }
        if (user.can(Permission.STEERING_ADMIN)) {
            items.add(new NavigationItem("steering.nav", "/rapportages/instellingen", 74));
        }
        return items;
    }
}
