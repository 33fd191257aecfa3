package nl.opstap.portfolio;

import java.util.ArrayList;
import java.util.List;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.NavigationContributor;
import nl.opstap.access.NavigationItem;
import nl.opstap.access.Permission;
import org.springframework.stereotype.Component;

/** Consents for the job seeker; profiles and own vacancies for employers; contact requests for account managers. */
@Component
class ProfileNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser user) {
        List<NavigationItem> items = new ArrayList<>();
        if (user.ownClientId() != null && user.can(Permission.OWN_FILE)) {
            items.add(new NavigationItem("nav.consents", ConsentController.PAGE, 14));
        }
        if (user.can(Permission.PUBLISHED_PROFILES)) {
            items.add(new NavigationItem("nav.profiles", "/werkgever/profielen", 60));
        }
        if (user.can(Permission.OWN_EMPLOYER) && user.ownEmployerId() != null) {
            items.add(new NavigationItem("nav.employerVacancies", "/werkgever/vacatures", 61));
        }
        if (user.can(Permission.EMPLOYER_WRITE)) {
            items.add(new NavigationItem("nav.contactRequests", "/contactverzoeken", 62));
        }
        return items;
    }
}
