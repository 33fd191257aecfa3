package nl.opstap.workshop;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/**
 * A workshop or temp-agency session as matching sees it: where (the partner's or agency's postcode), from when, in
 * which sector (a session has none), who is already a candidate (never proposed again), and
 * the free seats of a workshop (0 for a session, which has no seats).
 */
public record MatchPlace(UUID id, MunicipalityCode municipality, String name, @Nullable String sector, String postcode,
                         LocalDate start, Set<ClientId> candidates, boolean workshop, int freePlaces) {}
