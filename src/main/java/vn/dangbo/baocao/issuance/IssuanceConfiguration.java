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

    /** app.pdf.executable: path of soffice; empty looks for soffice or libreoffice on the PATH. */
    @Bean
    PdfDocuments pdfDocuments(
            @Value("${app.pdf.timeout:60s}") Duration timeout,
            @Value("${app.pdf.executable:}") String executable,
            MeterRegistry meters) {
        if (executable.isBlank()) {
            return new PdfDocuments(new PdfConverter(timeout), PdfConverter.available(), meters);
        }
        Path path = Path.of(executable);
        return new PdfDocuments(
                new PdfConverter(executable, timeout), Files.isRegularFile(path) && Files.isExecutable(path), meters);
    }
}
