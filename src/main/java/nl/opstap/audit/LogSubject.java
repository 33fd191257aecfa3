package nl.opstap.audit;

import java.util.UUID;
import nl.opstap.organisation.MunicipalityCode;

/** Whose data was processed: the client's id (pseudonymised before it is stored) and municipality. */
public record LogSubject(UUID clientId, MunicipalityCode municipality) {}
