package nl.opstap.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of an .xlsx file as a stream. Dates become dd-mm-jjjj text, whole numbers lose their
 * ".0", and a cell with a formula is marked: Opstap does not calculate, so a formula's value is never imported.
 */
final class ExcelSource {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private ExcelSource() {}

    static SourceTable read(byte[] content) {
        List<String> headers = null;
        List<SourceTable.SourceRow> rows = new ArrayList<>();
        int empty = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false));
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            for (Row row : (Iterable<Row>) sheet::iterator) {
                int width = row.getCellCount();
                String[] cells = new String[width];
                boolean[] formulas = new boolean[width];
                boolean blank = true;
                for (int i = 0; i < width; i++) {
                    Cell cell = row.getCell(i);
                    formulas[i] = cell != null && (cell.getType() == CellType.FORMULA || cell.getFormula() != null);
                    cells[i] = formulas[i] ? "" : text(cell);
                    blank &= cells[i].isBlank() && !formulas[i];
                }
                if (blank) {
                    empty += headers == null ? 0 : 1;
                } else if (headers == null) {
                    headers = java.util.Arrays.stream(cells).map(String::strip).toList();
                } else {
                    rows.add(new SourceTable.SourceRow(row.getRowNum(), cells, formulas));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new ImportRefused("bestand", "Het Excel-bestand kan niet worden gelezen. Sla het op als .xlsx (Excel-werkmap) of als CSV.");
        }
        if (headers == null) {
            throw new ImportRefused("bestand", "Het werkblad is leeg: de eerste regel moet de kolomnamen bevatten.");
        }
        return new SourceTable(SourceTable.SourceFormat.XLSX, "", "", headers, rows, empty);
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            if (isDate(cell)) {
                return DUTCH_DATE.format(cell.asDate());
            }
            BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().scale() <= 0 ? number.toBigInteger().toString() : number.toPlainString();
        }
        if (cell.getType() == CellType.BOOLEAN) {
            return Boolean.TRUE.equals(cell.asBoolean()) ? "ja" : "nee";
        }
        if (cell.getType() == CellType.ERROR) {
            return "";
        }
        return cell.getText();
    }

    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        String format = cell.getDataFormatString();
        if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) {
            return true;
        }
        return format != null && format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").matches("(?i).*[dy].*");
    }
}
