package nl.opstap.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The second sign-in step (the code from the authenticator app) and enrolling the app. Reachable while the session
 * still lacks the second factor; every other page is not (SecurityConfiguration).
 */
@Controller
class SecondFactorController {

    static final String CODE_PATH = "/inloggen/code";
    static final String ENROL_PATH = "/inloggen/tweede-factor";
    static final String NEW_RECOVERY_CODES_PATH = "/mijn-account/herstelcodes";

    private final AccessGuard guard;
    private final SecondFactorService secondFactors;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final RequestCache savedRequests = new HttpSessionRequestCache();

    SecondFactorController(AccessGuard guard, SecondFactorService secondFactors) {
        this.guard = guard;
        this.secondFactors = secondFactors;
    }

    @GetMapping(CODE_PATH)
    String codeForm() {
        CurrentUser user = guard.requireSignedIn();
        if (!SignInFactors.pending(authentication())) {
            return "redirect:/";
        }
        return secondFactors.isEnrolled(user.id()) ? "access/second-factor-code" : "redirect:" + ENROL_PATH;
    }

    @PostMapping(CODE_PATH)
    String checkCode(@RequestParam(name = "code", defaultValue = "") String code, Model model,
                     HttpServletRequest request, HttpServletResponse response) {
        CurrentUser user = guard.requireSignedIn();
        if (!SignInFactors.pending(authentication())) {
            return "redirect:/";
        }
        return switch (secondFactors.verify(user.id(), code)) {
            case ACCEPTED -> "redirect:" + completeSignIn(request, response);
            case LOCKED -> {
                new SecurityContextLogoutHandler().logout(request, response, authentication());
                yield "redirect:/inloggen?geblokkeerd";
            }
            case WRONG -> {
                model.addAttribute("codeError", "secondFactor.code.wrong");
                yield "access/second-factor-code";
            }
        };
    }

    @GetMapping(ENROL_PATH)
    String enrolForm(Model model) {
        CurrentUser user = guard.requireSignedIn();
        if (!SecondFactorService.offeredTo(user)) {
            return "redirect:/";
        }
        if (secondFactors.isEnrolled(user.id())) {
            return SignInFactors.pending(authentication()) ? "redirect:" + CODE_PATH : "redirect:/mijn-account";
        }
        return enrolPage(user, model);
    }

    @PostMapping(ENROL_PATH)
    String confirm(@RequestParam(name = "code", defaultValue = "") String code, Model model,
                   HttpServletRequest request, HttpServletResponse response) {
        CurrentUser user = guard.requireSignedIn();
        if (!SecondFactorService.offeredTo(user) || secondFactors.isEnrolled(user.id())) {
            return "redirect:/";
        }
        if (!secondFactors.confirm(user.id(), code)) {
            model.addAttribute("codeError", "secondFactor.code.wrong");
            return enrolPage(user, model);
        }
        boolean wasPending = SignInFactors.pending(authentication());
        String next = completeSignIn(request, response);
        model.addAttribute("enrolled", true);
        return recoveryCodesPage(user, wasPending ? next : "/mijn-account", model);
    }

    /** A new set of recovery codes (the old ones stop working), shown once. */
    @PostMapping(NEW_RECOVERY_CODES_PATH)
    String newRecoveryCodes(Model model) {
        CurrentUser user = guard.requireSignedIn();
        if (!secondFactors.isEnrolled(user.id())) {
            return "redirect:/mijn-account";
        }
        return recoveryCodesPage(user, "/mijn-account", model);
    }

    /** Rendered as the answer to the POST, not after a redirect: the codes are never stored in the session. */
    private String recoveryCodesPage(CurrentUser user, String next, Model model) {
        model.addAttribute("codes", secondFactors.newRecoveryCodes(user.id()));
        model.addAttribute("next", next);
        return "access/recovery-codes";
    }

    private String enrolPage(CurrentUser user, Model model) {
        model.addAttribute("enrolment", secondFactors.enrolment(user));
        model.addAttribute("required", user.hasRole(Role.ADMIN));
        return "access/second-factor-enrol";
    }

    /** Adds the factor to the session (with a new session id) and answers where the user was going. */
    private String completeSignIn(HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SignInFactors.withTotp(authentication()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        contexts.saveContext(context, request, response);
        SavedRequest saved = savedRequests.getRequest(request, response);
        savedRequests.removeRequest(request, response);
        // The saved request's own marker (?continue) is not needed: the request is taken out of the session here.
        return saved == null ? "/" : UriComponentsBuilder.fromUriString(saved.getRedirectUrl()).replaceQueryParam("continue")
                .build().toUriString();
    }

    private static Authentication authentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }
}
