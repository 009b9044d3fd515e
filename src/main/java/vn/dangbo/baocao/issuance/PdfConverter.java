package vn.dangbo.baocao.issuance;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import vn.dangbo.baocao.common.Messages;

/**
 * Converts .docx to PDF with LibreOffice headless. Each conversion has its own LibreOffice user
 * profile (so conversions can run side by side) and a time limit after which the whole process tree
 * is killed. It returns a complete PDF or throws {@link PdfConversionException}, never partial bytes.
 */
public final class PdfConverter implements PdfConversion {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private static final List<String> EXECUTABLES = List.of("soffice", "libreoffice");
    private static final int LOG_TAIL = 500;

    private final String executable;
    private final Duration timeout;

    public PdfConverter() {
        this(DEFAULT_TIMEOUT);
    }

    public PdfConverter(Duration timeout) {
        this(findExecutable().map(Path::toString).orElse("soffice"), timeout);
    }

    public PdfConverter(String executable, Duration timeout) {
        this.executable = Objects.requireNonNull(executable, "executable");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** Whether LibreOffice (soffice or libreoffice) is on the PATH. */
    public static boolean available() {
        return findExecutable().isPresent();
    }

    @Override
    public byte[] toPdf(byte[] docx) {
        if (docx == null || docx.length < 4 || docx[0] != 'P' || docx[1] != 'K') {
            throw new PdfConversionException(failed(Messages.get("pdf.notDocx")));
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("baocao-pdf-");
            Path input = work.resolve("vanban.docx");
            Files.write(input, docx);
            Path log = work.resolve("soffice.log");
            run(work, input, log);
            Path pdf = work.resolve("vanban.pdf");
            if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
                throw new PdfConversionException(failed(Messages.get("pdf.noOutput", tail(log))));
            }
            byte[] bytes = Files.readAllBytes(pdf);
            if (bytes.length < 5 || !new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
                throw new PdfConversionException(failed(Messages.get("pdf.notPdf")));
            }
            return bytes;
        } catch (IOException e) {
            throw new PdfConversionException(failed(e.getMessage()), e);
        } finally {
            deleteQuietly(work);
        }
    }

    private void run(Path work, Path input, Path log) throws IOException {
        Path profile = work.resolve("lo-profile");
        ProcessBuilder builder = new ProcessBuilder(
                        executable,
                        "-env:UserInstallation=" + profile.toUri(),
                        "--headless",
                        "--norestore",
                        "--nolockcheck",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        work.toString(),
                        input.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .directory(work.toFile());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new PdfConversionException(failed(Messages.get("pdf.cannotStart", executable)), e);
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new PdfConversionException(failed(Messages.get("pdf.timeout", describe(timeout))));
            }
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new PdfConversionException(failed(Messages.get("pdf.interrupted")), e);
        }
        if (process.exitValue() != 0) {
            throw new PdfConversionException(
                    failed(Messages.get("pdf.exitCode", String.valueOf(process.exitValue()), tail(log))));
        }
    }

    private static String failed(String reason) {
        return Messages.get("pdf.failed", reason);
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0
                ? Messages.get("pdf.seconds", String.valueOf(duration.toSeconds()))
                : Messages.get("pdf.millis", String.valueOf(duration.toMillis()));
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8).strip();
            return text.length() <= LOG_TAIL ? text : text.substring(text.length() - LOG_TAIL);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static Optional<Path> findExecutable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : EXECUTABLES) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a leftover temporary directory is harmless
        }
    }
}
