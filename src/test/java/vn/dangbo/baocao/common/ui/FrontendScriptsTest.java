package vn.dangbo.baocao.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every script of our own under frontend/ must parse: Node (which the Vaadin build needs anyway) checks the
 * syntax without running it, so a stray brace fails the build instead of a blank chart in production.
 */
class FrontendScriptsTest {

    @Test
    void everyScriptUnderFrontendParses() throws Exception {
        List<Path> scripts = scripts(Path.of("frontend"));
        assertThat(scripts).isNotEmpty();
        for (Path script : scripts) {
            assertThat(syntaxErrors(script)).as(script.toString()).isEmpty();
        }
    }

    @Test
    void aBrokenScriptIsNoticed() throws Exception {
        Path broken = Files.createTempFile("broken", ".js");
        try {
            Files.writeString(broken, "export function chart(data) {\n  return data.map(d => d.value;\n}\n");
            assertThat(syntaxErrors(broken)).contains("SyntaxError");
        } finally {
            Files.delete(broken);
        }
    }

    private static List<Path> scripts(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(
                            p -> p.toString().endsWith(".js") || p.toString().endsWith(".mjs"))
                    .filter(p -> !p.toString().contains("generated"))
                    .toList();
        }
    }

    /** Node's own message for a syntax error, or "" when the script parses (as an ES module: Vaadin loads it so). */
    private static String syntaxErrors(Path script) throws Exception {
        Path module = Files.createTempFile("check", ".mjs");
        try {
            Files.copy(script, module, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Process node = new ProcessBuilder("node", "--check", module.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return node.exitValue() == 0 ? "" : output;
        } finally {
            Files.delete(module);
        }
    }
}
