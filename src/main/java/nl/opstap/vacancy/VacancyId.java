package nl.opstap.vacancy;

import java.util.UUID;

/** The id of a vacancy. */
public record VacancyId(UUID value) {

    public static VacancyId random() {
        return new VacancyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
