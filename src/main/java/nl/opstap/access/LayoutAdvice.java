package nl.opstap.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user and the navigation they may use into every screen's model. */
@ControllerAdvice
class LayoutAdvice {

    private final AccessGuard guard;
    private final List<NavigationContributor> contributors;

    LayoutAdvice(AccessGuard guard, List<NavigationContributor> contributors) {
        this.guard = guard;
        this.contributors = contributors;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return guard.signedInUser().orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        Optional<CurrentUser> user = guard.signedInUser();
        return user.map(u -> contributors.stream().flatMap(c -> c.itemsFor(u).stream())
                        .sorted(Comparator.comparingInt(NavigationItem::order)).toList())
                .orElse(List.of());
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
