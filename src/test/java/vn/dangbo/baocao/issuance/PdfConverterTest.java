package vn.dangbo.baocao.issuance;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PdfConverterTest {

    private static final String FAILED = "Không chuyển được văn bản sang PDF: ";

    private final byte[] docx = new DocxRenderer(FormatProfiles.party()).render(SampleDocuments.xuanHung());

    @Test
    void nonDocxInputIsRefusedWithAVietnameseMessage() {
        assertThatThrownBy(() -> new PdfConverter().toPdf("không phải docx".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PdfConversionException.class)
                .hasMessageStartingWith(FAILED);
        assertThatThrownBy(() -> new PdfConverter().toPdf(null)).isInstanceOf(PdfConversionException.class);
    }

    @Test
    void missingLibreOfficeGivesAVietnameseMessage() {
        assertThatThrownBy(() -> new PdfConverter("/khong-co/soffice", Duration.ofSeconds(5)).toPdf(docx))
                .isInstanceOf(PdfConversionException.class)
                .hasMessageStartingWith(FAILED)
                .hasMessageContaining("LibreOffice");
    }

    @Test
    void timeoutKillsTheConversionAndGivesNoBytes() {
        assumeTrue(PdfConverter.available(), "LibreOffice is not installed");
        assertThatThrownBy(() -> new PdfConverter(Duration.ofMillis(50)).toPdf(docx))
                .isInstanceOf(PdfConversionException.class)
                .hasMessageStartingWith(FAILED)
                .hasMessageContaining("quá thời gian");
    }
}
