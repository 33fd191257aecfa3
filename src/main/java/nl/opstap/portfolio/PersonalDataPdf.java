package nl.opstap.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.opstap.shared.web.Formats;
import nl.opstap.shared.web.HtmlPdf;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The AVG download as a PDF: every part as a heading and its records as label/value tables, values in Dutch. */
@Component
class PersonalDataPdf {

    record Field(String label, String value) {}

    record Section(String title, List<List<Field>> records) {}

    private static final Locale DUTCH = Locale.of("nl");
    private final ITemplateEngine templates;
    private final Formats formats;

    PersonalDataPdf(ITemplateEngine templates, Formats formats) {
        this.templates = templates;
        this.formats = formats;
    }

    byte[] render(PersonalDataExport.Download download) {
        List<Section> sections = download.parts().stream().map(p -> new Section(p.title(),
                p.records().stream().map(this::fields).toList())).toList();
        String html = templates.process("portfolio/privacy-data-pdf", new Context(DUTCH, Map.of("name", download.name(),
                "createdAt", formats.dateTime(download.createdAt()), "sections", sections)));
        return HtmlPdf.render(html);
    }

    private List<Field> fields(Map<String, @Nullable Object> record) {
        return record.entrySet().stream().map(e -> new Field(e.getKey(), text(e.getValue()))).toList();
    }

    String text(@Nullable Object value) {
        return switch (value) {
            case null -> "–";
            case Boolean b -> b ? "ja" : "nee";
            case LocalDate d -> formats.date(d);
            case Instant i -> formats.dateTime(i);
            case BigDecimal n -> n.toPlainString().replace('.', ',');
            case Double n -> String.valueOf(n).replace('.', ',');
            case Iterable<?> list -> String.join(", ", java.util.stream.StreamSupport.stream(list.spliterator(), false)
                    .map(this::text).toList());
            default -> value.toString();
        };
    }
}
