package nl.opstap.employer;

import java.util.ArrayList;
import java.util.List;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.NavigationContributor;
import nl.opstap.access.NavigationItem;
import nl.opstap.access.Permission;
import org.springframework.stereotype.Component;

/** Staff who work with employers see the employers, their worklist and the agreements. */
@Component
class EmployerNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser user) {
        List<NavigationItem> items = new ArrayList<>();
        if (user.can(Permission.EMPLOYER_READ)) {
            items.add(new NavigationItem("nav.employers", "/werkgevers", 40));
            items.add(new NavigationItem("nav.agreements", "/convenanten", 42));
        }
        if (user.can(Permission.EMPLOYER_WRITE)) {
            items.add(new NavigationItem("nav.employerWorklist", "/werkgevers/werklijst", 41));
        }
        return items;
    }
}
