package vn.dangbo.baocao.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OfficePoolTest {

    private static OfficePool pool;
    private final byte[] docx = new DocxRenderer(FormatProfiles.party()).render(SampleDocuments.xuanHung());

    @BeforeAll
    static void start() {
        assumeTrue(PdfConverter.available(), "LibreOffice is not installed");
        pool = new OfficePool(1, Duration.ofSeconds(60), "");
        assertThat(pool.awaitStarted()).isTrue();
    }

    @AfterAll
    static void stop() {
        if (pool != null) {
            pool.close();
        }
    }

    @Test
    void keptAliveProcessConvertsInUnderASecondOnceWarm() throws IOException {
        pool.toPdf(docx);
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            byte[] pdf = pool.toPdf(docx);
            millis.add((System.nanoTime() - start) / 1_000_000);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document)).contains("01-BC/ĐU");
            }
        }
        assertThat(millis.stream().sorted().toList().get(2))
                .as("median of %s ms", millis)
                .isLessThan(1000);
    }

    @Test
    void outputDeclaresPdfA2b() throws IOException {
        try (PDDocument document = Loader.loadPDF(pool.toPdf(docx))) {
            var metadata = document.getDocumentCatalog().getMetadata();
            assertThat(metadata).isNotNull();
            String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(>|=\")2").containsPattern("pdfaid:conformance(>|=\")B");
        }
    }

    @Test
    void killedOfficeProcessIsRestartedAndTheNextConversionWorks() {
        pool.toPdf(docx);
        List<ProcessHandle> office = ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().command().orElse("").contains("soffice"))
                .toList();
        assertThat(office).isNotEmpty();
        office.forEach(ProcessHandle::destroyForcibly);
        byte[] pdf = convertWithinAMinute();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void nonDocxIsRefusedInVietnamese() {
        assertThatThrownBy(() -> pool.toPdf("không phải docx".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PdfConversionException.class)
                .hasMessageStartingWith("Không chuyển được văn bản sang PDF: ");
    }

    /** The first try may meet the process as it dies; the manager restarts it for the next. */
    private byte[] convertWithinAMinute() {
        long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        PdfConversionException last = null;
        while (System.nanoTime() < end) {
            try {
                return pool.toPdf(docx);
            } catch (PdfConversionException e) {
                last = e;
            }
        }
        throw last;
    }
}
