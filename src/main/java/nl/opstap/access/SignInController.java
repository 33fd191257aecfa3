package nl.opstap.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; public, so it has no access check. Spring Security handles the POST (and DigiD and staff single sign-on, when configured). */
@Controller
class SignInController {

    private final AccessGuard guard;
    private final boolean digidEnabled;
    private final boolean ssoEnabled;

    SignInController(AccessGuard guard, @Value("${opstap.digid.enabled:false}") boolean digidEnabled,
                     @Value("${opstap.sso.enabled:false}") boolean ssoEnabled) {
        this.guard = guard;
        this.digidEnabled = digidEnabled;
        this.ssoEnabled = ssoEnabled;
    }

    @GetMapping("/inloggen")
    String signIn(Model model) {
        model.addAttribute("digidEnabled", digidEnabled);
        model.addAttribute("ssoEnabled", ssoEnabled);
        return guard.signedInUser().isPresent() ? "redirect:/" : "access/sign-in";
    }
}
