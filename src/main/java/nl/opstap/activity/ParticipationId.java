package nl.opstap.activity;

import java.util.UUID;

public record ParticipationId(UUID value) {

    public static ParticipationId random() {
        return new ParticipationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
