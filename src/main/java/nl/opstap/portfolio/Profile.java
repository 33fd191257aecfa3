package nl.opstap.portfolio;

import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/** A stored profile: whose it is (never shown to an employer), whether it is published, its region and its card. */
record Profile(ClientId client, MunicipalityCode municipality, boolean published, @Nullable String region, ProfileCard card) {}
