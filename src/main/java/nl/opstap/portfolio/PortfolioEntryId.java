package nl.opstap.portfolio;

import java.util.UUID;

/** The id of one portfolio entry. */
public record PortfolioEntryId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
