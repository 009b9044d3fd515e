package vn.dangbo.baocao;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LaunchCheckTest {

    @Test
    void developmentJarRefusesToStartAndSaysWhichBuildToMake() {
        String problem = LaunchCheck.problem("jar:nested:/srv/baocao.jar/!BOOT-INF/classes/!/", true);
        assertThat(problem).contains("./mvnw -Pproduction").contains("java -jar");
    }

    @Test
    void productionJarStarts() {
        assertThat(LaunchCheck.problem("jar:nested:/srv/baocao.jar/!BOOT-INF/classes/!/", false))
                .isNull();
    }

    @Test
    void developmentRunFromClassesStarts() {
        assertThat(LaunchCheck.problem("file:/work/baocao/target/classes/", true))
                .isNull();
    }

    @Test
    void extractedJarOfADevelopmentBuildIsRefusedToo() {
        assertThat(LaunchCheck.problem("file:/app/application/baocao.jar", true))
                .isNotNull();
    }
}
