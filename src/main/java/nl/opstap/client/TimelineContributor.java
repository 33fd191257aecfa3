package nl.opstap.client;

import java.util.List;
import nl.opstap.access.Access;

/**
 * A module adds its dated facts and events to the client's timeline. The client is in scope; the
 * contributor leaves out what the user's roles may not read, and logs its own read.
 */
public interface TimelineContributor {

    List<TimelineEntry> entriesFor(Access access, ClientRef client);
}
