package vn.dangbo.baocao.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.template.ReportTemplate;
import vn.dangbo.baocao.template.TemplateParser;
import vn.dangbo.baocao.template.TemplateSection;

class WordImportTest {

    @Test
    void partWrittenLikeTheSeedsMapsToItsItems() throws IOException {
        TemplateSection ci = template().section("C.I").orElseThrow();
        List<HeadingMatcher.Target> targets = List.of(new HeadingMatcher.Target(
                ci.code(),
                ci.numberedHeading(),
                ci.items().stream()
                        .map(i -> new HeadingMatcher.ItemTarget(i.code(), i.numberedHeading()))
                        .toList()));

        Map<HeadingMatcher.Slot, List<String>> matched = HeadingMatcher.match(targets, WordFile.lines(Docs.ubndPart()));

        assertThat(matched.get(new HeadingMatcher.Slot("C.I", "C.I.1")))
                .containsExactly(
                        "Chi bộ Ủy ban nhân dân xã báo cáo tháng 4 năm 2026",
                        "- Trung tâm Phục vụ hành chính công hoạt động ổn định.",
                        "- Tiếp nhận 1.235 hồ sơ, tỷ lệ trực tuyến 99,6%.",
                        "Hồ sơ đúng hạn | 1.230");
        assertThat(matched.get(new HeadingMatcher.Slot("C.I", "C.I.2")))
                .containsExactly("- Ban hành 02 kế hoạch thực hiện.", "+ Hoàn thành 10/12 nhiệm vụ.");
    }

    @Test
    void headingsMatchWhateverTheirNumberingAndCaseButKeepDiacritics() {
        assertThat(HeadingMatcher.normalise("1. Công tác cải cách thủ tục hành chính:"))
                .isEqualTo("công tác cải cách thủ tục hành chính");
        assertThat(HeadingMatcher.normalise("a) CÔNG TÁC CẢI CÁCH THỦ TỤC HÀNH CHÍNH"))
                .isEqualTo("công tác cải cách thủ tục hành chính");
        assertThat(HeadingMatcher.normalise("III- Đối với chi bộ")).isEqualTo("đối với chi bộ");
        assertThat(HeadingMatcher.normalise("1.2 Ưu điểm")).isEqualTo("ưu điểm");
        assertThat(HeadingMatcher.normalise("Cong tac cai cach thu tuc hanh chinh"))
                .isNotEqualTo(HeadingMatcher.normalise("Công tác cải cách thủ tục hành chính"));
    }

    @Test
    void headingWithTextAfterItsColonStartsTheItemWithThatText() {
        List<HeadingMatcher.Target> targets = List.of(new HeadingMatcher.Target(
                "D.3",
                "3. Nguyên nhân",
                List.of(
                        new HeadingMatcher.ItemTarget("D.3.1", "3.1. Nguyên nhân khách quan"),
                        new HeadingMatcher.ItemTarget("D.3.2", "3.2. Nguyên nhân chủ quan"))));
        var matched = HeadingMatcher.match(targets, List.of("3.2. Nguyên nhân chủ quan: nhân lực còn thiếu."));
        assertThat(matched).containsOnlyKeys(new HeadingMatcher.Slot("D.3", "D.3.2"));
        assertThat(matched.get(new HeadingMatcher.Slot("D.3", "D.3.2"))).containsExactly("nhân lực còn thiếu.");
    }

    @Test
    void zipBombIsRefusedBeforeAnythingParsesIt() throws IOException {
        Path bomb = Files.createTempFile("bomb", ".docx");
        try {
            try (OutputStream out = Files.newOutputStream(bomb)) {
                Docs.writeZipBomb(out, 200L << 20);
            }
            byte[] bytes = Files.readAllBytes(bomb);
            assertThat(bytes.length).isLessThan(WordFile.MAX_BYTES);
            assertThatThrownBy(() -> WordFile.lines(bytes)).isInstanceOfSatisfying(AppException.class, e -> {
                assertThat(e.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
                assertThat(e.getMessage()).isEqualTo(Messages.get("error.file.bomb"));
            });
        } finally {
            Files.deleteIfExists(bomb);
        }
    }

    @Test
    void externalEntityIsRefused() {
        assertRefused(Docs.withExternalEntity(), "error.file.unsafeXml");
    }

    @Test
    void doctypeSplitAcrossReadBuffersIsStillFound() {
        String padding = " ".repeat(8192 - 40);
        assertRefused(
                Docs.docxWith("<?xml version=\"1.0\"?>" + padding + "<!DocType x><x/>", Map.of()),
                "error.file.unsafeXml");
    }

    @Test
    void utf16PartsAreRefusedSoTheDtdCheckCannotBeBypassed() {
        byte[] utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><x/>".getBytes(StandardCharsets.UTF_16LE);
        assertRefused(
                Docs.zip(Map.of(
                        "[Content_Types].xml",
                        Docs.CONTENT_TYPES.getBytes(StandardCharsets.UTF_8),
                        "word/document.xml",
                        utf16)),
                "error.file.unsafeXml");
    }

    @Test
    void macroEnabledDocumentIsRefused() {
        assertRefused(Docs.macroEnabled(), "error.import.macro");
        String docm = Docs.CONTENT_TYPES.replace(
                "</Types>",
                "<Override PartName=\"/word/document.xml\" "
                        + "ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>");
        assertRefused(
                Docs.zip(Map.of(
                        "[Content_Types].xml",
                        docm.getBytes(StandardCharsets.UTF_8),
                        "word/document.xml",
                        "<x/>".getBytes(StandardCharsets.UTF_8))),
                "error.import.macro");
    }

    @Test
    void renamedProgramAndOtherZipsAreNotWordDocuments() {
        assertRefused(Docs.renamedExe(), "error.import.notDocx");
        assertRefused(
                Docs.zip(Map.of("readme.txt", "xin chào".getBytes(StandardCharsets.UTF_8))), "error.import.notDocx");
        assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, "error.import.legacy");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedAsTooLarge() {
        byte[] big = new byte[WordFile.MAX_BYTES + 1];
        big[0] = 'P';
        big[1] = 'K';
        big[2] = 3;
        big[3] = 4;
        assertThatThrownBy(() -> WordFile.check(big))
                .isInstanceOfSatisfying(
                        AppException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE));
    }

    private static void assertRefused(byte[] bytes, String key) {
        assertThatThrownBy(() -> WordFile.lines(bytes))
                .isInstanceOfSatisfying(
                        AppException.class, e -> assertThat(e.getMessage()).isEqualTo(Messages.get(key)));
    }

    static ReportTemplate template() throws IOException {
        try (InputStream in = WordImportTest.class.getResourceAsStream("/templates/nq57-thang.yml")) {
            return TemplateParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
