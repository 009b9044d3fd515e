package vn.dangbo.baocao.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.identity.UnitKind;
import vn.dangbo.baocao.organisation.NewUnit;
import vn.dangbo.baocao.organisation.NewUser;
import vn.dangbo.baocao.organisation.UnitChange;
import vn.dangbo.baocao.organisation.UnitSummary;
import vn.dangbo.baocao.organisation.UserChange;
import vn.dangbo.baocao.organisation.UserSummary;

/** The dialogs hand the services exactly what was typed, and nothing while a required field is empty. */
class AdminDialogsTest {

    private static final List<UnitSummary> UNITS = List.of(
            new UnitSummary("vpdu", "Văn phòng Đảng ủy", UnitKind.OFFICE, true, 2),
            new UnitSummary("btv", "Ban Thường vụ Đảng ủy", UnitKind.LEADERSHIP, true, 2),
            new UnitSummary("ubnd", "Chi bộ Ủy ban nhân dân xã", UnitKind.CHI_BO, true, 1));

    @Test
    void newUserDialogSendsTheTypedUserWithTheChosenUnitCode() {
        AtomicReference<NewUser> sent = new AtomicReference<>();
        UserDialog dialog = UserDialog.create(UNITS, List.of("BÍ THƯ", "PHÓ BÍ THƯ"), sent::set);
        dialog.ok.click();
        assertThat(sent.get()).as("nothing is sent while fields are empty").isNull();

        dialog.username.setValue("lan.nguyen");
        dialog.fullName.setValue("Nguyễn Thị Lan");
        dialog.unit.setValue(UNITS.get(2));
        dialog.password.setValue("mat-khau-ban-dau");
        dialog.ok.click();

        assertThat(sent.get())
                .isEqualTo(new NewUser(
                        "lan.nguyen", "Nguyễn Thị Lan", "ubnd", Set.of(Role.UNIT), null, "mat-khau-ban-dau"));
    }

    @Test
    void editUserDialogStartsFromTheUserAndCanClearTheTitle() {
        AtomicReference<UserChange> sent = new AtomicReference<>();
        UserSummary user = new UserSummary(
                "phobithu",
                "Bùi Thị Hồng Chiên",
                "btv",
                "Ban Thường vụ Đảng ủy",
                Set.of(Role.LEADERSHIP),
                "PHÓ BÍ THƯ",
                true);
        UserDialog dialog = UserDialog.edit(user, UNITS, List.of("BÍ THƯ", "PHÓ BÍ THƯ"), sent::set);
        assertThat(dialog.unit.getValue().code()).isEqualTo("btv");

        dialog.position.clear();
        dialog.ok.click();

        assertThat(sent.get())
                .isEqualTo(new UserChange("Bùi Thị Hồng Chiên", "btv", Set.of(Role.LEADERSHIP), "", true));
    }

    @Test
    void unitDialogsSendNewAndChangedUnits() {
        AtomicReference<NewUnit> created = new AtomicReference<>();
        UnitDialog create = UnitDialog.create(created::set);
        create.code.setValue("congan");
        create.name.setValue("Chi bộ Công an xã");
        create.ok.click();
        assertThat(created.get()).isEqualTo(new NewUnit("congan", "Chi bộ Công an xã", UnitKind.CHI_BO));

        AtomicReference<UnitChange> changed = new AtomicReference<>();
        UnitDialog edit = UnitDialog.edit(UNITS.get(2), changed::set);
        edit.active.setValue(false);
        edit.ok.click();
        assertThat(changed.get()).isEqualTo(new UnitChange("Chi bộ Ủy ban nhân dân xã", false));
    }

    @Test
    void passwordDialogRefusesADifferentRepetition() {
        AtomicReference<String> changed = new AtomicReference<>();
        PasswordDialog dialog = PasswordDialog.own((current, fresh) -> changed.set(current + ">" + fresh));
        dialog.current.setValue("mat-khau-cu-1");
        dialog.fresh.setValue("mat-khau-moi-1");
        dialog.repeat.setValue("mat-khau-moi-2");
        dialog.ok.click();
        assertThat(changed.get()).isNull();

        dialog.repeat.setValue("mat-khau-moi-1");
        dialog.ok.click();
        assertThat(changed.get()).isEqualTo("mat-khau-cu-1>mat-khau-moi-1");
    }
}
