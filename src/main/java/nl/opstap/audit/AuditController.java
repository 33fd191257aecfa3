package nl.opstap.audit;

import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** Lets an administrator or analyst check that the processing log is intact. */
@Controller
class AuditController {

    private final AccessGuard guard;
    private final ChainVerifier verifier;

    AuditController(AccessGuard guard, ChainVerifier verifier) {
        this.guard = guard;
        this.verifier = verifier;
    }

    @GetMapping("/beheer/verwerkingslog")
    String page() {
        guard.require(Permission.PROCESSING_LOG_READ);
        return "audit/log";
    }

    @PostMapping("/beheer/verwerkingslog/controle")
    String verify(Model model) {
        guard.require(Permission.PROCESSING_LOG_READ);
        model.addAttribute("result", verifier.verify());
        return "audit/log";
    }
}
