package nl.opstap.portfolio;

import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.shared.domain.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published profiles for employers: only those published now, in the municipalities the employer role holds for.
 * A withdrawn, foreign or unknown number is the same "not found". Pseudonymous data is still personal data, so each
 * view is in the processing log (the job seeker sees it among who viewed their data).
 */
@Service
class ProfileBrowser {

    static final int PAGE_SIZE = 50;

    /** One page of profiles and how many matched the filter. */
    record Found(List<ProfileCard> profiles, int total) {}

    private final Profiles profiles;
    private final ProcessingLog log;

    ProfileBrowser(Profiles profiles, ProcessingLog log) {
        this.profiles = profiles;
        this.log = log;
    }

    @Transactional
    Found search(Access access, ProfileFilter filter) {
        List<Profile> matching = profiles.published(access.scope()).stream().filter(filter::matches).toList();
        List<Profile> shown = matching.stream().limit(PAGE_SIZE).toList();
        logged(access, shown, ProcessingAction.LIST);
        return new Found(shown.stream().map(Profile::card).toList(), matching.size());
    }

    @Transactional
    ProfileCard profile(Access access, String number) {
        Profile profile = profiles.published(access.scope(), number).orElseThrow(() -> new NotFoundException("Profiel"));
        logged(access, List.of(profile), ProcessingAction.READ);
        return profile.card();
    }

    private void logged(Access access, List<Profile> shown, ProcessingAction action) {
        log.record(access, ProcessingActivity.PROFILES, action, Outcome.SUCCESS,
                shown.stream().map(p -> new LogSubject(p.client().value(), p.municipality())).toList());
    }
}
