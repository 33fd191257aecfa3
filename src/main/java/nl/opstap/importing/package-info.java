/**
 * Bringing a municipality's data in and out (issue 9): bulk import of clients, employers and vacancies from CSV
 * and Excel with a saved column mapping, a preview and a validation report, run as a background job whose
 * progress is stored; the anonymous candidate export for UWV's Kandidatenverkenner (doelgroepregister) and the
 * full JSON-lines export of an organisation's data for migration. It writes and reads only through the other
 * modules' public APIs.
 */
@ApplicationModule(displayName = "Import en export")
@NullMarked
package nl.opstap.importing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
