package vn.dangbo.baocao.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml, the Dockerfile and the documentation configure the same application: compose passes only
 * variables the application (or the image's start command) reads, everything the production start needs, and
 * every variable it takes from the operator's environment is documented.
 */
class DeploymentVariablesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    private static final Set<String> PRODUCTION_NEEDS = Set.of(
            "SPRING_PROFILES_ACTIVE",
            "SPRING_DATASOURCE_URL",
            "SPRING_DATASOURCE_USERNAME",
            "SPRING_DATASOURCE_PASSWORD");

    @Test
    void composePassesOnlyVariablesTheApplicationReads() throws IOException {
        Set<String> read = new TreeSet<>(placeholders(Path.of("src/main/resources/application.yml")));
        read.addAll(placeholders(Path.of("src/main/resources/application-prod.yml")));
        read.addAll(BootstrapOrganisation.environmentVariables());
        read.add("SPRING_PROFILES_ACTIVE");
        if (Files.readString(Path.of("scripts/cds.sh")).contains("${JAVA_OPTS")
                && Files.readString(Path.of("Dockerfile")).contains("cds.sh\", \"run\"")) {
            read.add("JAVA_OPTS"); // the image's start command (scripts/cds.sh run) passes it to java
        }
        assertThat(read).containsAll(appEnvironment());
    }

    @Test
    void composePassesEverythingTheProductionStartNeeds() throws IOException {
        assertThat(appEnvironment())
                .containsAll(PRODUCTION_NEEDS)
                .containsAll(BootstrapOrganisation.environmentVariables());
        assertThat(compose()
                        .at("/services/app/environment/SPRING_PROFILES_ACTIVE")
                        .asText())
                .isEqualTo("prod");
    }

    @Test
    void everyVariableComposeTakesFromTheOperatorIsDocumented() throws IOException {
        String docs = Files.readString(Path.of("README.md")) + Files.readString(Path.of("docs/operations.md"));
        Set<String> fromOperator = placeholders(Path.of("docker-compose.yml"));
        assertThat(fromOperator)
                .isNotEmpty()
                .allSatisfy(name -> assertThat(docs).contains(name));
    }

    private static Set<String> appEnvironment() throws IOException {
        Set<String> names = new TreeSet<>();
        compose().at("/services/app/environment").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode compose() throws IOException {
        return new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("docker-compose.yml").toFile());
    }

    private static Set<String> placeholders(Path file) throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(Files.readString(file));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
