/**
 * Demo data for the demo profile only: the organisations of the two seed documents, an account for
 * every role, and synthetic clients (Datafaker "nl", elfproef BSNs, real postcodes), generated
 * deterministically through the other modules' public APIs.
 */
@ApplicationModule(displayName = "Demogegevens")
@NullMarked
package nl.opstap.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
