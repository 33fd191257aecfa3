/**
 * The processing log (verwerkingenlogboek, after the Logboek Dataverwerkingen standard): every read
 * and change of a client's personal data, append-only and hash-chained. Modules write through
 * {@link nl.opstap.audit.ProcessingLog}.
 */
@ApplicationModule(displayName = "Verwerkingenlogboek")
@NullMarked
package nl.opstap.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
