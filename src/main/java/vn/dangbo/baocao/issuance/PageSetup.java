package vn.dangbo.baocao.issuance;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.issuance.FormatProfile.Page;

/** Section (page size, margins), the named styles ({@link DocumentStyles}) and fixed document properties. */
final class PageSetup {

    static final String CREATOR = Messages.get("docx.creator");
    /** Documents carry no clock time, so the same model always gives the same bytes. */
    static final Date FIXED_TIME = Date.from(Instant.parse("2020-01-01T00:00:00Z"));

    private PageSetup() {}

    /** The width between the margins, in twips. */
    static int textWidth(FormatProfile profile) {
        Page page = profile.page();
        return page.widthTwips()
                - Paragraphs.twips(page.marginsMm().left())
                - Paragraphs.twips(page.marginsMm().right());
    }

    static void apply(XWPFDocument doc, FormatProfile profile, String title) {
        section(doc, profile.page());
        doc.createStyles().setStyles(DocumentStyles.of(profile));
        properties(doc, title);
    }

    private static void section(XWPFDocument doc, Page page) {
        var body = doc.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(page.widthTwips()));
        size.setH(BigInteger.valueOf(page.heightTwips()));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(Paragraphs.twips(page.marginsMm().top())));
        mar.setBottom(BigInteger.valueOf(Paragraphs.twips(page.marginsMm().bottom())));
        mar.setLeft(BigInteger.valueOf(Paragraphs.twips(page.marginsMm().left())));
        mar.setRight(BigInteger.valueOf(Paragraphs.twips(page.marginsMm().right())));
        mar.setHeader(BigInteger.valueOf(Paragraphs.twips(page.headerDistanceMm())));
        mar.setFooter(BigInteger.valueOf(Paragraphs.twips(page.footerDistanceMm())));
        mar.setGutter(BigInteger.ZERO);
    }

    private static void properties(XWPFDocument doc, String title) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setCreator(CREATOR);
        core.setLastModifiedByUser(CREATOR);
        core.setCreated(Optional.of(FIXED_TIME));
        core.setModified(Optional.of(FIXED_TIME));
        core.setTitle(title);
    }
}
