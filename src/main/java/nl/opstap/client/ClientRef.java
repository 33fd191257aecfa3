package nl.opstap.client;

import java.time.LocalDate;
import nl.opstap.access.UserId;
import nl.opstap.organisation.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/**
 * A client as other modules need it: who, in which municipality, with which caseworker. Only handed
 * out after a scope check; the caller logs its own read of the client's data.
 */
public record ClientRef(ClientId id, MunicipalityCode municipality, String municipalityName, String fullName,
                        LocalDate dateOfBirth, @Nullable UserId caseworker) {}
