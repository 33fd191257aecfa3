package nl.opstap.activity;

import java.util.UUID;

public record ActivityId(UUID value) {

    public static ActivityId random() {
        return new ActivityId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
