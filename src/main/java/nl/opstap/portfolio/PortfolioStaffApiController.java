package nl.opstap.portfolio;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.client.ClientId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1/werkzoekenden/{id}/portfolio: a client's portfolio for staff, and their comments on it. */
@RestController
@RequestMapping(path = "/api/v1/werkzoekenden/{id}/portfolio", produces = "application/json")
@Tag(name = "Portfolio", description = "Het e-portfolio van een werkzoekende (alleen lezen) en opmerkingen van consulent of jobcoach")
class PortfolioStaffApiController {

    private final AccessGuard guard;
    private final PortfolioFiles files;
    private final PortfolioReview review;

    PortfolioStaffApiController(AccessGuard guard, PortfolioFiles files, PortfolioReview review) {
        this.guard = guard;
        this.files = files;
        this.review = review;
    }

    @GetMapping
    @Operation(summary = "Het hele portfolio van de werkzoekende")
    PortfolioResource read(@PathVariable UUID id) {
        Access access = guard.require(Permission.CLIENT_READ);
        return PortfolioResource.of(files.view(access, files.staff(access, new ClientId(id), ProcessingAction.READ)));
    }

    @PostMapping(path = "/opmerkingen", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Een opmerking plaatsen", description = "Op het hele portfolio, of met onderdeelId op één onderdeel. "
            + "De werkzoekende ziet de opmerking met uw naam en de datum.")
    void comment(@PathVariable UUID id, @RequestBody PortfolioReview.CommentForm body) {
        Access access = guard.require(Permission.JOURNAL_WRITE);
        review.comment(access, new ClientId(id), body);
    }
}
