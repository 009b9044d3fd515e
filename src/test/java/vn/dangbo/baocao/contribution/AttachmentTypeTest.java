package vn.dangbo.baocao.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Messages;

class AttachmentTypeTest {

    @Test
    void typeComesFromTheContentNotTheName() throws IOException {
        assertThat(AttachmentService.kindOf(xlsx())).isEqualTo(AttachmentService.Kind.XLSX);
        assertThat(AttachmentService.kindOf(Docs.ubndPart())).isEqualTo(AttachmentService.Kind.DOCX);
        assertThat(AttachmentService.kindOf("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo(AttachmentService.Kind.PDF);
    }

    @Test
    void programsScriptsAndMacrosAreRefused() {
        assertThatThrownBy(() -> AttachmentService.kindOf(Docs.renamedExe()))
                .isInstanceOfSatisfying(
                        AppException.class,
                        e -> assertThat(e.getMessage()).isEqualTo(Messages.get("error.attachment.type")));
        assertThatThrownBy(() -> AttachmentService.kindOf("<html><script>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AppException.class);
        assertThatThrownBy(() -> AttachmentService.kindOf(Docs.macroEnabled()))
                .isInstanceOfSatisfying(
                        AppException.class,
                        e -> assertThat(e.getMessage()).isEqualTo(Messages.get("error.import.macro")));
    }

    static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Danh sách").createRow(0).createCell(0).setCellValue("Họ và tên");
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
