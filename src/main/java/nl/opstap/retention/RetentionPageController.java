package nl.opstap.retention;

import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.NavigationContributor;
import nl.opstap.access.NavigationItem;
import nl.opstap.access.Permission;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** /beheer/bewaartermijnen: the retention periods in force, the job's schedule and last run, and the files anonymised. */
@Controller
class RetentionPageController {

    private final AccessGuard guard;
    private final RetentionSettings settings;
    private final Erasures erasures;
    private final String cron;

    RetentionPageController(AccessGuard guard, RetentionSettings settings, Erasures erasures,
                            @Value("${opstap.retention.cron:0 15 3 * * *}") String cron) {
        this.guard = guard;
        this.settings = settings;
        this.erasures = erasures;
        this.cron = cron;
    }

    @GetMapping("/beheer/bewaartermijnen")
    String page(Model model) {
        Access access = guard.require(Permission.FILE_ERASURE);
        model.addAttribute("clientFile", settings.clientFile().toString());
        model.addAttribute("processingLog", settings.processingLog().toString());
        model.addAttribute("contactPerson", settings.contactPerson().toString());
        model.addAttribute("maxFiles", settings.maxFilesPerRun());
        model.addAttribute("cron", cron);
        model.addAttribute("lastRun", erasures.lastRun().orElse(null));
        model.addAttribute("counts", erasures.countsByGround(access.scope()).entrySet().stream()
                .map(e -> new GroundCount(ErasureGround.valueOf(e.getKey()).code(), e.getValue())).toList());
        return "retention/settings";
    }

    /** Anonymised files of one ground (its code is the message key's suffix). */
    public record GroundCount(String ground, long count) {}

    @Component
    static class Navigation implements NavigationContributor {
        @Override
        public List<NavigationItem> itemsFor(CurrentUser user) {
            return user.can(Permission.FILE_ERASURE) ? List.of(new NavigationItem("nav.retention", "/beheer/bewaartermijnen", 84)) : List.of();
        }
    }
}
