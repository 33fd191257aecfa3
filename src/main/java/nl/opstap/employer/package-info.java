/**
 * Employers (werkgeversdienstverlening): employers with their contacts, one CRM of contact moments for
 * account managers W&I and EZ, agreements (convenanten) with partners and the account manager's worklist.
 * An employer belongs to the municipality of its establishment; every query takes the caller's scope.
 */
@ApplicationModule(displayName = "Werkgevers")
@NullMarked
package nl.opstap.employer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
