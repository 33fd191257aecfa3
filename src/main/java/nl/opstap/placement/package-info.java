/**
 * Placements, follow-up (nazorg), outflow and re-entry (domain.md §7, issue 6): the type of a placement weighed in
 * the order a coach must consider them, a year of scheduled follow-up contacts, outflow with its reason and the
 * revolving door, and durability computed from the history. Rules first; storage, screens and API follow.
 */
@ApplicationModule(displayName = "Plaatsing en nazorg")
@NullMarked
package nl.opstap.placement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
