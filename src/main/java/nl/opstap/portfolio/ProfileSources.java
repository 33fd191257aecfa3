package nl.opstap.portfolio;

import java.util.List;
import java.util.Set;
import nl.opstap.client.ClientId;
import nl.opstap.employer.EmployerId;

/**
 * What the portfolio needs from modules that depend on it (so it never depends on them): the labels of a client's
 * skills (ESCO preferred labels or the organisation's competences) and the employers of vacancies proposed to the
 * client. Implemented by the matching module; read by the system, shown only as the caller decides.
 */
public interface ProfileSources {

    List<String> skillsOf(ClientId client);

    Set<EmployerId> proposedEmployersOf(ClientId client);
}
