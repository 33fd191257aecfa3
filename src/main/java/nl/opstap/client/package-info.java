/**
 * The client register (werkzoekenden): identity with BSN, household, benefit status over time,
 * target-group markers, education, practical matching facts and the assigned caseworker over time.
 * Every read and change is written to the processing log; every query is limited to a {@link
 * nl.opstap.access.Scope}. Other modules use {@link nl.opstap.client.ClientDirectory}.
 */
@ApplicationModule(displayName = "Werkzoekenden")
@NullMarked
package nl.opstap.client;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
