package nl.opstap.workshop;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A candidate's new status, from a date (today when left out). */
@Schema(name = "WorkshopStatusChange")
public record StatusChange(
        @JsonProperty("status") @NotNull(message = "{workshop.candidate.status.required}") @Nullable CandidateStatus status,
        @JsonProperty("datum") @Nullable LocalDate date) {}
