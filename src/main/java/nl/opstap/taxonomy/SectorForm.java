package nl.opstap.taxonomy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Adding or renaming a sector: its name. */
record SectorForm(@NotBlank(message = "{sector.name.required}") @Size(max = 100, message = "{sector.name.size}") String name) {}
