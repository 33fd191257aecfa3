/**
 * Plan van Perspectief: goals, agreements and steps per client, with every version kept as it was fixed,
 * revised or closed, a printable version to sign, and the plan's reviews and steps on the worklist.
 */
@ApplicationModule(displayName = "Plan van Perspectief")
@NullMarked
package nl.opstap.plan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
