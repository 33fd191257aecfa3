package nl.opstap.portfolio;

import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;

/**
 * A published anonymous profile whose job seeker currently consents to its publication, for the Kandidatenverkenner
 * export. The client id is for the caller's filtering and processing log only; it must never leave with the card.
 */
public record ConsentedProfile(ClientId client, MunicipalityCode municipality, ProfileCard card) {}
