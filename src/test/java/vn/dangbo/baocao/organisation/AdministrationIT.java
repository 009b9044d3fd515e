package vn.dangbo.baocao.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.identity.Organisation;

/**
 * The administrator manages the units and users of the demo organisation through the API. Every unit and user
 * here is new (unique codes); the demo users are never changed.
 */
@IntegrationTest
class AdministrationIT {

    private static final String PASSWORD = "mat-khau-ban-dau";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityService identity;

    @Autowired
    OrganisationAdmin organisationAdmin;

    private ApiClient admin() {
        return ApiClient.as(port, "admin", "demo");
    }

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }

    private String createUnit(String code) {
        ApiClient.Response created =
                admin().post("/api/admin/units", Map.of("code", code, "name", "Chi bộ Thôn " + code, "kind", "CHI_BO"));
        assertThat(created.status()).as(created.detail()).isEqualTo(201);
        return code;
    }

    private ApiClient.Response createUser(String username, String unitCode, List<String> roles, String password) {
        return admin().post(
                        "/api/admin/users",
                        Map.of(
                                "username",
                                username,
                                "fullName",
                                "Nguyễn Thị Lan",
                                "unitCode",
                                unitCode,
                                "roles",
                                roles,
                                "password",
                                password));
    }

    private List<String> camundaGroups(String username) {
        return identity.createGroupQuery().groupMember(username).list().stream()
                .map(Group::getId)
                .toList();
    }

    private int auditEntries(String action, String target) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and target = ?")
                .params(action, target)
                .query(Integer.class)
                .single();
    }

    @Test
    void newChiBoAndItsUserCanSignInAndWorkForThatUnit() {
        String code = createUnit("cb-" + unique());
        String username = "lan." + unique();

        ApiClient.Response user = createUser(username, code, List.of("UNIT"), PASSWORD);

        assertThat(user.status()).as(user.detail()).isEqualTo(201);
        assertThat(user.json().get("unitCode").asText()).isEqualTo(code);
        assertThat(user.json().has("password")).isFalse();
        JsonNode me = ApiClient.as(port, username, PASSWORD).get("/api/me").json();
        assertThat(me.get("fullName").asText()).isEqualTo("Nguyễn Thị Lan");
        assertThat(me.at("/unit/code").asText()).isEqualTo(code);
        assertThat(me.at("/unit/kind").asText()).isEqualTo("CHI_BO");
        assertThat(me.at("/unit/name").asText()).isEqualTo("Chi bộ Thôn " + code);
        assertThat(ApiClient.as(port, "vanphong", "demo")
                        .get("/api/units")
                        .json()
                        .findValuesAsText("code"))
                .contains(code);
        assertThat(camundaGroups(username)).containsExactly("xuan-hung." + code);
        assertThat(admin().get("/api/admin/users").json().findValuesAsText("username"))
                .contains(username);
        assertThat(auditEntries("UNIT_CHANGED", "unit:" + code)).isEqualTo(1);
        assertThat(auditEntries("USER_CHANGED", "user:" + username)).isEqualTo(1);
        assertThat(admin().get("/api/audit/verify").json().get("ok").asBoolean())
                .isTrue();
    }

    @Test
    void onlyTheAdministratorManagesUnitsAndUsers() {
        String code = "cb-" + unique();
        ApiClient office = ApiClient.as(port, "vanphong", "demo");

        assertThat(office.get("/api/admin/units").status()).isEqualTo(403);
        ApiClient.Response create =
                office.post("/api/admin/units", Map.of("code", code, "name", "Chi bộ mới", "kind", "CHI_BO"));
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.detail()).isEqualTo("Chỉ quản trị được quản lý đơn vị và người dùng.");
        assertThat(ApiClient.as(port, "ubnd", "demo")
                        .patch("/api/admin/users/ubnd", Map.of("enabled", false))
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get("/api/admin/users").status()).isEqualTo(401);
        assertThat(admin().get("/api/admin/units").json().findValuesAsText("code"))
                .doesNotContain(code);
        assertThat(ApiClient.as(port, "ubnd", "demo").get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void invalidInputIsRefusedInVietnameseAndNothingIsCreated() {
        String username = "hoa." + unique();
        int unitsBefore = admin().get("/api/admin/units").json().size();

        ApiClient.Response duplicate =
                admin().post("/api/admin/units", Map.of("code", "ubnd", "name", "Chi bộ trùng mã", "kind", "CHI_BO"));
        ApiClient.Response badCode =
                admin().post("/api/admin/units", Map.of("code", "Chi bộ", "name", "", "kind", "CHI_BO"));
        ApiClient.Response secondOffice = admin().post(
                        "/api/admin/units",
                        Map.of("code", "vp-" + unique(), "name", "Văn phòng thứ hai", "kind", "OFFICE"));
        ApiClient.Response shortPassword = createUser(username, "ubnd", List.of("UNIT"), "123456789");
        ApiClient.Response wrongUnit = createUser(username, "vpdu", List.of("UNIT"), PASSWORD);
        ApiClient.Response takenUsername = createUser("bithu", "ubnd", List.of("UNIT"), PASSWORD);

        assertThat(duplicate.status()).isEqualTo(422);
        assertThat(duplicate.detail()).contains("Mã đơn vị \"ubnd\" đã được dùng.");
        assertThat(duplicate.json().at("/errors/0/field").asText()).isEqualTo("code");
        assertThat(badCode.status()).isEqualTo(422);
        assertThat(badCode.json().get("errors").findValuesAsText("field")).containsExactly("code", "name");
        assertThat(secondOffice.status()).isEqualTo(422);
        assertThat(secondOffice.detail()).contains("Đảng ủy đã có Văn phòng Đảng ủy");
        assertThat(shortPassword.status()).isEqualTo(422);
        assertThat(shortPassword.detail()).contains("Mật khẩu phải có ít nhất 10 ký tự.");
        assertThat(wrongUnit.status()).isEqualTo(422);
        assertThat(wrongUnit.detail()).contains("Vai trò Chi bộ chỉ dành cho người dùng thuộc một chi bộ.");
        assertThat(takenUsername.status()).isEqualTo(422);
        assertThat(takenUsername.detail()).contains("Tên đăng nhập \"bithu\" đã được dùng.");

        assertThat(admin().get("/api/admin/units").json().size()).isEqualTo(unitsBefore);
        assertThat(admin().get("/api/admin/users").json().findValuesAsText("username"))
                .doesNotContain(username);
        assertThat(ApiClient.as(port, username, PASSWORD).get("/api/me").status())
                .isEqualTo(401);
        assertThat(ApiClient.as(port, "bithu", "demo")
                        .get("/api/me")
                        .json()
                        .get("fullName")
                        .asText())
                .isEqualTo("Phạm Văn Thắng");
    }

    @Test
    void disabledUserIsRefusedAtItsNextCallAndCanBeEnabledAgain() {
        String code = createUnit("cb-" + unique());
        String username = "binh." + unique();
        assertThat(createUser(username, code, List.of("UNIT"), PASSWORD).status())
                .isEqualTo(201);
        ApiClient user = ApiClient.as(port, username, PASSWORD);
        assertThat(user.get("/api/me").status()).isEqualTo(200);

        ApiClient.Response disabled = admin().patch("/api/admin/users/" + username, Map.of("enabled", false));

        assertThat(disabled.status()).as(disabled.detail()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(user.get("/api/me").status()).isEqualTo(401);
        assertThat(identity.createUserQuery().userId(username).count()).isZero();
        assertThat(auditEntries("USER_CHANGED", "user:" + username)).isEqualTo(2);

        assertThat(admin().patch("/api/admin/users/" + username, Map.of("enabled", true))
                        .status())
                .isEqualTo(200);
        assertThat(user.get("/api/me").status()).isEqualTo(200);
        assertThat(camundaGroups(username)).containsExactly("xuan-hung." + code);
    }

    @Test
    void movingAUserChangesItsUnitAndItsCandidateGroup() {
        String first = createUnit("cb-" + unique());
        String second = createUnit("cb-" + unique());
        String username = "cuong." + unique();
        assertThat(createUser(username, first, List.of("UNIT"), PASSWORD).status())
                .isEqualTo(201);

        ApiClient.Response moved = admin().patch("/api/admin/users/" + username, Map.of("unitCode", second));
        ApiClient.Response officeRoleInChiBo =
                admin().patch("/api/admin/users/" + username, Map.of("roles", List.of("OFFICE")));

        assertThat(moved.status()).as(moved.detail()).isEqualTo(200);
        assertThat(ApiClient.as(port, username, PASSWORD)
                        .get("/api/me")
                        .json()
                        .at("/unit/code")
                        .asText())
                .isEqualTo(second);
        assertThat(camundaGroups(username)).containsExactly("xuan-hung." + second);
        assertThat(officeRoleInChiBo.status()).isEqualTo(422);
        assertThat(officeRoleInChiBo.detail())
                .contains("Vai trò Văn phòng chỉ dành cho người dùng thuộc Văn phòng Đảng ủy.");
        assertThat(StreamSupport.stream(
                                ApiClient.as(port, username, PASSWORD)
                                        .get("/api/me")
                                        .json()
                                        .get("roles")
                                        .spliterator(),
                                false)
                        .map(JsonNode::asText))
                .containsExactly("UNIT");
    }

    @Test
    void unitWithActiveUsersCannotBeDeactivatedUntilTheyAreGone() {
        String code = createUnit("cb-" + unique());
        String username = "dung." + unique();
        assertThat(createUser(username, code, List.of("UNIT"), PASSWORD).status())
                .isEqualTo(201);

        ApiClient.Response refused = admin().patch("/api/admin/units/" + code, Map.of("active", false));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.detail()).contains("Đơn vị còn 1 người dùng đang hoạt động");

        admin().patch("/api/admin/users/" + username, Map.of("enabled", false));
        ApiClient.Response renamed =
                admin().patch("/api/admin/units/" + code, Map.of("name", "Chi bộ Thôn Đông", "active", false));

        assertThat(renamed.status()).as(renamed.detail()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo("Chi bộ Thôn Đông");
        assertThat(ApiClient.as(port, "vanphong", "demo")
                        .get("/api/units")
                        .json()
                        .findValuesAsText("code"))
                .doesNotContain(code);
        assertThat(createUser("moi." + unique(), code, List.of("UNIT"), PASSWORD)
                        .detail())
                .contains("Chọn một đơn vị đang hoạt động.");
        assertThat(auditEntries("UNIT_CHANGED", "unit:" + code)).isEqualTo(2);
    }

    @Test
    void passwordsAreResetByTheAdministratorAndChangedByTheUserWithTheCurrentOne() {
        String code = createUnit("cb-" + unique());
        String username = "giang." + unique();
        assertThat(createUser(username, code, List.of("UNIT"), PASSWORD).status())
                .isEqualTo(201);

        assertThat(admin().post("/api/admin/users/" + username + "/password", Map.of("password", "dat-lai-mat-khau"))
                        .status())
                .isEqualTo(204);
        assertThat(ApiClient.as(port, username, PASSWORD).get("/api/me").status())
                .isEqualTo(401);
        ApiClient user = ApiClient.as(port, username, "dat-lai-mat-khau");

        ApiClient.Response wrongCurrent = user.post(
                "/api/me/password", Map.of("currentPassword", "khong-dung-dau", "newPassword", "mat-khau-cua-toi"));
        assertThat(wrongCurrent.status()).isEqualTo(422);
        assertThat(wrongCurrent.detail()).contains("Mật khẩu hiện tại không đúng.");
        assertThat(user.post("/api/me/password", Map.of("currentPassword", "dat-lai-mat-khau", "newPassword", "ngan"))
                        .status())
                .isEqualTo(422);
        assertThat(user.get("/api/me").status()).isEqualTo(200);

        assertThat(user.post(
                                "/api/me/password",
                                Map.of("currentPassword", "dat-lai-mat-khau", "newPassword", "mat-khau-cua-toi"))
                        .status())
                .isEqualTo(204);
        assertThat(ApiClient.as(port, username, "mat-khau-cua-toi")
                        .get("/api/me")
                        .status())
                .isEqualTo(200);
        assertThat(user.get("/api/me").status()).isEqualTo(401);
        assertThat(auditEntries("USER_CHANGED", "user:" + username)).isEqualTo(3);
    }

    @Test
    void newOrganisationHasItsOfficeLeadershipAdministratorAndTemplates() {
        String suffix = unique();
        String code = "xa-" + suffix;
        String adminName = "qt." + suffix;

        Organisation created = organisationAdmin.createOrganisation(new NewOrganisation(
                code,
                "ĐẢNG ỦY XÃ XUÂN GIANG",
                "ĐẢNG BỘ TỈNH NINH BÌNH",
                "Xuân Giang",
                "ĐU",
                "Đảng ủy xã Xuân Giang",
                LocalDate.of(2025, 7, 1),
                adminName,
                "mat-khau-quan-tri"));

        ApiClient newAdmin = ApiClient.as(port, adminName, "mat-khau-quan-tri");
        JsonNode me = newAdmin.get("/api/me").json();
        assertThat(me.get("organisation").asText()).isEqualTo("ĐẢNG ỦY XÃ XUÂN GIANG");
        assertThat(me.at("/unit/code").asText()).isEqualTo("vpdu");
        assertThat(me.get("roles").get(0).asText()).isEqualTo("ADMIN");
        assertThat(newAdmin.get("/api/admin/units").json().findValuesAsText("code"))
                .containsExactlyInAnyOrder("vpdu", "btv");
        assertThat(newAdmin.get("/api/admin/users").json().findValuesAsText("username"))
                .containsExactly(adminName);
        assertThat(newAdmin.get("/api/templates").json().findValuesAsText("id")).contains("nq57-nam");
        assertThat(identity.createTenantQuery().tenantId(code).count()).isOne();
        assertThat(camundaGroups(adminName)).containsExactly(code + ".vpdu");
        assertThat(newAdmin.get("/api/audit/verify").json().get("entries").asInt())
                .isEqualTo(2);
        assertThat(created.code()).isEqualTo(code);

        assertThatThrownBy(() -> organisationAdmin.createOrganisation(new NewOrganisation(
                        code,
                        "ĐẢNG ỦY XÃ KHÁC",
                        "ĐẢNG BỘ TỈNH NINH BÌNH",
                        "Khác",
                        "ĐU",
                        "Đảng ủy xã Khác",
                        LocalDate.of(2025, 7, 1),
                        "qt2." + suffix,
                        "mat-khau-quan-tri")))
                .isInstanceOf(AppException.class)
                .hasMessageContaining("Đảng ủy \"" + code + "\" đã có.");
        assertThat(jdbc.sql("select count(*) from app_user where username = ?")
                        .param("qt2." + suffix)
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
