package nl.opstap.importing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Starting a migration export: which organisation (may be left out when the user serves one). */
record ExportStartForm(@JsonProperty("organisatie") @Nullable UUID organisation) {}
