package nl.opstap.importing;

import org.jspecify.annotations.Nullable;

/** Recognises a file by its content, not its name: .xlsx (a zip), the old binary .xls (refused), or CSV text. */
final class ImportSources {

    private ImportSources() {}

    static SourceTable read(byte[] content, @Nullable String encoding, @Nullable String separator) {
        if (content.length == 0) {
            throw new ImportRefused("bestand", "Het bestand is leeg.");
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return ExcelSource.read(content);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new ImportRefused("bestand", "Dit is een oud Excel-bestand (.xls). Sla het in Excel op als .xlsx (Excel-werkmap) of als CSV.");
        }
        return CsvSource.read(content, blankToNull(encoding), blankToNull(separator));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
