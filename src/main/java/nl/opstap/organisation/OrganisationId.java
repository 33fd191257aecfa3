package nl.opstap.organisation;

import java.util.UUID;

public record OrganisationId(UUID value) {

    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID());
    }
}
