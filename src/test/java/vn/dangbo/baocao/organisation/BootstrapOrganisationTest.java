package vn.dangbo.baocao.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.env.MockEnvironment;
import vn.dangbo.baocao.identity.Organisation;

class BootstrapOrganisationTest {

    private final OrganisationRepository repository = mock(OrganisationRepository.class);
    private final OrganisationAdmin admin = mock(OrganisationAdmin.class);

    private static MockEnvironment complete() {
        return new MockEnvironment()
                .withProperty("app.bootstrap.admin-password", "mot-mat-khau-dai")
                .withProperty("app.bootstrap.organisation.code", "xuan-giang")
                .withProperty("app.bootstrap.organisation.name", "ĐẢNG ỦY XÃ XUÂN GIANG")
                .withProperty("app.bootstrap.organisation.superior", "ĐẢNG BỘ TỈNH NINH BÌNH")
                .withProperty("app.bootstrap.organisation.place", "Xuân Giang")
                .withProperty("app.bootstrap.organisation.short-name", "Đảng ủy xã Xuân Giang")
                .withProperty("app.bootstrap.organisation.term-start", "2025-07-01");
    }

    @Test
    void emptyDatabaseWithEverySettingCreatesTheOrganisationWithDefaults() {
        when(repository.organisations()).thenReturn(List.of());
        when(admin.createOrganisation(any())).thenReturn(organisation());

        new BootstrapOrganisation(repository, admin, complete()).run(null);

        ArgumentCaptor<NewOrganisation> created = ArgumentCaptor.forClass(NewOrganisation.class);
        verify(admin).createOrganisation(created.capture());
        assertThat(created.getValue().code()).isEqualTo("xuan-giang");
        assertThat(created.getValue().shortName()).isEqualTo("Đảng ủy xã Xuân Giang");
        assertThat(created.getValue().termStart()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(created.getValue().issuerCode()).isEqualTo("ĐU");
        assertThat(created.getValue().adminUsername()).isEqualTo("admin");
        assertThat(created.getValue().adminPassword()).isEqualTo("mot-mat-khau-dai");
    }

    @Test
    void existingOrganisationMeansNothingIsCreatedEvenWithEverySetting() {
        when(repository.organisations()).thenReturn(List.of(organisation()));

        new BootstrapOrganisation(repository, admin, complete()).run(null);

        verify(admin, never()).createOrganisation(any());
    }

    @Test
    void missingSettingsCreateNothingAndAreListedByTheirEnvironmentNames() {
        when(repository.organisations()).thenReturn(List.of());
        MockEnvironment environment = complete();
        environment.setProperty("app.bootstrap.organisation.short-name", " ");
        MockEnvironment withoutPassword =
                new MockEnvironment().withProperty("app.bootstrap.organisation.code", "xuan-giang");

        new BootstrapOrganisation(repository, admin, environment).run(null);
        new BootstrapOrganisation(repository, admin, withoutPassword).run(null);

        verify(admin, never()).createOrganisation(any());
        assertThat(BootstrapOrganisation.plan(environment).missing())
                .containsExactly("app.bootstrap.organisation.short-name");
        assertThat(BootstrapOrganisation.plan(withoutPassword).missing())
                .hasSize(6)
                .contains("app.bootstrap.admin-password")
                .doesNotContain("app.bootstrap.organisation.code");
        assertThat(BootstrapOrganisation.envName("app.bootstrap.organisation.short-name"))
                .isEqualTo("APP_BOOTSTRAP_ORGANISATION_SHORT_NAME");
    }

    @Test
    void shortPasswordOrBadDateStopsTheStartWithTheSettingToFix() {
        when(repository.organisations()).thenReturn(List.of());
        MockEnvironment shortPassword = complete().withProperty("app.bootstrap.admin-password", "123456789");
        MockEnvironment badDate = complete().withProperty("app.bootstrap.organisation.term-start", "01/07/2025");

        assertThatThrownBy(() -> new BootstrapOrganisation(repository, admin, shortPassword).run(null))
                .hasMessageContaining("APP_BOOTSTRAP_ADMIN_PASSWORD")
                .hasMessageContaining("10");
        assertThatThrownBy(() -> new BootstrapOrganisation(repository, admin, badDate).run(null))
                .hasMessageContaining("APP_BOOTSTRAP_ORGANISATION_TERM_START");
        verify(admin, never()).createOrganisation(any());
    }

    private static Organisation organisation() {
        return new Organisation(
                1,
                "xuan-giang",
                "ĐẢNG ỦY XÃ XUÂN GIANG",
                "ĐẢNG BỘ TỈNH NINH BÌNH",
                "Xuân Giang",
                "ĐU",
                "Đảng ủy xã Xuân Giang",
                LocalDate.of(2025, 7, 1));
    }
}
