/**
 * Obligations and enforcement: arbeids- en participatieverplichtingen, exemptions (ontheffingen) with a
 * re-check date, signals (verwijtbaar gedrag, fraudesignaal) with measures, and work bonuses. Signals and
 * measures are read only by users holding {@code SIGNALS} in the client's municipality (see {@link nl.opstap.obligation.SignalVisibility}).
 */
@ApplicationModule(displayName = "Verplichtingen en handhaving")
@NullMarked
package nl.opstap.obligation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
