package nl.opstap.vacancy;

import java.util.List;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.NavigationContributor;
import nl.opstap.access.NavigationItem;
import nl.opstap.access.Permission;
import org.springframework.stereotype.Component;

/** Staff who work with employers see the vacancies, next to the employers. */
@Component
class VacancyNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser user) {
        return user.can(Permission.EMPLOYER_READ) ? List.of(new NavigationItem("nav.vacancies", "/vacatures", 43)) : List.of();
    }
}
