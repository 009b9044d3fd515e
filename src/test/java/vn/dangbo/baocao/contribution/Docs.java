package vn.dangbo.baocao.contribution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Word documents for the tests: real ones written with POI, and hand-made hostile ZIPs. */
public final class Docs {

    public static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";

    private Docs() {}

    /** A chi bộ's part as the seeds write it: a title, numbered headings, "-" lines, and a table. */
    public static byte[] ubndPart() {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Chi bộ Ủy ban nhân dân xã báo cáo tháng 4 năm 2026");
            doc.createParagraph().createRun().setText("1. Công tác cải cách thủ tục hành chính");
            doc.createParagraph().createRun().setText("- Trung tâm Phục vụ hành chính công hoạt động ổn định.");
            doc.createParagraph().createRun().setText("- Tiếp nhận 1.235 hồ sơ, tỷ lệ trực tuyến 99,6%.");
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Hồ sơ đúng hạn");
            table.getRow(0).getCell(1).setText("1.230");
            doc.createParagraph().createRun().setText("2. Việc triển khai thực hiện Nghị quyết số 57-NQ/TW");
            doc.createParagraph().createRun().setText("- Ban hành 02 kế hoạch thực hiện.");
            doc.createParagraph().createRun().setText("");
            doc.createParagraph().createRun().setText("+ Hoàn thành 10/12 nhiệm vụ.");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP with the given entries (name → content), written as is. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A .docx-shaped ZIP whose document.xml is {@code xml}. */
    public static byte[] docxWith(String xml, Map<String, byte[]> extra) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
        entries.put("word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
        entries.putAll(extra);
        return zip(entries);
    }

    public static byte[] withExternalEntity() {
        return docxWith(
                "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                        + "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>",
                Map.of());
    }

    public static byte[] macroEnabled() {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("1. Công tác cải cách thủ tục hành chính");
            doc.write(out);
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
                ZipEntry e;
                while ((e = in.getNextEntry()) != null) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
            entries.put("word/vbaProject.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3});
            return zip(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Windows program renamed to .docx: "MZ", then anything. */
    public static byte[] renamedExe() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[2] = (byte) 0x90;
        exe[60] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    /**
     * Writes a .docx-shaped zip bomb to {@code out}: document.xml inflates to {@code inflatedBytes} of spaces,
     * streamed, never held in memory.
     */
    public static void writeZipBomb(OutputStream out, long inflatedBytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] chunk = new byte[1 << 16];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (long written = 0; written < inflatedBytes; written += chunk.length) {
                zip.write(chunk);
            }
            zip.closeEntry();
        }
    }

    static List<String> lines(String... lines) {
        return List.of(lines);
    }
}
