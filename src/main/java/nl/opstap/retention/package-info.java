/**
 * Retention (bewaartermijnen, ADR 0021): the retention period of each kind of record, the nightly job that anonymises
 * files whose period ran out, erasure on the person's request (AVG art. 17) and the processing log's own period. Each
 * module anonymises its own data through {@link nl.opstap.client.PersonalDataEraser}.
 */
@ApplicationModule(displayName = "Bewaartermijnen")
@NullMarked
package nl.opstap.retention;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
