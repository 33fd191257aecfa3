package nl.opstap.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DocumentContentTest {

    @Test
    void realPdfPngAndJpegAreRecognisedByContent() {
        assertThat(DocumentContent.check(DocumentSamples.pdf())).isEqualTo(DocumentType.PDF);
        assertThat(DocumentContent.check(DocumentSamples.png())).isEqualTo(DocumentType.PNG);
        assertThat(DocumentContent.check(DocumentSamples.jpeg())).isEqualTo(DocumentType.JPEG);
    }

    @Test
    void htmlExeAndZipAreRefusedWhateverTheirName() {
        for (byte[] bytes : new byte[][] {DocumentSamples.html(), DocumentSamples.exe(), DocumentSamples.zip()}) {
            assertThatThrownBy(() -> DocumentContent.check(bytes)).isInstanceOf(DocumentContent.Refused.class)
                    .hasMessage(DocumentContent.REFUSED);
        }
    }

    @Test
    void aPdfHeaderWithAGarbageBodyIsRefusedAsDamaged() {
        assertThatThrownBy(() -> DocumentContent.check(DocumentSamples.pdfHeaderWithGarbage()))
                .isInstanceOf(DocumentContent.Refused.class).hasMessage(DocumentContent.DAMAGED);
    }

    @Test
    void aTruncatedImageIsRefusedAsDamaged() {
        byte[] png = DocumentSamples.png();
        byte[] truncated = Arrays.copyOf(png, 20);
        assertThatThrownBy(() -> DocumentContent.check(truncated)).isInstanceOf(DocumentContent.Refused.class)
                .hasMessage(DocumentContent.DAMAGED);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> DocumentContent.check(new byte[0])).isInstanceOf(DocumentContent.Refused.class)
                .hasMessage(DocumentContent.EMPTY);
    }
}
