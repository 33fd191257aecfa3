package nl.opstap.importing;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The validation report as CSV for Excel: UTF-8 with BOM, semicolons, Dutch headings, no values from the file. */
final class ImportReportCsv {

    private ImportReportCsv() {}

    static byte[] of(List<RowProblem> problems) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
            csv.printRecord("Rij", "Kolom", "Veld", "Probleem");
            for (RowProblem p : problems) {
                csv.printRecord(p.row(), safe(p.column()), safe(p.field()), safe(p.message()));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A heading from the file could start like a formula; Excel must show it as text. */
    static String safe(@org.jspecify.annotations.Nullable String text) {
        if (text == null) {
            return "";
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
