package nl.opstap.client;

import nl.opstap.organisation.MunicipalityCode;

/** Published after a client was registered or changed (for indexes and caches of other modules). */
public record ClientChanged(ClientId clientId, MunicipalityCode municipality, boolean registered) {}
