/**
 * Who may do what: local accounts, roles per municipality, sign-in, lock-out, API tokens.
 * Other modules call {@link nl.opstap.access.AccessGuard#require} first in every controller method and
 * pass the returned {@link nl.opstap.access.Access} (with its {@link nl.opstap.access.Scope}) to every
 * query that can return personal data.
 */
@ApplicationModule(displayName = "Toegang")
@NullMarked
package nl.opstap.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
