package vn.dangbo.baocao.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Converts the sample to PDF and a picture of page 1 (target/page1.png) when the tools are installed. Line
 * breaks are checked, so the font must be Times New Roman or its metric twin with every Vietnamese letter
 * (Liberation 2; the build points fontconfig at .ci/fonts.conf): with another face the test is skipped.
 */
class RenderedPagePictureTest {

    private static final Path TARGET = Path.of("target");

    @Test
    void samplePrintsWithVietnameseMarksIntact() throws Exception {
        assumeTrue(PdfConverter.available(), "LibreOffice is not installed");
        assumeTrue(onPath("pdftoppm"), "pdftoppm (poppler-utils) is not installed");
        byte[] pdf =
                new PdfConverter().toPdf(new DocxRenderer(FormatProfiles.party()).render(SampleDocuments.xuanHung()));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.createDirectories(TARGET);
        Path file = TARGET.resolve("sample.pdf");
        Files.write(file, pdf);
        run(
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                file.toString(),
                TARGET.resolve("page1").toString());
        assertThat(TARGET.resolve("page1.png")).isNotEmptyFile();
        Files.write(
                TARGET.resolve("sample.docx"),
                new DocxRenderer(FormatProfiles.party()).render(SampleDocuments.xuanHungDraft()));
        if (onPath("pdftotext")) {
            Path text = TARGET.resolve("sample.txt");
            run("pdftotext", "-layout", file.toString(), text.toString());
            assertThat(Files.readString(text, StandardCharsets.UTF_8))
                    .contains(
                            "ĐẢNG CỘNG SẢN VIỆT NAM",
                            "ĐẢNG ỦY XÃ XUÂN HƯNG",
                            "Số 01-BC/ĐU",
                            "Bùi Thị Hồng Chiên",
                            "PHÓ BÍ THƯ");
        }
    }

    @Test
    void stateSamplePrintsWithTheStateNationalTitle() throws Exception {
        assumeTrue(PdfConverter.available(), "LibreOffice is not installed");
        assumeTrue(vietnameseTimesInstalled(), "no Times New Roman-metric font with Vietnamese (fonts-liberation2)");
        assumeTrue(onPath("pdftoppm") && onPath("pdftotext"), "poppler-utils are not installed");
        byte[] pdf = new PdfConverter()
                .toPdf(new DocxRenderer(FormatProfiles.load("state-30")).render(SampleDocuments.stateReport()));
        Files.createDirectories(TARGET);
        Path file = TARGET.resolve("state-sample.pdf");
        Files.write(file, pdf);
        run(
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                file.toString(),
                TARGET.resolve("state-page1").toString());
        Path text = TARGET.resolve("state-sample.txt");
        run("pdftotext", "-layout", file.toString(), text.toString());
        assertThat(Files.readString(text, StandardCharsets.UTF_8))
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 12/BC-UBND");
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(command[0] + " finished").isTrue();
        assertThat(p.exitValue()).as(command[0] + " exit code").isZero();
    }

    /** Times New Roman, or Liberation Serif 2, with "ộ" (U+1ED9): Liberation 1.07 lacks it. */
    private static boolean vietnameseTimesInstalled() throws IOException, InterruptedException {
        if (!onPath("fc-list")) {
            return false;
        }
        for (String family : List.of("Times New Roman", "Liberation Serif")) {
            Process p = new ProcessBuilder("fc-list", ":family=" + family + ":charset=1ed9", "file").start();
            String files = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor(10, TimeUnit.SECONDS) && !files.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null
                && List.of(path.split(File.pathSeparator)).stream()
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
