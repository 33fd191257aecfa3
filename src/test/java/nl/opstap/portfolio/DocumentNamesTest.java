package nl.opstap.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentNamesTest {

    @Test
    void keepsAPlainNameAndGivesItTheExtensionOfTheRealType() {
        assertThat(DocumentNames.display("Mijn cv 2026.pdf", DocumentType.PDF)).isEqualTo("Mijn cv 2026.pdf");
        assertThat(DocumentNames.display("foto.pdf", DocumentType.PNG)).isEqualTo("foto.png");
        assertThat(DocumentNames.display("diploma", DocumentType.JPEG)).isEqualTo("diploma.jpg");
    }

    @Test
    void dropsPathsControlCharactersAndMarkup() {
        assertThat(DocumentNames.display("C:\\Users\\x\\..\\geheim.pdf", DocumentType.PDF)).isEqualTo("geheim.pdf");
        assertThat(DocumentNames.display("../../etc/passwd", DocumentType.PDF)).isEqualTo("passwd.pdf");
        assertThat(DocumentNames.display("<script>alert(1)</script>.pdf", DocumentType.PDF)).doesNotContain("<", ">");
        assertThat(DocumentNames.display("a\r\nContent-Type: text/html\u0000.pdf", DocumentType.PDF)).doesNotContain("\r", "\n", "\u0000");
        assertThat(DocumentNames.display("cv\u202Efdp.exe", DocumentType.PDF)).doesNotContain("\u202E").endsWith(".pdf");
    }

    @Test
    void anEmptyOrDotOnlyNameBecomesDocument() {
        assertThat(DocumentNames.display(null, DocumentType.PDF)).isEqualTo("document.pdf");
        assertThat(DocumentNames.display("...", DocumentType.PDF)).isEqualTo("document.pdf");
        assertThat(DocumentNames.display(".pdf", DocumentType.PDF)).isEqualTo("document.pdf");
    }

    @Test
    void aLongNameIsShortened() {
        assertThat(DocumentNames.display("x".repeat(500) + ".pdf", DocumentType.PDF)).hasSize(DocumentNames.MAX).endsWith(".pdf");
    }
}
