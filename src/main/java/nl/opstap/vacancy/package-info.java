/**
 * Vacancies of employers: the vacancy with its ESCO occupation and skills, guarded status transitions,
 * search with filters (sector, distance from a postcode, hours, status) and a public API for matching.
 * A vacancy belongs to its employer's municipality; every query takes the caller's scope. Vacancies hold
 * no personal data of clients, so nothing is written to the processing log.
 */
@ApplicationModule(displayName = "Vacatures")
@NullMarked
package nl.opstap.vacancy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
