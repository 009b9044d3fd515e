package vn.dangbo.baocao.issuance;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import vn.dangbo.baocao.common.Messages;

/** Loads format profiles from {@code classpath:format-profiles/<id>.yml} (or any YAML file). */
public final class FormatProfiles {

    public static final String DEFAULT_ID = "party-36";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private FormatProfiles() {}

    /** The default profile: Party documents, Hướng dẫn 36-HD/VPTW. */
    public static FormatProfile party() {
        return load(DEFAULT_ID);
    }

    public static FormatProfile load(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(Messages.get("profile.invalidId", id));
        }
        String resource = "format-profiles/" + id + ".yml";
        try (InputStream in = FormatProfiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(Messages.get("profile.missing", id));
            }
            return YAML.readValue(in, FormatProfile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("profile.broken", id, e.getMessage()), e);
        }
    }

    /** A classpath profile read once (profiles named by templates). */
    public static FormatProfile cached(String id) {
        return CACHE.computeIfAbsent(id, FormatProfiles::load);
    }

    private static final java.util.Map<String, FormatProfile> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    public static FormatProfile load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return YAML.readValue(in, FormatProfile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("profile.broken", file.toString(), e.getMessage()), e);
        }
    }
}
