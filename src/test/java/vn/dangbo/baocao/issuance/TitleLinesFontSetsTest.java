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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13, item 6: the national title and the motto never wrap, whichever Times New Roman-compatible face prints
 * them. Each profile's sample is converted by LibreOffice with a fontconfig file of the test's own that puts
 * Liberation Serif (Times New Roman's metric twin), or a second serif face with Vietnamese letters, in place of
 * Times New Roman; the PDF's text (pdftotext -layout) must hold each title line whole on one line, and pdffonts
 * must show that the face asked for is the one printed. A face that is not installed skips its case.
 */
class TitleLinesFontSetsTest {

    @ParameterizedTest(name = "{0} printed with {1}")
    @CsvSource({
        "party-36, Liberation Serif, /usr/share/fonts/truetype/liberation2",
        "party-36, FreeSerif, /usr/share/fonts/truetype/freefont",
        "state-30, Liberation Serif, /usr/share/fonts/truetype/liberation2",
        "state-30, FreeSerif, /usr/share/fonts/truetype/freefont"
    })
    void titleLinesStandEachOnOneLine(String profileId, String face, String fontDir, @TempDir Path dir)
            throws Exception {
        assumeTrue(PdfConverter.available(), "LibreOffice is not installed");
        assumeTrue(onPath("pdftotext") && onPath("pdffonts"), "poppler-utils are not installed");
        assumeTrue(Files.isDirectory(Path.of(fontDir)), face + " is not installed (" + fontDir + ")");
        Path fonts = fontConfig(dir, face, fontDir);
        assumeTrue(hasVietnamese(fonts, face), face + " with Vietnamese letters is not installed");

        FormatProfile profile = FormatProfiles.load(profileId);
        DocumentModel sample =
                profileId.startsWith("state") ? SampleDocuments.stateReport() : SampleDocuments.xuanHung();
        Path docx = dir.resolve("vanban.docx");
        Files.write(docx, new DocxRenderer(profile).render(sample));
        Path pdf = convert(docx, fonts, dir);

        String printedFonts = output(List.of("pdffonts", pdf.toString()), null);
        assertThat(printedFonts).as("fonts in the PDF").contains(face.replace(" ", ""));
        String text = output(List.of("pdftotext", "-layout", pdf.toString(), "-"), null);
        for (FormatProfile.Line line : profile.masthead().nationalTitle()) {
            String printed = line.style().apply(line.text());
            assertThat(text.lines().anyMatch(l -> l.contains(printed)))
                    .as("\"%s\" on one line with %s in:%n%s", printed, face, text)
                    .isTrue();
        }
    }

    /** Only the face's directory and DejaVu (LibreOffice's interface), Times New Roman and serif bound to the face. */
    private static Path fontConfig(Path dir, String face, String fontDir) throws IOException {
        Path file = dir.resolve("fonts.conf");
        Files.writeString(file, """
                <?xml version="1.0"?>
                <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
                <fontconfig>
                  <dir>%s</dir>
                  <dir>/usr/share/fonts/truetype/dejavu</dir>
                  <cachedir>%s</cachedir>
                  <match target="pattern">
                    <test name="family"><string>Times New Roman</string></test>
                    <edit name="family" mode="assign" binding="strong"><string>%s</string></edit>
                  </match>
                  <alias><family>serif</family><prefer><family>%s</family></prefer></alias>
                </fontconfig>
                """.formatted(fontDir, dir.resolve("fc-cache"), face, face), StandardCharsets.UTF_8);
        return file;
    }

    /** The face has "ộ" (U+1ED9), as fontconfig sees it with the test's file. */
    private static boolean hasVietnamese(Path fonts, String face) throws IOException, InterruptedException {
        if (!onPath("fc-list")) {
            return false;
        }
        return !output(List.of("fc-list", ":family=" + face + ":charset=1ed9", "file"), fonts)
                .isBlank();
    }

    private static Path convert(Path docx, Path fonts, Path dir) throws IOException, InterruptedException {
        String office = onPath("soffice") ? "soffice" : "libreoffice";
        output(
                List.of(
                        office,
                        "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                        "--headless",
                        "--norestore",
                        "--nolockcheck",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        dir.toString(),
                        docx.toString()),
                fonts);
        Path pdf = dir.resolve("vanban.pdf");
        assertThat(pdf).isNotEmptyFile();
        return pdf;
    }

    /** Runs a tool (with {@code fonts} as its fontconfig file when given) and returns what it printed. */
    private static String output(List<String> command, Path fonts) throws IOException, InterruptedException {
        Path out = Files.createTempFile("tool-", ".out");
        try {
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
            if (fonts != null) {
                builder.environment().put("FONTCONFIG_FILE", fonts.toString());
            }
            Process p = builder.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            assertThat(p.isAlive()).as(command.get(0) + " finished").isFalse();
            String printed = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(p.exitValue())
                    .as(command.get(0) + " exit code, output: " + printed)
                    .isZero();
            return printed;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null
                && List.of(path.split(File.pathSeparator)).stream().anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }
}
