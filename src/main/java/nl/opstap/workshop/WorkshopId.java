package nl.opstap.workshop;

import java.util.UUID;

/** The id of a commercial workshop. */
public record WorkshopId(UUID value) {

    public static WorkshopId random() {
        return new WorkshopId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
