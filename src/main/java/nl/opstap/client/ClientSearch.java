package nl.opstap.client;

import java.time.LocalDate;
import nl.opstap.access.UserId;
import nl.opstap.organisation.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/** What to look for in the register; every part is optional. */
record ClientSearch(@Nullable String name, @Nullable LocalDate dateOfBirth, @Nullable String postcode,
                    @Nullable MunicipalityCode municipality, @Nullable UserId caseworker, ClientSort.Order order,
                    java.util.List<ClientId> ids) {

    ClientSearch(@Nullable String name, @Nullable LocalDate dateOfBirth, @Nullable String postcode,
                 @Nullable MunicipalityCode municipality, @Nullable UserId caseworker, ClientSort.Order order) {
        this(name, dateOfBirth, postcode, municipality, caseworker, order, java.util.List.of());
    }

    static ClientSearch caseloadOf(UserId caseworker) {
        return new ClientSearch(null, null, null, null, caseworker, new ClientSort.Order(ClientSort.NAME, false));
    }

    /** Exactly these clients (e.g. the files found for one BSN). */
    static ClientSearch ofIds(java.util.List<ClientId> ids) {
        return new ClientSearch(null, null, null, null, null, new ClientSort.Order(ClientSort.MUNICIPALITY, false), ids);
    }
}
