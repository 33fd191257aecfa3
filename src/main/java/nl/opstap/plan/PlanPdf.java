package nl.opstap.plan;

import java.util.Locale;
import java.util.Map;
import nl.opstap.client.ClientRef;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.Municipality;
import nl.opstap.shared.web.Formats;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The printable plan the client signs: rendered from the Thymeleaf template plan/pdf (XHTML) with
 * openhtmltopdf. It names the client and date of birth, never the BSN.
 */
@Component
class PlanPdf {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final ITemplateEngine templates;
    private final Municipalities municipalities;
    private final Formats formats;

    PlanPdf(ITemplateEngine templates, Municipalities municipalities, Formats formats) {
        this.templates = templates;
        this.municipalities = municipalities;
        this.formats = formats;
    }

    /** The version as an inline PDF answer. */
    ResponseEntity<byte[]> response(PlanService.PlanOfClient read, PlanVersion version) {
        byte[] bytes = render(read.client(), version, read.required().current().number());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName(version)).build().toString())
                .body(bytes);
    }

    byte[] render(ClientRef client, PlanVersion version, int latestVersion) {
        Municipality municipality = municipalities.find(client.municipality()).orElseThrow();
        String html = templates.process("plan/pdf", new Context(DUTCH, Map.of("client", client, "version", version,
                "municipality", municipality, "fmt", formats, "latest", version.number() == latestVersion)));
        return nl.opstap.shared.web.HtmlPdf.render(html);
    }

    static String fileName(PlanVersion version) {
        return "plan-van-perspectief-versie-" + version.number() + ".pdf";
    }
}
