package nl.opstap.taxonomy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Adding a competence to the organisation's list. */
record CompetenceForm(@NotNull(message = "{competence.kind.required}") @Nullable CompetenceKind kind,
                      @NotBlank(message = "{competence.name.required}") @Size(max = 100, message = "{competence.name.size}") String name,
                      @Size(max = 500, message = "{competence.description.size}") @Nullable String description) {}
