package vn.dangbo.baocao.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Hashes;

class PdfDocumentsTest {

    private final byte[] docx = new DocxRenderer(FormatProfiles.party()).render(SampleDocuments.xuanHung());

    @Test
    void serverWithoutLibreOfficeAnswersUnavailableWithAVietnameseMessage() {
        PdfDocuments pdfs = new PdfDocuments(
                new PdfConverter("/khong-co/soffice", Duration.ofSeconds(5)), false, new SimpleMeterRegistry());
        assertThatThrownBy(() -> pdfs.pdf(Hashes.sha256(docx), docx)).isInstanceOfSatisfying(AppException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(e.getMessage()).contains("chưa cài LibreOffice", "libreoffice-writer-nogui");
        });
    }

    @Test
    void failedConversionAnswersUnavailableWithTheReason() {
        PdfDocuments pdfs = new PdfDocuments(
                new PdfConverter("/khong-co/soffice", Duration.ofSeconds(5)), true, new SimpleMeterRegistry());
        assertThatThrownBy(() -> pdfs.pdf(Hashes.sha256(docx), docx)).isInstanceOfSatisfying(AppException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(e.getMessage()).startsWith("Chưa tạo được bản PDF.").contains("LibreOffice");
        });
    }

    @Test
    void secondRequestForTheSameDocumentGivesTheSameBytesFromTheCache() {
        assumeTrue(PdfConverter.available(), "LibreOffice is not installed");
        PdfDocuments pdfs = new PdfDocuments(new PdfConverter(), true, new SimpleMeterRegistry());
        byte[] first = pdfs.pdf(Hashes.sha256(docx), docx);
        assertThat(pdfs.pdf(Hashes.sha256(docx), docx)).isSameAs(first);
    }
}
