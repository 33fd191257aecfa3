package nl.opstap.plan;

import java.time.Instant;
import nl.opstap.access.Access;
import nl.opstap.access.UserId;

/** Who changes a plan, and when. */
record Actor(UserId id, String name, Instant at) {

    static Actor of(Access access, Instant at) {
        return new Actor(access.user().id(), access.user().displayName(), at);
    }
}
