package vn.dangbo.baocao.issuance;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The format profile in force (Hướng dẫn 36-HD/VPTW by default), the renderer that reads it, the PDF converter. */
@Configuration(proxyBeanMethods = false)
class IssuanceConfiguration {

    @Bean
    FormatProfile formatProfile(@Value("${app.format-profile:" + FormatProfiles.DEFAULT_ID + "}") String id) {
        return FormatProfiles.load(id);
    }

    @Bean
    DocumentRenderer documentRenderer(FormatProfile profile) {
        return new DocxRenderer(profile);
    }

    /**
     * app.pdf.pool-size LibreOffice processes kept running (JODConverter; 0 starts one process per conversion as
     * before; the pool stops with the application); app.pdf.office-home: LibreOffice's folder, empty finds it; app.pdf.executable: soffice for size 0.
     */
    @Bean
    PdfDocuments pdfDocuments(
            @Value("${app.pdf.timeout:60s}") Duration timeout,
            @Value("${app.pdf.executable:}") String executable,
            @Value("${app.pdf.pool-size:2}") int poolSize,
            @Value("${app.pdf.office-home:}") String officeHome,
            MeterRegistry meters) {
        if (poolSize > 0 && PdfConverter.available()) {
            return new PdfDocuments(new OfficePool(poolSize, timeout, officeHome), true, meters);
        }
        if (executable.isBlank()) {
            return new PdfDocuments(new PdfConverter(timeout), PdfConverter.available(), meters);
        }
        Path path = Path.of(executable);
        return new PdfDocuments(
                new PdfConverter(executable, timeout), Files.isRegularFile(path) && Files.isExecutable(path), meters);
    }
}
