package nl.opstap.access;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; public, so it has no access check. Spring Security handles the POST. */
@Controller
class SignInController {

    private final AccessGuard guard;

    SignInController(AccessGuard guard) {
        this.guard = guard;
    }

    @GetMapping("/inloggen")
    String signIn() {
        return guard.signedInUser().isPresent() ? "redirect:/" : "access/sign-in";
    }
}
