package nl.opstap.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A report's tables as a file: CSV (semicolon-separated, UTF-8 with BOM, as Dutch Excel opens it), Excel (a sheet per
 * table, numbers as numbers) or PDF (the printable page). Every format holds the same figures as the screen.
 */
@Component
class ReportExports {

    enum Format {
        CSV("csv", "text/csv;charset=UTF-8"), XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        PDF("pdf", "application/pdf");

        final String extension;
        final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        static java.util.Optional<Format> of(String code) {
            for (Format f : values()) {
                if (f.extension.equalsIgnoreCase(code.strip())) {
                    return java.util.Optional.of(f);
                }
            }
            return java.util.Optional.empty();
        }
    }

    private final ITemplateEngine templates;

    ReportExports(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] export(Format format, String title, String subtitle, List<ReportTable> tables) {
        return switch (format) {
            case CSV -> csv(title, subtitle, tables);
            case XLSX -> xlsx(tables);
            case PDF -> pdf(title, subtitle, tables);
        };
    }

    /** Header and values of one table as plain rows: the label, then per column the figure (and its share, if any). */
    static List<List<Object>> rowsOf(ReportTable table) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of(table.title()));
        for (ReportTable.Column column : table.columns()) {
            header.add(column.label());
            if (table.shares()) {
                header.add(column.label() + " (%)");
            }
        }
        rows.add(header);
        for (ReportTable.Row row : table.rows()) {
            List<Object> values = new ArrayList<>(List.of(row.label()));
            for (ReportTable.Cell cell : row.cells()) {
                values.add(cell.value() == null ? "" : cell.decimals() == 0 ? (Object) Math.round(cell.value()) : cell.value());
                if (table.shares()) {
                    values.add(cell.share() == null ? "" : Math.round(cell.share() * 100));
                }
            }
            rows.add(values);
        }
        return rows;
    }

    private static byte[] csv(String title, String subtitle, List<ReportTable> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            printer.printRecord(title);
            printer.printRecord(subtitle);
            for (ReportTable table : tables) {
                printer.println();
                for (List<Object> row : rowsOf(table)) {
                    printer.printRecord(row.stream().map(ReportExports::csvValue).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Decimal comma, as Dutch spreadsheets read it; a text starting with = + - @ is quoted so it cannot run as a formula. */
    private static String csvValue(Object value) {
        if (value instanceof Double d) {
            return String.format(Locale.GERMANY, "%.4f", d);
        }
        String text = String.valueOf(value);
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number) ? "'" + text : text;
    }

    private static byte[] xlsx(List<ReportTable> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Opstap", "1.0")) {
            List<String> names = new ArrayList<>();
            for (ReportTable table : tables) {
                Worksheet sheet = workbook.newWorksheet(sheetName(table.title(), names));
                List<List<Object>> rows = rowsOf(table);
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        Object value = rows.get(r).get(c);
                        if (value instanceof Number n) {
                            sheet.value(r, c, n);
                        } else {
                            sheet.inlineString(r, c, String.valueOf(value));
                        }
                    }
                }
                sheet.style(0, 0).bold().set();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Excel sheet names: at most 31 characters, none of []:*?/\ and unique in the workbook. */
    private static String sheetName(String title, List<String> taken) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        name = name.isEmpty() ? "Tabel" : name;
        name = name.length() > 28 ? name.substring(0, 28) : name;
        String unique = name;
        for (int i = 2; taken.contains(unique.toLowerCase(Locale.ROOT)); i++) {
            unique = name + " " + i;
        }
        taken.add(unique.toLowerCase(Locale.ROOT));
        return unique;
    }

    private byte[] pdf(String title, String subtitle, List<ReportTable> tables) {
        String html = templates.process("reporting/pdf", new Context(Locale.forLanguageTag("nl-NL"),
                Map.of("title", title, "subtitle", subtitle, "tables", tables)));
        return nl.opstap.shared.web.HtmlPdf.render(html);
    }
}
