package nl.opstap.taxonomy;

import java.util.List;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.NavigationContributor;
import nl.opstap.access.NavigationItem;
import nl.opstap.access.Permission;
import org.springframework.stereotype.Component;

@Component
class TaxonomyNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser user) {
        return user.can(Permission.CATALOGUE_ADMIN) ? List.of(new NavigationItem("nav.sectors", "/beheer/sectoren", 82),
                new NavigationItem("nav.competences", "/beheer/competenties", 83), new NavigationItem("nav.esco", "/beheer/esco", 84))
                : List.of();
    }
}
