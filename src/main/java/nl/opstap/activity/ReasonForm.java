package nl.opstap.activity;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A dropout reason's name. */
record ReasonForm(@JsonProperty("naam") @NotBlank(message = "{dropout.name.required}")
                  @Size(max = 100, message = "{dropout.name.size}") String name) {}
