package nl.opstap.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes the candidate rows as CSV (UTF-8 with BOM, semicolons, as Dutch Excel opens it) or as an Excel sheet (numbers
 * as numbers). Every text cell is neutralised against formula injection in both formats.
 */
final class KandidatenFiles {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private KandidatenFiles() {}

    static byte[] write(KandidatenFormat format, List<List<@Nullable Object>> rows) {
        return format == KandidatenFormat.CSV ? csv(rows) : xlsx(rows);
    }

    static byte[] csv(List<List<@Nullable Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
            printer.printRecord(KandidatenRules.HEADER);
            for (List<@Nullable Object> row : rows) {
                printer.printRecord(row.stream().map(KandidatenFiles::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(List<List<@Nullable Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Opstap", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Kandidaten");
            for (int c = 0; c < KandidatenRules.HEADER.size(); c++) {
                sheet.inlineString(0, c, KandidatenRules.HEADER.get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<@Nullable Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof Number n) {
                        sheet.value(r + 1, c, n);
                    } else if (value != null) {
                        sheet.inlineString(r + 1, c, text(value));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String text(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Number ? value.toString() : KandidatenRules.neutralise(value.toString());
    }
}
