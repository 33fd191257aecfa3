package nl.opstap.retention;

import java.util.Map;
import java.util.Optional;
import nl.opstap.access.Access;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientRef;
import nl.opstap.client.FileSection;
import nl.opstap.client.FileSectionContributor;
import org.springframework.stereotype.Component;

/** On the overview of a client's file, for administrators of its municipality: the way to anonymise it on request. */
@Component
class ErasureSection implements FileSectionContributor {

    @Override
    public Optional<FileSection> sectionFor(Access access, ClientRef client) {
        if (!access.user().scopeFor(Permission.FILE_ERASURE).contains(client.municipality())) {
            return Optional.empty();
        }
        return Optional.of(new FileSection("retention/erasure-section", "glance", 95, Map.of("clientId", client.id().value())));
    }
}
