package nl.opstap.audit;

import java.util.List;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.NavigationContributor;
import nl.opstap.access.NavigationItem;
import nl.opstap.access.Permission;
import org.springframework.stereotype.Component;

@Component
class AuditNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> itemsFor(CurrentUser user) {
        return user.can(Permission.PROCESSING_LOG_READ)
                ? List.of(new NavigationItem("nav.processingLog", "/beheer/verwerkingslog", 85))
                : List.of();
    }
}
