package vn.dangbo.baocao.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangbo.baocao.issuance.Docx.paragraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same renderer class, another profile: state documents (Nghị định 30/2020/NĐ-CP). */
class DocxRendererStateProfileTest {

    private final XWPFDocument doc =
            Docx.open(new DocxRenderer(FormatProfiles.load("state-30")).render(SampleDocuments.stateReport()));

    @Test
    void numberLineHasColonAndStateSymbol() {
        XWPFTableCell left = doc.getTables().get(0).getRow(0).getCell(0);
        assertThat(Docx.texts(left))
                // the issuing body on two bold lines
                .containsSubsequence("UBND TỈNH NINH BÌNH", "ỦY BAN NHÂN DÂN", "XÃ XUÂN HƯNG", "Số: 12/BC-UBND")
                .doesNotContain("*");
        assertThat(left.getParagraphs())
                .anySatisfy(p -> assertThat(Docx.hasBottomRule(p)).isTrue());
    }

    @Test
    void nationalTitleHasTwoLinesWithTheRuleUnderTheMotto() {
        XWPFTableCell right = doc.getTables().get(0).getRow(0).getCell(1);
        assertThat(Docx.texts(right))
                .containsExactly(
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "",
                        "Xuân Hưng, ngày 15 tháng 4 năm 2026");
        XWPFParagraph motto = paragraph(right, "Độc lập - Tự do - Hạnh phúc");
        // the rule is a paragraph of its own: its indent never narrows the motto's line
        assertThat(Docx.hasBottomRule(motto)).isFalse();
        assertThat(Docx.hasBottomRule(right.getParagraphs().get(2))).isTrue();
        assertThat(Docx.bold(motto)).isTrue();
        assertThat(Docx.hasBottomRule(paragraph(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")))
                .isFalse();
    }

    @Test
    void recipientsLabelIsBoldItalicNotUnderlined() {
        XWPFTableCell left =
                doc.getTables().get(doc.getTables().size() - 1).getRow(0).getCell(0);
        XWPFParagraph label = paragraph(left, "Nơi nhận:");
        assertThat(Docx.bold(label)).isTrue();
        assertThat(Docx.italic(label)).isTrue();
        assertThat(Docx.size(label)).isEqualTo(12);
        assertThat(Docx.underline(Docx.run(label))).isEqualTo(UnderlinePatterns.NONE);
        assertThat(Docx.texts(left)).contains("- UBND tỉnh;", "- Lưu: VT.");
        XWPFTableCell right =
                doc.getTables().get(doc.getTables().size() - 1).getRow(0).getCell(1);
        assertThat(Docx.texts(right)).startsWith("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
    }

    @Test
    void aNewProfileFileNeedsNoCodeChange(@TempDir Path dir) throws IOException {
        String party;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("format-profiles/party-36.yml")) {
            party = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = dir.resolve("party-05.yml");
        Files.writeString(
                file,
                party.replace("id: party-36", "id: party-05")
                        .replace("minDigits: 2", "minDigits: 3")
                        .replace("stamp: \"DỰ THẢO\"", "stamp: \"BẢN DỰ THẢO\""));
        FormatProfile custom = FormatProfiles.load(file);
        assertThat(custom.symbol(7, "BC", "ĐU")).isEqualTo("007-BC/ĐU");
        XWPFDocument draft = Docx.open(new DocxRenderer(custom).render(SampleDocuments.xuanHungDraft()));
        assertThat(draft.getHeaderFooterPolicy().getDefaultHeader().getText()).contains("BẢN DỰ THẢO");
    }
}
