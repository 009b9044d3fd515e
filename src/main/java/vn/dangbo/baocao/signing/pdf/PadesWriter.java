package vn.dangbo.baocao.signing.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.signing.Placement;
import vn.dangbo.baocao.signing.SignatureStep;
import vn.dangbo.baocao.signing.SigningException;
import vn.dangbo.baocao.signing.cms.Certificates;

/**
 * Adds one PAdES signature (ETSI.CAdES.detached) as an incremental update, so earlier signatures
 * stay valid. The byte range is hashed here; only the hash goes to the signer.
 */
public final class PadesWriter {

    private static final int SIGNATURE_SIZE = 32 * 1024;

    private PadesWriter() {}

    public static byte[] addSignature(byte[] pdf, SignatureStep step, Instant time, String organisation) {
        var certificate = step.signer().certificate();
        Certificates.checkUsable(certificate, time);
        try (PDDocument document = Loader.loadPDF(pdf);
                var out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SIZE * 2 + 20_000)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            String name = Certificates.commonName(certificate);
            signature.setName(name);
            signature.setReason(step.reason());
            signature.setLocation(organisation);
            signature.setSignDate(calendar(time));

            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SIZE);
                placeAppearance(document, options, step.placement(), lines(name, organisation, time));
                document.addSignature(signature, options);
                var external = document.saveIncrementalForExternalSigning(out);
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest(external.getContent().readAllBytes());
                external.setSignature(step.signer().sign(digest));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new SigningException(Messages.get("signing.pdf.unreadable"), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lines(String name, String organisation, Instant time) {
        return List.of(
                Messages.get("signing.appearance.signedBy", name),
                Messages.get("signing.appearance.organisation", organisation),
                Messages.get("signing.appearance.time", Formats.dateTime(time)));
    }

    private static void placeAppearance(
            PDDocument document, SignatureOptions options, Placement placement, List<String> lines) throws IOException {
        var found = placement.anchor() == Placement.Anchor.FIRST
                ? TextLocator.first(document, placement.anchorText())
                : TextLocator.last(document, placement.anchorText());
        int pageIndex = found.map(TextLocator.Found::page)
                .orElse(placement.anchor() == Placement.Anchor.FIRST ? 0 : document.getNumberOfPages() - 1);
        PDPage page = document.getPage(pageIndex);
        PDRectangle rect =
                found.map(f -> rectangle(f.box(), placement)).orElseGet(() -> fallback(page.getMediaBox(), placement));
        options.setVisualSignature(
                new ByteArrayInputStream(AppearanceTemplate.create(page.getMediaBox(), rect, lines)));
        options.setPage(pageIndex);
    }

    private static PDRectangle rectangle(PDRectangle text, Placement placement) {
        float centreX = text.getLowerLeftX() + text.getWidth() / 2;
        float lowerY = placement.position() == Placement.Position.ABOVE
                ? text.getUpperRightY()
                : text.getLowerLeftY() + text.getHeight() / 2 - placement.height() / 2;
        return new PDRectangle(centreX - placement.width() / 2, lowerY, placement.width(), placement.height());
    }

    /** Anchor text not found: top left of the first page, or bottom right of the last. */
    private static PDRectangle fallback(PDRectangle media, Placement placement) {
        float margin = 57;
        return placement.anchor() == Placement.Anchor.FIRST
                ? new PDRectangle(
                        margin, media.getHeight() - margin - placement.height(), placement.width(), placement.height())
                : new PDRectangle(
                        media.getWidth() - margin - placement.width(),
                        margin * 2,
                        placement.width(),
                        placement.height());
    }

    private static Calendar calendar(Instant time) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(Formats.ZONE));
        calendar.setTimeInMillis(time.toEpochMilli());
        return calendar;
    }
}
