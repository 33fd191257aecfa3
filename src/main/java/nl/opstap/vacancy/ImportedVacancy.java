package nl.opstap.vacancy;

import java.time.LocalDate;

/** A vacancy from elsewhere (demo data, a later import) with its own publication date and status. */
public record ImportedVacancy(VacancyForm form, LocalDate publishedOn, VacancyStatus status) {}
