package vn.dangbo.baocao.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.helger.css.ECSSVersion;
import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.parser.ParseException;
import com.helger.css.parser.Token;
import com.helger.css.reader.CSSReader;
import com.helger.css.reader.CSSReaderSettings;
import com.helger.css.reader.errorhandler.ICSSInterpretErrorHandler;
import com.helger.css.reader.errorhandler.ICSSParseErrorHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every style sheet under frontend/ must parse: one missing brace once silently dropped 25 rules. */
class ThemeCssTest {

    @Test
    void everyStyleSheetUnderFrontendParsesWithoutError() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Path.of("frontend"))) {
            sheets = files.filter(p -> p.toString().endsWith(".css"))
                    .filter(p -> !p.toString().contains("generated"))
                    .toList();
        }
        assertThat(sheets).isNotEmpty();
        for (Path sheet : sheets) {
            assertThat(problems(Files.readString(sheet, StandardCharsets.UTF_8)))
                    .as(sheet.toString())
                    .isEmpty();
        }
    }

    @Test
    void aMissingClosingBraceIsAProblem() {
        assertThat(problems(".a {\n  color: red;\n/* next */\n.b {\n  color: blue;\n}\n"))
                .isNotEmpty();
    }

    @Test
    void aStrayClosingBraceOrBrokenDeclarationIsAProblem() {
        assertThat(problems(".a { color: red; }\n}\n.b { color: blue; }\n")).isNotEmpty();
        assertThat(problems(".a { color red; }\n")).isNotEmpty();
    }

    @Test
    void mediaQueriesCustomPropertiesAndPartsParse() {
        assertThat(problems("html { --x: 1px; }\n@media (max-width: 50em) { .a { grid-template-columns: 1fr; } }\n"
                        + "vaadin-grid::part(row) { color: var(--x, #fff); }\n"))
                .isEmpty();
    }

    static List<String> problems(String css) {
        List<String> problems = new ArrayList<>();
        CSSReaderSettings settings = new CSSReaderSettings()
                .setCSSVersion(ECSSVersion.CSS30)
                .setBrowserCompliantMode(false)
                .setUseSourceLocation(true)
                .setCustomErrorHandler(new Collecting(problems))
                .setCustomExceptionHandler(e -> problems.add(e.getMessage()))
                .setInterpretErrorHandler(new ICSSInterpretErrorHandler() {
                    @Override
                    public void onCSSInterpretationWarning(String message) {}

                    @Override
                    public void onCSSInterpretationError(String message) {
                        problems.add(message);
                    }
                });
        CascadingStyleSheet sheet = CSSReader.readFromStringReader(css, settings);
        if (sheet == null && problems.isEmpty()) {
            problems.add("not parsed");
        }
        long open = css.replaceAll("/\\*(?s:.*?)\\*/", "")
                .chars()
                .filter(c -> c == '{')
                .count();
        long close = css.replaceAll("/\\*(?s:.*?)\\*/", "")
                .chars()
                .filter(c -> c == '}')
                .count();
        if (open != close) {
            problems.add(open + " '{' but " + close + " '}'");
        }
        return problems;
    }

    private record Collecting(List<String> problems) implements ICSSParseErrorHandler {
        @Override
        public void onCSSParseError(ParseException e, Token lastValid) {
            problems.add(e.getMessage());
        }

        @Override
        public void onCSSUnexpectedRule(Token token, String rule, String message) {
            problems.add("line " + token.beginLine + ": " + message);
        }

        @Override
        public void onCSSDeprecatedProperty(Token prefix, Token property) {}

        @Override
        public void onCSSBrowserCompliantSkip(ParseException e, Token from, Token to) {
            problems.add(e == null ? "skipped at line " + from.beginLine : e.getMessage());
        }
    }
}
