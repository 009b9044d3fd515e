import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * Removes the Class-Path attribute from the manifests of the jars in a folder: `cds.sh extract` runs it on the
 * unpacked dependencies (java StripClassPath.java DIR/lib, JDK only, no other tool).
 *
 * <p>Why: LibreOffice's UNO jar names "../" (a directory) in its Class-Path, and the JVM refuses to write a
 * class data archive while a non-empty directory is on the class path. Nothing is lost: the application's own
 * manifest names every dependency, and Spring Boot's launcher never follows a nested jar's Class-Path either, so
 * the unpacked application loads exactly what `java -jar` of the executable jar loads. A signed jar is left as it
 * is (its signature covers the manifest); if one ever names a directory, the training run says so.
 */
public class StripClassPath {

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java StripClassPath.java DIR");
            System.exit(2);
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
            for (Path jar : jars) {
                if (strip(jar)) {
                    System.out.println("cds.sh: Class-Path removed from the manifest of " + jar.getFileName());
                }
            }
        }
    }

    private static boolean strip(Path jar) throws IOException {
        Path copy = jar.resolveSibling(jar.getFileName() + ".tmp");
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Manifest manifest = file.getManifest();
            if (manifest == null
                    || !manifest.getMainAttributes().containsKey(Attributes.Name.CLASS_PATH)
                    || signed(file)) {
                return false;
            }
            manifest.getMainAttributes().remove(Attributes.Name.CLASS_PATH);
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(copy), manifest)) {
                for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                    JarEntry entry = entries.nextElement();
                    if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                        continue;
                    }
                    ZipEntry copied = new ZipEntry(entry.getName());
                    copied.setTime(entry.getTime());
                    out.putNextEntry(copied);
                    try (InputStream in = file.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    private static boolean signed(JarFile file) {
        return file.stream().map(JarEntry::getName).anyMatch(name -> name.startsWith("META-INF/")
                && name.indexOf('/', "META-INF/".length()) < 0
                && (name.endsWith(".SF") || name.endsWith(".RSA") || name.endsWith(".DSA") || name.endsWith(".EC")));
    }
}
