package nl.opstap.portfolio;

import java.util.UUID;

/** The id of one uploaded document. */
public record DocumentId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
