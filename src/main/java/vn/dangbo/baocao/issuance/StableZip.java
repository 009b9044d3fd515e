package vn.dangbo.baocao.issuance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Rewrites a zip (a .docx) with every entry in a fixed order and with a fixed time: POI stamps
 * entries with the clock, which would make two renders of the same model differ. The entries'
 * compressed bytes are copied as they are, not inflated and deflated again.
 */
final class StableZip {

    /** Local (DOS) time, the same whatever the machine's time zone. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final Comparator<ZipArchiveEntry> ORDER = Comparator.comparing(
                    (ZipArchiveEntry e) -> !e.getName().equals(CONTENT_TYPES))
            .thenComparing(ZipArchiveEntry::getName);

    private StableZip() {}

    static byte[] normalize(byte[] zip) {
        // a DOS time is written in the default zone, so the instant of the local time there gives the same fields
        long time = ENTRY_TIME.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        try (ZipFile in = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip))
                .get()) {
            List<ZipArchiveEntry> entries = Collections.list(in.getEntries()).stream()
                    .filter(e -> !e.isDirectory())
                    .sorted(ORDER)
                    .toList();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
            try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
                for (ZipArchiveEntry entry : entries) {
                    ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                    copy.setMethod(entry.getMethod());
                    copy.setCrc(entry.getCrc());
                    copy.setSize(entry.getSize());
                    copy.setCompressedSize(entry.getCompressedSize());
                    copy.setTime(time);
                    out.addRawArchiveEntry(copy, in.getRawInputStream(entry));
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
