/**
 * Steering reports (domain.md §8, issue 7): Tabel I and II, formation and budget, caseload per caseworker, targets,
 * target groups, caseload over time and the monitoring set, for a reference date (peildatum) or a period, per
 * municipality and in total. Figures are counted in the database from the views the owning modules publish
 * (ADR 0013); every figure opens to the clients behind it, and that list is a logged read.
 */
@ApplicationModule(displayName = "Sturingsinformatie")
@NullMarked
package nl.opstap.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
