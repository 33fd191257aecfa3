package nl.opstap.testsupport;

import nl.opstap.access.UserId;
import nl.opstap.client.ClientId;

/** What the authorisation test aims at: a client of a municipality the user is not authorised for, and a user there. */
public record ForeignTarget(ClientId client, String bsn, String lastName, UserId foreignUser) {}
