package nl.opstap.placement;

import java.time.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The organisation's choices for placements (application.yml, opstap.placement): the months after a placement's
 * start at which follow-up contacts are due, and how soon a return after outflow counts as a revolving door.
 * Checked by the rules at start-up, so a wrong setting stops the application instead of planning nonsense.
 */
@ConfigurationProperties("opstap.placement")
record PlacementSettings(@Nullable List<Integer> followUpMonths, @Nullable Integer revolvingDoorMonths) {

    PlacementSettings {
        followUpMonths = followUpMonths == null ? FollowUpSchedule.DEFAULT_MONTHS : List.copyOf(followUpMonths);
        revolvingDoorMonths = revolvingDoorMonths == null ? (int) RevolvingDoor.DEFAULT_WINDOW.toTotalMonths() : revolvingDoorMonths;
        new FollowUpSchedule(followUpMonths);
        new RevolvingDoor(Period.ofMonths(revolvingDoorMonths));
    }

    FollowUpSchedule schedule() {
        return new FollowUpSchedule(followUpMonths);
    }

    RevolvingDoor revolvingDoorRule() {
        return new RevolvingDoor(Period.ofMonths(revolvingDoorMonths));
    }
}
