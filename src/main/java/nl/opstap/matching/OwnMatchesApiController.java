package nl.opstap.matching;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The vacancies proposed to the job seeker, with why in plain words, in the API. */
@RestController
@Tag(name = "Mijn vacatures")
class OwnMatchesApiController {

    private final AccessGuard guard;
    private final OwnMatches matches;

    OwnMatchesApiController(AccessGuard guard, OwnMatches matches) {
        this.guard = guard;
        this.matches = matches;
    }

    @GetMapping(path = "/api/v1/mijn/vacatures", produces = "application/json")
    List<OwnMatches.OwnMatch> get() {
        Access access = guard.require(Permission.OWN_FILE);
        return matches.own(access);
    }
}
