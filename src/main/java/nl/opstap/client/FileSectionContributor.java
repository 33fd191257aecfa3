package nl.opstap.client;

import java.util.Optional;
import nl.opstap.access.Access;

/**
 * A module shows a summary on the client's overview page. It reads with the given access (the
 * client is already in scope) and logs its own read.
 */
public interface FileSectionContributor {

    Optional<FileSection> sectionFor(Access access, ClientRef client);
}
