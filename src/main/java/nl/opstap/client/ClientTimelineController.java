package nl.opstap.client;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.shared.web.MessageCodes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The timeline of a client's file: every dated fact and journal entry the user may read, newest first. */
@Controller
class ClientTimelineController {

    private final AccessGuard guard;
    private final ClientService service;
    private final ClientFile file;
    private final ClientDirectory directory;

    private final MessageSource messages;

    ClientTimelineController(AccessGuard guard, ClientService service, ClientFile file, ClientDirectory directory,
                             MessageSource messages) {
        this.messages = messages;
        this.guard = guard;
        this.service = service;
        this.file = file;
        this.directory = directory;
    }

    @GetMapping("/werkzoekenden/{id}/tijdlijn")
    String timeline(@PathVariable UUID id, @RequestParam(name = "soort", required = false) String category, Model model) {
        Access access = guard.require(Permission.CLIENT_READ);
        ClientRef ref = directory.ref(service.read(access, new ClientId(id)));
        List<TimelineEntry> all = file.timeline(access, ref);
        Map<String, String> codes = new TreeMap<>(); // key -> Dutch code, for the filter's values
        all.forEach(e -> codes.computeIfAbsent(e.categoryKey(), key -> MessageCodes.code(messages, key)));
        model.addAttribute("file", file.header(access, ref, ClientFile.TIMELINE.path()));
        model.addAttribute("categories", codes);
        model.addAttribute("category", category);
        model.addAttribute("entries", category == null || category.isBlank() ? all
                : all.stream().filter(e -> codes.get(e.categoryKey()).equals(category)).toList());
        return "client/timeline";
    }
}
