/**
 * The shared kernel: error types, paging, key derivation and the web plumbing every module uses
 * (problem+json for the API, Dutch error pages for screens). Holds no business rules.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Gedeeld")
@NullMarked
package nl.opstap.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
