package vn.dangbo.baocao.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dangbo.baocao.common.Violation;

class AdminRulesTest {

    private static List<Violation> roles(Set<Role> roles, UnitKind kind, String position) {
        List<Violation> problems = new ArrayList<>();
        AdminRules.rolesAndPosition(roles, kind, position, problems);
        return problems;
    }

    @Test
    void eachWorkingRoleFitsOnlyItsKindOfUnit() {
        assertThat(roles(Set.of(Role.UNIT), UnitKind.CHI_BO, null)).isEmpty();
        assertThat(roles(Set.of(Role.OFFICE, Role.ADMIN), UnitKind.OFFICE, null)).isEmpty();
        assertThat(roles(Set.of(Role.ADMIN), UnitKind.CHI_BO, null)).isEmpty();
        assertThat(roles(Set.of(Role.UNIT), UnitKind.OFFICE, null)).extracting(Violation::message)
                .containsExactly("Vai trò Chi bộ chỉ dành cho người dùng thuộc một chi bộ.");
        assertThat(roles(Set.of(Role.LEADERSHIP), UnitKind.CHI_BO, null)).extracting(Violation::field)
                .containsExactly("roles");
        assertThat(roles(Set.of(), UnitKind.CHI_BO, null)).extracting(Violation::message)
                .containsExactly("Chọn ít nhất một vai trò.");
    }

    @Test
    void signatureTitleOnlyForTheLeadership() {
        assertThat(roles(Set.of(Role.LEADERSHIP), UnitKind.LEADERSHIP, "PHÓ BÍ THƯ")).isEmpty();
        assertThat(roles(Set.of(Role.LEADERSHIP), UnitKind.LEADERSHIP, null)).isEmpty();
        assertThat(roles(Set.of(Role.LEADERSHIP), UnitKind.LEADERSHIP, "CHỦ TỊCH")).extracting(Violation::field)
                .containsExactly("position");
        assertThat(roles(Set.of(Role.UNIT), UnitKind.CHI_BO, "BÍ THƯ")).extracting(Violation::field)
                .containsExactly("position");
    }

    @Test
    void passwordsNeedTenCharactersAndFitBcrypt() {
        assertThat(AdminRules.password("password", "123456789")).extracting(Violation::message)
                .containsExactly("Mật khẩu phải có ít nhất 10 ký tự.");
        assertThat(AdminRules.password("password", null)).hasSize(1);
        assertThat(AdminRules.password("password", "mật khẩu đủ dài")).isEmpty();
        assertThat(AdminRules.password("password", "đ".repeat(40))).extracting(Violation::message)
                .containsExactly("Mật khẩu dài tối đa 72 byte.");
    }

    @Test
    void codesAndUsernamesAreLowercaseAsciiOfBoundedLength() {
        assertThat(AdminRules.UNIT_CODE.matcher("chi-bo-3").matches()).isTrue();
        assertThat(AdminRules.UNIT_CODE.matcher("Chi bộ").matches()).isFalse();
        assertThat(AdminRules.UNIT_CODE.matcher("a").matches()).isFalse();
        assertThat(AdminRules.USERNAME.matcher("nguyen.van_an-2").matches()).isTrue();
        assertThat(AdminRules.USERNAME.matcher("an").matches()).isFalse();
        assertThat(AdminRules.USERNAME.matcher("x".repeat(33)).matches()).isFalse();
    }
}
