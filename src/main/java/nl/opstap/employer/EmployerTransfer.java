package nl.opstap.employer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An employer as a migration export carries it (issue 9): its details, contact persons and contact moments, in the
 * same shape as the API gives them ({@code /api/v1/werkgevers}). The parts are the API's own records.
 */
public record EmployerTransfer(@JsonProperty("werkgever") Object employer, @JsonProperty("contactpersonen") List<?> contacts,
                               @JsonProperty("contactmomenten") List<?> contactMoments) {}
