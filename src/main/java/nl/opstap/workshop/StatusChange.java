package nl.opstap.workshop;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A candidate's new status, from a date (today when left out). */
public record StatusChange(
        @JsonProperty("status") @NotNull(message = "{workshop.candidate.status.required}") @Nullable CandidateStatus status,
        @JsonProperty("datum") @Nullable LocalDate date) {}
