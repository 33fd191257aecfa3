/**
 * Journal: conversation notes and other entries on a client's file. Who may read an entry follows the
 * entry's type and the user's role in the client's municipality; a correction keeps every earlier text.
 */
@ApplicationModule(displayName = "Journaal")
@NullMarked
package nl.opstap.journal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
