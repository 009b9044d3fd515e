package vn.dangbo.baocao.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Word outlines built in the tests with POI: seed 000 as typed, and outlines using Word's own numbering. */
public final class OutlineDocx {

    private OutlineDocx() {}

    /** The lines of seed 000's outline (test resource outlines/seed-000-outline.txt), as the office typed them. */
    public static List<String> seed000Lines() {
        try (InputStream in = OutlineDocx.class.getResourceAsStream("/outlines/seed-000-outline.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Seed 000's outline as a .docx, one paragraph a line. */
    public static byte[] seed000() {
        return typed(seed000Lines());
    }

    /** One paragraph per line, numbers and bullets typed. */
    public static byte[] typed(List<String> lines) {
        try (XWPFDocument document = new XWPFDocument()) {
            for (String line : lines) {
                document.createParagraph().createRun().setText(line);
            }
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document whose paragraphs are numbered by Word: a multi-level list A. › I. › 1. › 1.1. and bullets. */
    public static final class Numbered {
        private final XWPFDocument document = new XWPFDocument();
        private final BigInteger outline;
        private final BigInteger bullets;

        public Numbered() {
            XWPFNumbering numbering = document.createNumbering();
            outline = numbering.addNum(numbering.addAbstractNum(list(0, new Object[][] {
                {STNumberFormat.UPPER_LETTER, "%1."},
                {STNumberFormat.UPPER_ROMAN, "%2."},
                {STNumberFormat.DECIMAL, "%3."},
                {STNumberFormat.DECIMAL, "%3.%4."}
            })));
            bullets = numbering.addNum(numbering.addAbstractNum(list(1, new Object[][] {
                {STNumberFormat.BULLET, "-"}, {STNumberFormat.BULLET, "+"}
            })));
        }

        private static XWPFAbstractNum list(int id, Object[][] levels) {
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.valueOf(id));
            for (int i = 0; i < levels.length; i++) {
                CTLvl lvl = abstractNum.addNewLvl();
                lvl.setIlvl(BigInteger.valueOf(i));
                lvl.addNewStart().setVal(BigInteger.ONE);
                lvl.addNewNumFmt().setVal((STNumberFormat.Enum) levels[i][0]);
                lvl.addNewLvlText().setVal((String) levels[i][1]);
            }
            return new XWPFAbstractNum(abstractNum);
        }

        /** A plain paragraph. */
        public Numbered text(String text) {
            document.createParagraph().createRun().setText(text);
            return this;
        }

        /** A heading numbered by Word at a level: 0 A., 1 I., 2 1., 3 1.1. */
        public Numbered heading(int level, String text) {
            return numbered(outline, level, text);
        }

        /** A bullet of Word's list: level 0 "-", level 1 "+". */
        public Numbered bullet(int level, String text) {
            return numbered(bullets, level, text);
        }

        private Numbered numbered(BigInteger numId, int level, String text) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setNumID(numId);
            paragraph.setNumILvl(BigInteger.valueOf(level));
            paragraph.createRun().setText(text);
            return this;
        }

        public byte[] bytes() {
            try (document) {
                return OutlineDocx.bytes(document);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static byte[] bytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }
}
