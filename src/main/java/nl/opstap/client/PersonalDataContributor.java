package nl.opstap.client;

import java.util.List;
import nl.opstap.access.Access;

/**
 * A module hands over everything it holds about a client for the AVG right of access (art. 15): the job seeker's
 * "download al mijn gegevens". The client is already checked to be the caller's own; the module reads with the given
 * access and logs its own read. Parts without data may be left out.
 */
public interface PersonalDataContributor {

    List<PersonalDataPart> partsFor(Access access, ClientRef client);
}
