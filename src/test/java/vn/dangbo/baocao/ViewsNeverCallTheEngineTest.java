package vn.dangbo.baocao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Views and controllers reach the engine only through the feature services (style rule 2). */
class ViewsNeverCallTheEngineTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.dangbo.baocao");

    @Test
    void viewsAndControllersDoNotUseCamunda() {
        noClasses()
                .that()
                .resideInAnyPackage("..ui..", "vn.dangbo.baocao.api..")
                // it turns the engine's optimistic-locking failure into a 409
                .and()
                .doNotHaveSimpleName("ApiExceptionHandler")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.camunda..")
                .check(CLASSES);
    }
}
