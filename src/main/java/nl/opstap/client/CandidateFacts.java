package nl.opstap.client;

import java.time.LocalDate;
import nl.opstap.organisation.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/**
 * What the matching index needs of a client, without name, BSN or address beyond the postcode: the facts matching
 * filters on, the education level, and gender and date of birth for the fairness report.
 */
public record CandidateFacts(ClientId id, MunicipalityCode municipality, String postcode, @Nullable EducationLevel educationLevel,
                             Gender gender, LocalDate dateOfBirth, MatchingFacts facts) {}
