package nl.opstap.client;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A client as other modules may list them. */
public record ClientSummary(ClientId id, String municipalityCode, String municipalityName, String name,
                            LocalDate dateOfBirth, String postcode, @Nullable String city,
                            @Nullable BenefitStatus benefitStatus, @Nullable String caseworkerName) {}
