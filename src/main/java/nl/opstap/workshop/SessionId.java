package nl.opstap.workshop;

import java.util.UUID;

/** The id of a temp-agency session. */
public record SessionId(UUID value) {

    public static SessionId random() {
        return new SessionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
