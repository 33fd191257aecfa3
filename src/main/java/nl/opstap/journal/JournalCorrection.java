package nl.opstap.journal;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A correction of an entry's text by its author: the new subject and text, and why (required after the day itself). */
public record JournalCorrection(
        @JsonProperty("onderwerp") @Size(max = 200, message = "{journal.subject.size}") @Nullable String subject,
        @JsonProperty("tekst") @NotBlank(message = "{journal.text.required}")
        @Size(max = JournalEntry.MAX_TEXT, message = "{journal.text.size}") @Nullable String text,
        @JsonProperty("reden") @Size(max = 500, message = "{journal.reason.size}") @Nullable String reason) {}
