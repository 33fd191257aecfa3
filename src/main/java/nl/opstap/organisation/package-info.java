/**
 * Service organisations (uitvoeringsorganisaties) and the municipalities (gemeenten, by CBS code)
 * they work for. Other modules use {@link nl.opstap.organisation.Municipalities}.
 */
@ApplicationModule(displayName = "Organisaties en gemeenten")
@NullMarked
package nl.opstap.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
