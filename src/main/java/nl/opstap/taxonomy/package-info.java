/**
 * Reference lists: potential labour sectors (a default list plus each organisation's own changes) and ESCO
 * occupations with Dutch labels (read from the shipped ESCO CSV). Other modules use {@link
 * nl.opstap.taxonomy.Sectors} and {@link nl.opstap.taxonomy.Occupations}.
 */
@ApplicationModule(displayName = "Referentielijsten")
@NullMarked
package nl.opstap.taxonomy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
