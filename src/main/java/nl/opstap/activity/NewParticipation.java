package nl.opstap.activity;

import java.time.LocalDate;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/**
 * A participation to store, possibly already ended (imports and demo history go through
 * {@link ActivityCatalogue#recordHistory}, which applies the same rules as the screen).
 */
public record NewParticipation(ParticipationId id, ClientId client, MunicipalityCode municipality, ActivityId activity,
                               LocalDate startDate, @Nullable LocalDate plannedEnd, @Nullable LocalDate actualEnd,
                               @Nullable ParticipationResult result, @Nullable DropoutReasonId dropoutReason, boolean certificate,
                               @Nullable String certificateDescription, @Nullable LocalDate certificateDate, @Nullable String notes) {}
