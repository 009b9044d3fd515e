package vn.dangbo.baocao.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.identity.UnitKind;

class AdminRulesTest {

    private static List<Violation> roles(Set<Role> roles, UnitKind kind, String position) {
        List<Violation> problems = new ArrayList<>();
        AdminRules.rolesAndPosition(
                roles, kind, position, Vocabulary.defaults(OrganisationKind.PARTY_COMMITTEE), problems);
        return problems;
    }

    @Test
    void eachWorkingRoleFitsOnlyItsKindOfUnit() {
        assertThat(roles(Set.of(Role.UNIT), UnitKind.CHI_BO, null)).isEmpty();
        assertThat(roles(Set.of(Role.OFFICE, Role.ADMIN), UnitKind.OFFICE, null))
                .isEmpty();
        assertThat(roles(Set.of(Role.ADMIN), UnitKind.CHI_BO, null)).isEmpty();
        assertThat(roles(Set.of(Role.UNIT), UnitKind.OFFICE, null))
                .extracting(Violation::message)
                .containsExactly("Vai trò Chi bộ chỉ dành cho người dùng thuộc một chi bộ.");
        assertThat(roles(Set.of(Role.LEADERSHIP), UnitKind.CHI_BO, null))
                .extracting(Violation::field)
                .containsExactly("roles");
        assertThat(roles(Set.of(), UnitKind.CHI_BO, null))
                .extracting(Violation::message)
                .containsExactly("Chọn ít nhất một vai trò.");
    }

    @Test
    void signatureTitleOnlyForTheLeadership() {
        assertThat(roles(Set.of(Role.LEADERSHIP), UnitKind.LEADERSHIP, "PHÓ BÍ THƯ"))
                .isEmpty();
        assertThat(roles(Set.of(Role.LEADERSHIP), UnitKind.LEADERSHIP, null)).isEmpty();
        assertThat(roles(Set.of(Role.LEADERSHIP), UnitKind.LEADERSHIP, "CHỦ TỊCH"))
                .extracting(Violation::field)
                .containsExactly("position");
        assertThat(roles(Set.of(Role.UNIT), UnitKind.CHI_BO, "BÍ THƯ"))
                .extracting(Violation::field)
                .containsExactly("position");
    }

    @Test
    void passwordsNeedTenCharactersAndFitBcrypt() {
        assertThat(AdminRules.password("password", "123456789", "ubnd"))
                .extracting(Violation::message)
                .containsExactly("Mật khẩu phải có ít nhất 10 ký tự.");
        assertThat(AdminRules.password("password", null, "ubnd")).hasSize(1);
        assertThat(AdminRules.password("password", "mật khẩu đủ dài", "ubnd")).isEmpty();
        assertThat(AdminRules.password("password", "đ".repeat(40), "ubnd"))
                .extracting(Violation::message)
                .containsExactly("Mật khẩu dài tối đa 72 byte.");
    }

    @Test
    void easyPasswordsAreRefusedWithTheReason() {
        assertThat(message(" ".repeat(10))).startsWith("Mật khẩu quá dễ đoán");
        assertThat(message("1234567890")).startsWith("Mật khẩu quá dễ đoán");
        assertThat(message("aaaaaaaaaaaa")).startsWith("Mật khẩu quá dễ đoán");
        assertThat(message("abababababab")).startsWith("Mật khẩu quá dễ đoán");
        assertThat(message("QWERTYUIOP")).startsWith("Mật khẩu quá dễ đoán");
        assertThat(message("MatKhau@123"))
                .isEqualTo("Mật khẩu này quá phổ biến, dễ bị đoán ra; hãy chọn mật khẩu khác.");
        assertThat(message("password123")).startsWith("Mật khẩu này quá phổ biến");
        assertThat(message("ubnd-xuan-hung")).isEqualTo("Mật khẩu không được chứa tên đăng nhập.");
        assertThat(AdminRules.password("password", "Quan-tri-Xuan-Hung-2026", "admin"))
                .isEmpty();
    }

    private static String message(String password) {
        List<Violation> problems = AdminRules.password("password", password, "ubnd");
        assertThat(problems).hasSize(1);
        return problems.get(0).message();
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
