package vn.dangbo.baocao.issuance;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.dangbo.baocao.issuance.FormatProfile.Page;

/**
 * Landscape appendices. Each change of orientation ends the section before it: a small empty paragraph holding
 * that section's w:sectPr (portrait or landscape, the profile's margins). The document's own w:sectPr then describes
 * the last section. Later sections take the page headers of the one before, so the first gets them explicitly.
 */
final class PageSections {

    private final Page page;
    private final List<CTSectPr> ended = new ArrayList<>();
    private boolean landscape;

    PageSections(FormatProfile profile) {
        this.page = profile.page();
    }

    /** Before an appendix: whether it starts a new section (so it needs no page break of its own). */
    boolean start(XWPFDocument doc, boolean wantLandscape) {
        if (wantLandscape == landscape) {
            return false;
        }
        XWPFParagraph end = Paragraphs.styled(doc.createParagraph(), DocumentStyles.SPACER);
        Paragraphs.exactLines(end, 1);
        CTSectPr sect = end.getCTP().getPPr().addNewSectPr();
        sect.set(doc.getDocument().getBody().getSectPr());
        orient(sect, landscape);
        ended.add(sect);
        landscape = wantLandscape;
        return true;
    }

    /** The width between the margins of the section being written, in twips. */
    int textWidth() {
        int width = landscape ? page.heightTwips() : page.widthTwips();
        return width
                - Paragraphs.twips(page.marginsMm().left())
                - Paragraphs.twips(page.marginsMm().right());
    }

    /** After the page headers: the last section's orientation, and the headers of the first. */
    void finish(XWPFDocument doc) {
        if (ended.isEmpty()) {
            return;
        }
        CTSectPr last = doc.getDocument().getBody().getSectPr();
        orient(last, landscape);
        CTSectPr first = ended.get(0);
        for (CTHdrFtrRef ref : last.getHeaderReferenceList()) {
            first.addNewHeaderReference().set(ref);
        }
        if (last.isSetTitlePg()) {
            first.addNewTitlePg().set(last.getTitlePg());
            last.unsetTitlePg();
        }
    }

    private void orient(CTSectPr sect, boolean wide) {
        var size = sect.getPgSz();
        size.setW(BigInteger.valueOf(wide ? page.heightTwips() : page.widthTwips()));
        size.setH(BigInteger.valueOf(wide ? page.widthTwips() : page.heightTwips()));
        size.setOrient(wide ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
    }
}
