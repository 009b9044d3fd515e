package vn.dangbo.baocao.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class DocxRendererDeterminismTest {

    @Test
    void sameModelGivesTheSameBytes() throws Exception {
        byte[] first = new DocxRenderer(FormatProfiles.party()).render(SampleDocuments.xuanHung());
        byte[] second = new DocxRenderer(FormatProfiles.party()).render(SampleDocuments.xuanHung());
        assertThat(sha256(second)).isEqualTo(sha256(first));
        byte[] draft1 = new DocxRenderer(FormatProfiles.party()).render(SampleDocuments.xuanHungDraft());
        byte[] draft2 = new DocxRenderer(FormatProfiles.party()).render(SampleDocuments.xuanHungDraft());
        assertThat(draft2).isEqualTo(draft1);
    }

    @Test
    void zipEntriesCarryTheFixedTimeInAStableOrder() throws Exception {
        byte[] docx = new DocxRenderer(FormatProfiles.party()).render(SampleDocuments.xuanHung());
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(StableZip.ENTRY_TIME);
            }
        }
        assertThat(names.get(0)).isEqualTo("[Content_Types].xml");
        assertThat(names.subList(1, names.size())).isSorted().contains("word/document.xml", "docProps/core.xml");
    }

    @Test
    void corePropertiesHaveNoClockTime() {
        var core = Docx.open(new DocxRenderer(FormatProfiles.party()).render(SampleDocuments.xuanHung()))
                .getProperties()
                .getCoreProperties();
        assertThat(core.getCreated()).isEqualTo(PageSetup.FIXED_TIME);
        assertThat(core.getModified()).isEqualTo(PageSetup.FIXED_TIME);
        assertThat(core.getCreator()).isEqualTo(PageSetup.CREATOR);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
