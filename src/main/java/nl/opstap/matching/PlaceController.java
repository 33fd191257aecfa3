package nl.opstap.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientId;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.workshop.MatchPlace;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Matching candidates for a commercial workshop or a temp-agency session, on screen (the API: {@link PlaceApiController}). */
@Controller
class PlaceController {

    private final AccessGuard guard;
    private final PlaceCandidates places;
    private final SearchKeeping searches;

    PlaceController(AccessGuard guard, PlaceCandidates places, SearchKeeping searches) {
        this.guard = guard;
        this.places = places;
        this.searches = searches;
    }

    @GetMapping("/{kind:werkplaatsen|uitzendsessies}/{placeId}/passende-kandidaten")
    String candidates(@PathVariable String kind, @PathVariable UUID placeId, MatchFilterParams params, Model model) {
        Access access = guard.require(Permission.MATCHING);
        MatchPlace place = places.place(access, placeId, "werkplaatsen".equals(kind));
        List<RuleViolation.Violation> problems = new ArrayList<>();
        List<MatchResult> results = List.of();
        MatchFilters filters = MatchFilters.none();
        try {
            filters = params.filters().withDefaultLimit(MatchingController.SCREEN_LIMIT);
            results = places.candidatesFor(access, place, filters);
        } catch (RuleViolation violation) {
            problems.addAll(violation.violations());
        }
        model.addAttribute("place", place);
        model.addAttribute("kind", kind);
        model.addAttribute("results", results);
        model.addAttribute("savedSearches", searches.visible(access, SavedSearches.CANDIDATES));
        model.addAttribute("canPropose", access.user().scopeFor(Permission.EMPLOYER_WRITE).contains(place.municipality()));
        MatchingController.filterModel(model, params, filters, problems);
        return "matching/place";
    }

    @PostMapping("/{kind:werkplaatsen|uitzendsessies}/{placeId}/passende-kandidaten/voordragen")
    String propose(@PathVariable String kind, @PathVariable UUID placeId,
                   @RequestParam(name = "werkzoekendeId", required = false) String client, RedirectAttributes redirect) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        MatchPlace place = places.place(guard.require(Permission.MATCHING), placeId, "werkplaatsen".equals(kind));
        try {
            places.propose(access, place, new ClientId(MatchingController.uuid(client)));
            redirect.addFlashAttribute("notice", "matching.place.proposed");
            return "redirect:/" + kind + "/" + placeId;
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("refusal", violation.violations().getFirst().message());
            return "redirect:/" + kind + "/" + placeId + "/passende-kandidaten";
        }
    }
}
