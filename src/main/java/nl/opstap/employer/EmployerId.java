package nl.opstap.employer;

import java.util.UUID;

/** The id of an employer. */
public record EmployerId(UUID value) {

    public static EmployerId random() {
        return new EmployerId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
