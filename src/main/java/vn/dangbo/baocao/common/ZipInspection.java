package vn.dangbo.baocao.common;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Looks inside an uploaded Office (ZIP) file before anything parses it: counts the bytes really inflated (the
 * declared sizes can lie), so zip bombs stop at the first limit crossed, and refuses XML parts that declare a
 * DTD or an entity, or that are not UTF-8 (so that the DTD check cannot be bypassed by another encoding).
 */
public final class ZipInspection {

    /** Limits on what a file may inflate to. */
    public record Limits(long maxEntryBytes, long maxTotalBytes, int maxRatio, int maxEntries) {
        public static final Limits DEFAULT = new Limits(20L << 20, 50L << 20, 100, 1000);
    }

    /** The entry names (as written) and the text of [Content_Types].xml, if present. */
    public record Contents(Set<String> names, String contentTypes) {
        public boolean has(String name) {
            return names.contains(name);
        }

        public boolean hasMacros() {
            return names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))
                    || contentTypes != null
                            && contentTypes.toLowerCase(Locale.ROOT).contains("macroenabled");
        }
    }

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[][] FORBIDDEN = {ascii("<!DOCTYPE"), ascii("<!ENTITY")};
    private static final int CONTENT_TYPES_MAX = 1 << 20;
    private static final int RATIO_FLOOR = 1 << 20;

    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    static {
        // a second line of defence behind the inspection, for every POI read in this JVM
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(Limits.DEFAULT.maxEntryBytes());
    }

    private ZipInspection() {}

    /**
     * Refuses anything that is not a plain, safe .docx of at most {@code maxBytes} (empty, too large, a legacy
     * .doc or a password-protected file, not a ZIP, a bomb, DTDs, macros, missing Word parts); call it before POI
     * reads the bytes.
     */
    public static void checkDocx(byte[] bytes, int maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw AppException.invalid("error.import.empty");
        }
        if (bytes.length > maxBytes) {
            throw AppException.tooLarge("error.import.tooLarge", maxBytes >> 20);
        }
        if (startsWith(bytes, OLE2_MAGIC)) {
            throw AppException.invalid("error.import.legacy");
        }
        if (!looksLikeZip(bytes)) {
            throw AppException.invalid("error.import.notDocx");
        }
        Contents contents = inspect(bytes, Limits.DEFAULT);
        if (contents.hasMacros()) {
            throw AppException.invalid("error.import.macro");
        }
        if (!contents.has("[Content_Types].xml") || !contents.has("word/document.xml")) {
            throw AppException.invalid("error.import.notDocx");
        }
    }

    public static boolean looksLikeZip(byte[] bytes) {
        return startsWith(bytes, ZIP_MAGIC);
    }

    /** Reads every entry; throws a 422 naming the problem, or 413 for a bomb. */
    public static Contents inspect(byte[] bytes, Limits limits) {
        if (!looksLikeZip(bytes)) {
            throw AppException.invalid("error.file.notOffice");
        }
        Set<String> names = new LinkedHashSet<>();
        String contentTypes = null;
        long total = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (names.size() >= limits.maxEntries()) {
                    throw AppException.invalid("error.file.tooManyEntries", limits.maxEntries());
                }
                String name = entry.getName();
                if (!names.add(name)) {
                    throw AppException.invalid("error.file.corrupt");
                }
                boolean xml = isXml(name);
                boolean keep = "[Content_Types].xml".equals(name);
                ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
                XmlScan scan = xml ? new XmlScan() : null;
                long entryBytes = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    entryBytes += n;
                    total += n;
                    if (entryBytes > limits.maxEntryBytes()
                            || total > limits.maxTotalBytes()
                            || total > RATIO_FLOOR && total > (long) limits.maxRatio() * bytes.length) {
                        throw AppException.tooLarge("error.file.bomb");
                    }
                    if (scan != null) {
                        scan.feed(buffer, n);
                    }
                    if (kept != null && kept.size() < CONTENT_TYPES_MAX) {
                        kept.write(buffer, 0, n);
                    }
                }
                if (kept != null) {
                    contentTypes = kept.toString(StandardCharsets.UTF_8);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw AppException.invalid("error.file.corrupt");
        }
        if (names.isEmpty()) {
            throw AppException.invalid("error.file.notOffice");
        }
        return new Contents(names, contentTypes);
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
    }

    /** Finds a forbidden declaration across buffer boundaries, and refuses non-UTF-8 XML. */
    private static final class XmlScan {
        private final byte[] window = new byte[8192 + 16];
        private int carry;
        private boolean started;

        void feed(byte[] data, int length) {
            if (!started) {
                started = true;
                if (length >= 2
                        && (data[0] == 0
                                || data[1] == 0
                                || (data[0] & 0xFF) == 0xFE
                                || (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xFE)) {
                    throw AppException.invalid("error.file.unsafeXml");
                }
            }
            int offset = 0;
            while (offset < length) {
                int chunk = Math.min(length - offset, window.length - carry);
                System.arraycopy(data, offset, window, carry, chunk);
                int filled = carry + chunk;
                for (byte[] forbidden : FORBIDDEN) {
                    if (indexOfIgnoreCase(window, filled, forbidden) >= 0) {
                        throw AppException.invalid("error.file.unsafeXml");
                    }
                }
                carry = Math.min(15, filled);
                System.arraycopy(window, filled - carry, window, 0, carry);
                offset += chunk;
            }
        }
    }

    private static int indexOfIgnoreCase(byte[] data, int length, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (Character.toUpperCase(data[i + j]) != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    public static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes == null || bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    public static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
