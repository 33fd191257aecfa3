package nl.opstap.journal;

import java.util.UUID;

/** The identity of a journal entry. */
public record JournalEntryId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
