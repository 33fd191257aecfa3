package nl.opstap.client;

import java.util.Optional;
import nl.opstap.access.CurrentUser;

/** A module adds its tab to the client's file when the user may use it. */
public interface FileTabContributor {

    Optional<FileTab> tabFor(CurrentUser user);
}
