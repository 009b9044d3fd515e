package vn.dangbo.baocao.issuance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (a .docx) with every entry in a fixed order and with a fixed time: POI stamps
 * entries with the clock, which would make two renders of the same model differ.
 */
final class StableZip {

    /** Local (DOS) time, the same whatever the machine's time zone. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final Comparator<String> ORDER =
            Comparator.comparing((String name) -> !name.equals(CONTENT_TYPES)).thenComparing(Comparator.naturalOrder());

    private StableZip() {}

    static byte[] normalize(byte[] zip) {
        try {
            Map<String, byte[]> entries = new TreeMap<>(ORDER);
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    if (!e.isDirectory()) {
                        entries.put(e.getName(), in.readAllBytes());
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (var entry : entries.entrySet()) {
                    ZipEntry e = new ZipEntry(entry.getKey());
                    e.setTimeLocal(ENTRY_TIME);
                    out.putNextEntry(e);
                    out.write(entry.getValue());
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
