package nl.opstap.plan;

import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientId;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Every plan a client ever had, also the ones closed before the current plan was drawn up: each version
 * stays readable on screen and as PDF (and in the API, {@link EarlierPlanApiController}).
 */
@Controller
class EarlierPlanController {

    private final AccessGuard guard;
    private final PlanService service;
    private final PlanPages pages;
    private final PlanPdf pdf;

    EarlierPlanController(AccessGuard guard, PlanService service, PlanPages pages, PlanPdf pdf) {
        this.guard = guard;
        this.service = service;
        this.pages = pages;
        this.pdf = pdf;
    }

    @GetMapping("/werkzoekenden/{id}/plannen/{planId}/versies/{number}")
    String version(@PathVariable UUID id, @PathVariable UUID planId, @PathVariable int number, Model model) {
        Access access = guard.require(Permission.CLIENT_READ);
        PlanService.PlanOfClient read = service.readPlan(access, new ClientId(id), new PlanId(planId));
        pages.version(access, read, read.required().version(number), "/werkzoekenden/" + id + "/plannen/" + planId, model);
        return "plan/version";
    }

    @GetMapping("/werkzoekenden/{id}/plannen/{planId}/versies/{number}/pdf")
    ResponseEntity<byte[]> versionPdf(@PathVariable UUID id, @PathVariable UUID planId, @PathVariable int number) {
        Access access = guard.require(Permission.CLIENT_READ);
        PlanService.PlanOfClient read = service.readPlan(access, new ClientId(id), new PlanId(planId));
        return pdf.response(read, read.required().version(number));
    }
}
