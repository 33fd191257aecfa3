package nl.opstap.activity;

import java.util.UUID;

public record DropoutReasonId(UUID value) {

    public static DropoutReasonId random() {
        return new DropoutReasonId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
