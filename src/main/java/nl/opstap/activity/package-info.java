/**
 * Activities (instruments): the catalogue per service organisation with provider and capacity, the
 * managed list of dropout reasons, and clients' participations with their results. Capacity is checked
 * under a row lock on the activity. Reports read participations through {@link nl.opstap.activity.ParticipationReport}.
 */
@ApplicationModule(displayName = "Activiteiten")
@NullMarked
package nl.opstap.activity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
