package nl.opstap.journal;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A new journal entry, from the screen or the API. The date defaults to today. */
public record NewJournalEntry(
        @JsonProperty("soort") @NotNull(message = "{journal.type.required}") @Nullable JournalType type,
        @JsonProperty("datum") @Nullable LocalDate date,
        @JsonProperty("onderwerp") @Size(max = 200, message = "{journal.subject.size}") @Nullable String subject,
        @JsonProperty("tekst") @NotBlank(message = "{journal.text.required}")
        @Size(max = JournalEntry.MAX_TEXT, message = "{journal.text.size}") @Nullable String text) {}
