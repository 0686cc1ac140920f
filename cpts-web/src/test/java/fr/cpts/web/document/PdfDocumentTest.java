package fr.cpts.web.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PdfDocumentTest {

    @Test
    void theFingerprintIsTheLowerCaseHexadecimalSha256OfTheBytes() {
        PdfDocument document = PdfDocument.of("abc".getBytes(StandardCharsets.US_ASCII), "abc.pdf");
        assertThat(document.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(document.size()).isEqualTo(3);
        assertThat(document.filename()).isEqualTo("abc.pdf");
    }

    @Test
    void theBytesCannotBeChangedAfterTheFingerprintWasTaken() {
        byte[] bytes = {1, 2, 3};
        PdfDocument document = PdfDocument.of(bytes, "a.pdf");
        bytes[0] = 9;
        document.bytes()[1] = 9;
        assertThat(document.bytes()).containsExactly(1, 2, 3);
        assertThat(document.sha256()).isEqualTo(PdfDocument.sha256Of(new byte[] {1, 2, 3}));
    }

    @Test
    void aFingerprintOrSizeThatDoesNotMatchTheBytesIsRefused() {
        byte[] bytes = {1, 2, 3};
        assertThatThrownBy(() -> new PdfDocument(bytes, PdfDocument.sha256Of(new byte[] {1}), "a.pdf", 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PdfDocument(bytes, PdfDocument.sha256Of(bytes), "a.pdf", 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PdfDocument.of(bytes, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
