package nl.opstap.importing;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV export as the benefit administration or a spreadsheet wrote it: UTF-8 (with or without BOM) or
 * Windows-1252, detected unless the user chose; separator ; , tab or |, detected from the header unless chosen;
 * quoted fields with line breaks; empty rows passed over and counted.
 */
final class CsvSource {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Map<String, Character> SEPARATORS = Map.of(";", ';', ",", ',', "tab", '\t', "|", '|');

    private CsvSource() {}

    static SourceTable read(byte[] content, @Nullable String encodingChoice, @Nullable String separatorChoice) {
        Charset charset = charset(content, encodingChoice);
        String text = new String(content, charset);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new ImportRefused("bestand", "Dit is geen CSV- of Excel-bestand (.csv of .xlsx). Kies een ander bestand.");
        }
        String separator = separatorChoice == null || separatorChoice.isBlank() ? detect(text) : separatorChoice;
        Character delimiter = SEPARATORS.get(separator);
        if (delimiter == null) {
            throw new ImportRefused("scheidingsteken", "Kies als scheidingsteken ; , tab of |.");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false).get();
        List<String> headers = null;
        List<SourceTable.SourceRow> rows = new ArrayList<>();
        int empty = 0;
        try (var parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                String[] cells = record.values();
                if (Arrays.stream(cells).allMatch(String::isBlank)) {
                    empty += headers == null ? 0 : 1;
                    continue;
                }
                if (headers == null) {
                    headers = Arrays.stream(cells).map(String::strip).toList();
                } else {
                    rows.add(new SourceTable.SourceRow((int) record.getRecordNumber(), cells, new boolean[cells.length]));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ImportRefused("bestand", "Het bestand is geen leesbare CSV: controleer de aanhalingstekens en het scheidingsteken.");
        }
        if (headers == null) {
            throw new ImportRefused("bestand", "Het bestand is leeg: de eerste regel moet de kolomnamen bevatten.");
        }
        return new SourceTable(SourceTable.SourceFormat.CSV, charset == StandardCharsets.UTF_8 ? "UTF-8" : "Windows-1252",
                separator, headers, rows, empty);
    }

    /** UTF-8 when the bytes are valid UTF-8 (any ASCII file is), otherwise Windows-1252, unless the user chose. */
    static Charset charset(byte[] content, @Nullable String choice) {
        if ("UTF-8".equalsIgnoreCase(choice)) {
            return StandardCharsets.UTF_8;
        }
        if ("Windows-1252".equalsIgnoreCase(choice)) {
            return WINDOWS_1252;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return WINDOWS_1252;
        }
    }

    /** The separator that occurs most often in the first line outside quotes; ; when there is none. */
    static String detect(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        int[] counts = new int[4];
        char[] candidates = {';', ',', '\t', '|'};
        boolean quoted = false;
        for (char c : first.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            for (int i = 0; i < candidates.length && !quoted; i++) {
                counts[i] += c == candidates[i] ? 1 : 0;
            }
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            best = counts[i] > counts[best] ? i : best;
        }
        return new String[] {";", ",", "tab", "|"}[best];
    }
}
