package nl.opstap.plan;

import java.util.UUID;

/** The identity of one plan of a client (a closed plan may be followed by a new one). */
public record PlanId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
