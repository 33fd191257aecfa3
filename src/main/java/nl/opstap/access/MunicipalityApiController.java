package nl.opstap.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.Municipality;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1/gemeenten: the municipalities the caller holds a role in, with those roles. */
@RestController
@Tag(name = "Gemeenten")
class MunicipalityApiController {

    record MunicipalityResource(String code, String naam, String uitvoeringsorganisatie, List<String> rollen) {}

    private final AccessGuard guard;
    private final Municipalities municipalities;

    MunicipalityApiController(AccessGuard guard, Municipalities municipalities) {
        this.guard = guard;
        this.municipalities = municipalities;
    }

    @GetMapping(path = "/api/v1/gemeenten", produces = "application/json")
    @Operation(summary = "De gemeenten waarvoor u een rol heeft, met die rollen")
    List<MunicipalityResource> mine() {
        CurrentUser user = guard.requireSignedIn();
        return municipalities.of(user.municipalities()).stream()
                .map(m -> new MunicipalityResource(m.code().value(), m.name(), m.organisationName(), rolesIn(user, m)))
                .toList();
    }

    private static List<String> rolesIn(CurrentUser user, Municipality municipality) {
        return user.grants().entrySet().stream().filter(e -> e.getValue().contains(municipality.code()))
                .map(e -> e.getKey().name()).sorted().toList();
    }
}
