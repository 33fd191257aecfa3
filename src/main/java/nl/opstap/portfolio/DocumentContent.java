package nl.opstap.portfolio;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Rule: a document is accepted by what it is, never by its name or declared type. The first bytes must be those of a
 * PDF, PNG or JPEG, and then the whole file must really be one: a PDF must open in PDFBox with at least one page, an
 * image must decode (within a pixel limit, so a tiny file cannot unpack into gigabytes).
 */
final class DocumentContent {

    static final String REFUSED = "Dit bestand kunnen we niet opslaan. Stuur een PDF, PNG of JPG (foto).";
    static final String DAMAGED = "Dit bestand is beschadigd of geen echte PDF, PNG of JPG. Er is niets opgeslagen.";
    static final String EMPTY = "Het bestand is leeg. Kies een ander bestand.";
    private static final long MAX_PIXELS = 40_000_000L;
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    /** Why a file was refused, in Dutch for the user. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private DocumentContent() {}

    /** The type the content really is, or {@link Refused}. */
    static DocumentType check(byte[] bytes) {
        if (bytes.length == 0) {
            throw new Refused(EMPTY);
        }
        DocumentType type = sniff(bytes);
        boolean sound = type == DocumentType.PDF ? pdfOpens(bytes) : imageDecodes(bytes);
        if (!sound) {
            throw new Refused(DAMAGED);
        }
        return type;
    }

    /** The type by the first bytes only. */
    static DocumentType sniff(byte[] bytes) {
        if (startsWith(bytes, PDF_MAGIC)) {
            return DocumentType.PDF;
        }
        if (startsWith(bytes, PNG_MAGIC)) {
            return DocumentType.PNG;
        }
        if (startsWith(bytes, JPEG_MAGIC)) {
            return DocumentType.JPEG;
        }
        throw new Refused(REFUSED);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean pdfOpens(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return pdf.getNumberOfPages() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean imageDecodes(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return false;
                }
                BufferedImage image = reader.read(0);
                return image != null && image.getWidth() > 0;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
