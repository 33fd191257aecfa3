/** Several instances on one database: telling the other instances of changes they hold in memory (ADR 0025). */
@NullMarked
package nl.opstap.shared.cluster;

import org.jspecify.annotations.NullMarked;
