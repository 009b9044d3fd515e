package vn.dangbo.baocao.issuance;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.dangbo.baocao.common.AppException;

/**
 * PDF copies of issued documents. An issued .docx never changes, so its PDF is kept in a small in-memory cache
 * keyed by the .docx's SHA-256: the second download is immediate and byte-identical to the first. A server
 * without LibreOffice, or a conversion that fails or runs out of time, answers 503 with a Vietnamese message.
 * Each conversion is timed in {@code baocao_pdf_conversion_seconds} (outcome success or failure).
 */
class PdfDocuments implements AutoCloseable {

    static final int CACHE_SIZE = 32;

    private final PdfConversion converter;
    private final boolean installed;
    private final Timer converted;
    private final Timer failed;
    private final Map<String, byte[]> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    PdfDocuments(PdfConversion converter, boolean installed, MeterRegistry meters) {
        this.converter = converter;
        this.installed = installed;
        this.converted = timer(meters, "success");
        this.failed = timer(meters, "failure");
    }

    byte[] pdf(String sha256, byte[] docx) {
        synchronized (cache) {
            byte[] cached = cache.get(sha256);
            if (cached != null) {
                return cached;
            }
        }
        byte[] pdf;
        try {
            pdf = convert(docx);
        } catch (PdfConversionException e) {
            throw AppException.unavailable("error.pdf.failed", e.getMessage());
        }
        synchronized (cache) {
            cache.put(sha256, pdf);
        }
        return pdf;
    }

    /** Whether LibreOffice is there to convert at all. */
    boolean installed() {
        return installed;
    }

    /** One timed conversion, not cached: a failure is a {@link PdfConversionException} for the caller to handle. */
    byte[] convert(byte[] docx) {
        if (!installed) {
            throw AppException.unavailable("error.pdf.notInstalled");
        }
        long start = System.nanoTime();
        try {
            byte[] pdf = converter.toPdf(docx);
            converted.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return pdf;
        } catch (PdfConversionException e) {
            failed.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            throw e;
        }
    }

    /** Stops the LibreOffice processes kept running, if any (Spring calls it when the application stops). */
    @Override
    public void close() throws Exception {
        if (converter instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    private static Timer timer(MeterRegistry meters, String outcome) {
        return Timer.builder("baocao.pdf.conversion")
                .description("Conversion of an issued .docx to PDF by LibreOffice")
                .tag("outcome", outcome)
                .register(meters);
    }
}
