package nl.opstap.portfolio;

import java.util.Locale;
import java.util.Map;
import nl.opstap.shared.web.Formats;
import nl.opstap.shared.web.HtmlPdf;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The CV made from the portfolio: the Thymeleaf XHTML template portfolio/cv-pdf rendered by {@link HtmlPdf}. It shows the
 * name and the contact details the job seeker chose, never the BSN or the date of birth (an employer needs neither and
 * age is no ground to select on). Text is escaped by the template, so typed markup prints as text.
 */
@Component
class CvPdf {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final ITemplateEngine templates;
    private final Formats formats;

    CvPdf(ITemplateEngine templates, Formats formats) {
        this.templates = templates;
        this.formats = formats;
    }

    ResponseEntity<byte[]> response(PortfolioView view) {
        byte[] pdf = render(view);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("cv.pdf").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(pdf);
    }

    byte[] render(PortfolioView view) {
        String html = templates.process("portfolio/cv-pdf", new Context(DUTCH, Map.of("view", view, "fmt", formats,
                "sections", PortfolioSection.values())));
        return HtmlPdf.render(html);
    }
}
