package nl.opstap.portfolio;

import java.util.Optional;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Permission;
import nl.opstap.client.FileTab;
import nl.opstap.client.FileTabContributor;
import org.springframework.stereotype.Component;

/** The "Portfolio" tab of the client's file, for everyone who reads client files. */
@Component
class PortfolioFileTab implements FileTabContributor {

    @Override
    public Optional<FileTab> tabFor(CurrentUser user) {
        return user.can(Permission.CLIENT_READ) ? Optional.of(new FileTab("portfolio.tab", PortfolioFileController.TAB, 75))
                : Optional.empty();
    }
}
