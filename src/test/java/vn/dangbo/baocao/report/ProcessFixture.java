package vn.dangbo.baocao.report;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.identity.Unit;
import vn.dangbo.baocao.identity.UnitKind;
import vn.dangbo.baocao.organisation.CamundaIdentitySync;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.template.TemplateCatalog;

/**
 * An organisation of its own for tests that move timers or issue numbers, so the demo organisation's
 * register and reports stay untouched: an office, a standing committee and four chi bộ (a, b, c, d), one user
 * each, and a small template where chi bộ a and b each write one section ("role:a", "role:b") and the office
 * writes the assessment.
 */
final class ProcessFixture {

    static final String TEMPLATE = """
            id: thu-nghiem
            title: Báo cáo thử nghiệm
            subject:
              - Báo cáo thử nghiệm
              - "{period}"
            closing: Trân trọng báo cáo./.
            sections:
              - code: A
                heading: PHẦN CỦA CHI BỘ A
                owner: role:a
                items:
                  - {code: A.1, heading: Kết quả}
              - code: B
                heading: PHẦN CỦA CHI BỘ B
                owner: role:b
                items:
                  - {code: B.1, heading: Kết quả}
              - code: C
                heading: ĐÁNH GIÁ CHUNG
                owner: office
                items:
                  - {code: C.1, heading: Đánh giá}
            """;

    final Organisation organisation;
    final Map<String, Actor> actors = new HashMap<>();

    private ProcessFixture(Organisation organisation) {
        this.organisation = organisation;
    }

    static ProcessFixture create(
            String prefix,
            OrganisationRepository organisations,
            TemplateCatalog templates,
            CamundaIdentitySync identity,
            PasswordEncoder passwords,
            TransactionTemplate tx) {
        String code = prefix + Long.toString(System.nanoTime(), 36);
        ProcessFixture fixture = tx.execute(status -> {
            long org = organisations.insertOrganisation(new Organisation(
                    0,
                    code,
                    "ĐẢNG ỦY XÃ THỬ NGHIỆM",
                    "ĐẢNG BỘ TỈNH NINH BÌNH",
                    "Thử Nghiệm",
                    "ĐU",
                    "Đảng ủy xã Thử Nghiệm",
                    LocalDate.of(2025, 7, 1)));
            String hash = passwords.encode("demo");
            Map<String, Long> users = new HashMap<>();
            long office = organisations.insertUnit(org, "vpdu", "Văn phòng Đảng ủy", UnitKind.OFFICE);
            long btv = organisations.insertUnit(org, "btv", "Ban Thường vụ Đảng ủy", UnitKind.LEADERSHIP);
            users.put(
                    "office",
                    organisations.insertUser(org, code + "-vp", hash, "Văn Phòng", office, Set.of(Role.OFFICE), null));
            users.put(
                    "signer",
                    organisations.insertUser(
                            org, code + "-bt", hash, "Nguyễn Bí Thư", btv, Set.of(Role.LEADERSHIP), "BÍ THƯ"));
            for (String unit : List.of("a", "b", "c", "d")) {
                long id = organisations.insertUnit(org, unit, "Chi bộ " + unit.toUpperCase(), UnitKind.CHI_BO);
                users.put(
                        unit,
                        organisations.insertUser(
                                org, code + "-" + unit, hash, "Đảng viên " + unit, id, Set.of(Role.UNIT), null));
            }
            templates.store(org, "admin", TEMPLATE);
            Organisation o = organisations.organisation(org).orElseThrow();
            ProcessFixture f = new ProcessFixture(o);
            users.forEach((key, userId) -> {
                var user = organisations.user(userId).orElseThrow();
                Unit unit = organisations.unit(user.unitId()).orElseThrow();
                f.actors.put(
                        key,
                        new Actor(
                                user.id(),
                                user.username(),
                                user.fullName(),
                                o,
                                unit,
                                EnumSet.copyOf(user.roles()),
                                user.position()));
            });
            return f;
        });
        identity.sync(fixture.organisation);
        return fixture;
    }

    Actor actor(String key) {
        return actors.get(key);
    }

    String group(String unitCode) {
        return Unit.groupId(organisation.code(), unitCode);
    }
}
