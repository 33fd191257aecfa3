package nl.opstap.portfolio;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Anonymous profiles for employers in the API, and their contact requests (which go to an account manager). */
@RestController
@Tag(name = "Profielen")
class ProfileApiController {

    record ProfilePage(@JsonProperty("profielen") List<ProfileCard> profiles, @JsonProperty("totaal") int total) {}

    @Schema(name = "ProfileContactRequest")
    record Request(@JsonProperty("id") UUID id, @JsonProperty("profielnummer") String number, @JsonProperty("status") String status) {}

    private final AccessGuard guard;
    private final ProfileBrowser browser;
    private final ContactRequestService requests;

    ProfileApiController(AccessGuard guard, ProfileBrowser browser, ContactRequestService requests) {
        this.guard = guard;
        this.browser = browser;
        this.requests = requests;
    }

    @GetMapping(path = "/api/v1/profielen", produces = "application/json")
    ProfilePage list(@RequestParam(name = "opleiding", required = false) @Nullable String education,
                     @RequestParam(name = "vaardigheid", required = false) @Nullable String skill,
                     @RequestParam(name = "sector", required = false) @Nullable String sector,
                     @RequestParam(name = "urenMin", required = false) @Nullable Integer hoursMin,
                     @RequestParam(name = "postcode", required = false) @Nullable String postcode,
                     @RequestParam(name = "reisafstandKm", required = false) @Nullable Integer travelKm,
                     @RequestParam(name = "beschikbaarPer", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate availableBy) {
        Access access = guard.require(Permission.PUBLISHED_PROFILES);
        ProfileBrowser.Found found = browser.search(access, new ProfileFilter(education, skill, sector, hoursMin, postcode, travelKm, availableBy));
        return new ProfilePage(found.profiles(), found.total());
    }

    @GetMapping(path = "/api/v1/profielen/{number}", produces = "application/json")
    ProfileCard show(@PathVariable String number) {
        Access access = guard.require(Permission.PUBLISHED_PROFILES);
        return browser.profile(access, number);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/v1/profielen/{number}/contactverzoeken", produces = "application/json")
    ResponseEntity<Request> ask(@PathVariable String number, @Valid @RequestBody ContactForm form) {
        Access access = guard.require(Permission.PUBLISHED_PROFILES);
        ContactRequestService.ownEmployer(access);
        ContactRequest r = requests.ask(access, number, form.vacancy(), form.message());
        return ResponseEntity.status(org.springframework.http.HttpStatus.CREATED).body(new Request(r.id(), r.profileNumber(), r.status().code()));
    }
}
