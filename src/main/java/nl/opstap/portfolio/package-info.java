/**
 * The job seeker's e-portfolio and portal (seed 004 §4.1.2, issue 8): education, work experience, skills, learning
 * points, applications, a reference letter and documents, which the caseworker sees and comments on; the CV made
 * from it; consent to publish an anonymous profile or to share data with a named employer; and the anonymous
 * profiles employers browse, whose contact requests go to an account manager, never to the person.
 */
@ApplicationModule(displayName = "E-portfolio en portaal")
@NullMarked
package nl.opstap.portfolio;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
