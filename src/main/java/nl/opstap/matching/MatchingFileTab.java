package nl.opstap.matching;

import java.util.Optional;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Permission;
import nl.opstap.client.FileTab;
import nl.opstap.client.FileTabContributor;
import org.springframework.stereotype.Component;

/** The "Matching" tab of the client's file, for users who match. */
@Component
class MatchingFileTab implements FileTabContributor {

    static final String TAB = "matching";

    @Override
    public Optional<FileTab> tabFor(CurrentUser user) {
        return user.can(Permission.MATCHING) ? Optional.of(new FileTab("matching.tab", TAB, 70)) : Optional.empty();
    }
}
