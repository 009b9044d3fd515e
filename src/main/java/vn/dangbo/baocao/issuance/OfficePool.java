package vn.dangbo.baocao.issuance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jodconverter.core.document.DefaultDocumentFormatRegistry;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.office.LocalOfficeManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dangbo.baocao.common.Messages;

/**
 * LibreOffice kept running: a pool of headless office processes driven over UNO by JODConverter's local
 * manager. Each process has its own user profile and port; a conversion waits for a free process. A process that
 * dies or exceeds the time limit is killed and started again by the manager, and each one is restarted after
 * {@code maxTasksPerProcess} documents (LibreOffice grows over time). Output is PDF/A-2b (SelectPdfVersion 2).
 * The processes start in the background when the pool is created; a conversion before they are up waits.
 */
public final class OfficePool implements PdfConversion, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OfficePool.class);
    private static final int PDF_A_2B = 2;

    private final LocalOfficeManager manager;
    private final LocalConverter converter;
    private final Duration timeout;
    private final CompletableFuture<Void> started;

    public OfficePool(int size, Duration timeout, String officeHome) {
        this.timeout = timeout;
        LocalOfficeManager.Builder builder = LocalOfficeManager.builder()
                .portNumbers(freePorts(size))
                .taskExecutionTimeout(timeout.toMillis())
                .taskQueueTimeout(timeout.toMillis())
                .processTimeout(Duration.ofSeconds(60).toMillis())
                .maxTasksPerProcess(200);
        if (officeHome != null && !officeHome.isBlank()) {
            builder.officeHome(officeHome);
        }
        this.manager = builder.build();
        this.converter = LocalConverter.builder()
                .officeManager(manager)
                .storeProperty("FilterData", Map.of("SelectPdfVersion", PDF_A_2B))
                .build();
        this.started = CompletableFuture.runAsync(this::start);
    }

    private void start() {
        try {
            long begin = System.nanoTime();
            manager.start();
            log.info("LibreOffice pool started in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
        } catch (OfficeException e) {
            throw new PdfConversionException(failed(Messages.get("pdf.cannotStart", "pool")), e);
        }
    }

    /** Waits until the office processes are up; false when they could not start. */
    public boolean awaitStarted() {
        try {
            started.get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
            return manager.isRunning();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    @Override
    public byte[] toPdf(byte[] docx) {
        if (docx == null || docx.length < 4 || docx[0] != 'P' || docx[1] != 'K') {
            throw new PdfConversionException(failed(Messages.get("pdf.notDocx")));
        }
        if (!awaitStarted()) {
            throw new PdfConversionException(failed(Messages.get("pdf.poolDown")));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length * 2);
        try {
            converter
                    .convert(new ByteArrayInputStream(docx))
                    .as(DefaultDocumentFormatRegistry.DOCX)
                    .to(out)
                    .as(DefaultDocumentFormatRegistry.PDF)
                    .execute();
        } catch (OfficeException e) {
            throw new PdfConversionException(failed(Messages.get("pdf.poolFailed", e.getMessage())), e);
        }
        byte[] bytes = out.toByteArray();
        if (bytes.length < 5 || !new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new PdfConversionException(failed(Messages.get("pdf.notPdf")));
        }
        return bytes;
    }

    @Override
    public void close() {
        try {
            started.exceptionally(e -> null).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // stopping below is all that is left to do
        }
        try {
            manager.stop();
        } catch (OfficeException e) {
            log.warn("LibreOffice pool did not stop cleanly: {}", e.getMessage());
        }
    }

    private static String failed(String reason) {
        return Messages.get("pdf.failed", reason);
    }

    /** Ports free now (several nodes, tests and helpers share a machine: no fixed port). */
    private static int[] freePorts(int count) {
        int[] ports = new int[count];
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0);
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new PdfConversionException(failed(e.getMessage()), e);
        } finally {
            for (ServerSocket socket : sockets) {
                closeQuietly(socket);
            }
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException e) {
            // the port is still free for the office process
        }
    }
}
