package nl.opstap.workshop;

import nl.opstap.client.ClientId;
import org.jspecify.annotations.Nullable;

/** A client proposed to a session's agency, with the result once recorded. */
record SessionCandidate(SessionId session, ClientId client, @Nullable AgencyOutcome outcome) {}
