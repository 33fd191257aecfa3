/** The start page, per role: the caseworker's caseload, the analyst's overview, the administrator's tasks. */
@ApplicationModule(displayName = "Startpagina")
@NullMarked
package nl.opstap.home;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
