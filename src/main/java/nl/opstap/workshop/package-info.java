/**
 * Commercial workshops (commerciële werkplaatsen, seed 004) and temp-agency sessions (uitzendsessies): a partner
 * company from the employer CRM brings work into the TDC in a sector, with seats for selected clients and their
 * assessment category; temp agencies hold sessions where account managers propose clients. Both belong to a
 * municipality and every query takes the caller's scope. Candidates are clients: only users who may read clients
 * of that municipality see them, and every read and change of a candidate is logged (activity WORKSHOPS).
 */
@ApplicationModule(displayName = "Werkplaatsen en uitzendsessies")
@NullMarked
package nl.opstap.workshop;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
