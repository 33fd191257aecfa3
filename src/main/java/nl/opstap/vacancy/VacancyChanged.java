package nl.opstap.vacancy;

/** Published after a vacancy was registered or changed (details or status), e.g. for the matching index. */
public record VacancyChanged(VacancyId vacancy) {}
