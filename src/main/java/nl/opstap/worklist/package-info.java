/**
 * Worklists: what is due and overdue in a caseworker's caseload (re-checks, plan reviews, activities
 * ending, missing or outdated diagnoses), per caseworker for a team lead, and reassigning clients in bulk.
 * Modules add their items through {@link nl.opstap.worklist.WorklistContributor}.
 */
@ApplicationModule(displayName = "Werklijsten")
@NullMarked
package nl.opstap.worklist;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
