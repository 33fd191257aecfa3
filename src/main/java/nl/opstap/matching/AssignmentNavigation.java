package nl.opstap.matching;

import java.util.List;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.NavigationContributor;
import nl.opstap.access.NavigationItem;
import nl.opstap.access.Permission;
import org.springframework.stereotype.Component;

/** "Toewijzen" for staff who match: dividing candidates over the places of several vacancies at once. */
@Component
class AssignmentNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser user) {
        return user.can(Permission.MATCHING) ? List.of(new NavigationItem("nav.assignment", "/matching/toewijzing", 46)) : List.of();
    }
}
