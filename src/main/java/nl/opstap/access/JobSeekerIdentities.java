package nl.opstap.access;

import java.util.Optional;
import java.util.UUID;
import nl.opstap.organisation.MunicipalityCode;

/**
 * Finds the file of a citizen whose BSN an identity provider (DigiD through an OIDC broker) vouched for. Implemented by
 * the client module, which holds the register; access declares it so sign-in does not depend on client.
 */
public interface JobSeekerIdentities {

    /** A client's file as sign-in needs it. */
    record Identity(UUID clientId, MunicipalityCode municipality, String displayName) {}

    /** The most recently registered file with this BSN, if any; the BSN is never logged. */
    Optional<Identity> byBsn(String bsn);
}
