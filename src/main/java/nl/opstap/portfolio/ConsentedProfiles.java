package nl.opstap.portfolio;

import java.util.List;
import java.util.Map;
import nl.opstap.access.Access;
import nl.opstap.client.ClientId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio module's public API for the doelgroepregister export (issue 9): the published profiles in the caller's
 * scope whose job seeker's latest publication consent is given. A withdrawn consent erases the profile already; the
 * consent is checked as well, so a profile never goes out without it. Nothing is logged here: the caller logs.
 */
@Service
public class ConsentedProfiles {

    private final Profiles profiles;
    private final ConsentRecords consents;

    ConsentedProfiles(Profiles profiles, ConsentRecords consents) {
        this.profiles = profiles;
        this.consents = consents;
    }

    @Transactional(readOnly = true)
    public List<ConsentedProfile> inScope(Access access) {
        Map<ClientId, Boolean> publishing = consents.publicationStates(access.scope());
        return profiles.published(access.scope()).stream()
                .filter(p -> Boolean.TRUE.equals(publishing.get(p.client())))
                .map(p -> new ConsentedProfile(p.client(), p.municipality(), p.card())).toList();
    }
}
