package vn.dangbo.baocao.api;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.organisation.NewUnit;
import vn.dangbo.baocao.organisation.NewUser;
import vn.dangbo.baocao.organisation.OrganisationAdmin;
import vn.dangbo.baocao.organisation.UnitChange;
import vn.dangbo.baocao.organisation.UnitSummary;
import vn.dangbo.baocao.organisation.UserChange;
import vn.dangbo.baocao.organisation.UserSummary;

/** Units and users of the caller's organisation (administrator), and everyone's own password. */
@RestController
@RequestMapping("/api")
class AdminController {

    record PasswordDto(String password) {}

    record OwnPasswordDto(String currentPassword, String newPassword) {}

    private final OrganisationAdmin admin;
    private final CurrentActor current;

    AdminController(OrganisationAdmin admin, CurrentActor current) {
        this.admin = admin;
        this.current = current;
    }

    @GetMapping("/admin/units")
    List<UnitSummary> units() {
        return admin.units(current.get());
    }

    @PostMapping("/admin/units")
    @ResponseStatus(HttpStatus.CREATED)
    UnitSummary createUnit(@RequestBody NewUnit unit) {
        return admin.createUnit(current.get(), unit);
    }

    @PatchMapping("/admin/units/{code}")
    UnitSummary changeUnit(@PathVariable String code, @RequestBody UnitChange change) {
        return admin.changeUnit(current.get(), code, change);
    }

    @GetMapping("/admin/users")
    List<UserSummary> users() {
        return admin.users(current.get());
    }

    @PostMapping("/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserSummary createUser(@RequestBody NewUser user) {
        return admin.createUser(current.get(), user);
    }

    @PatchMapping("/admin/users/{username}")
    UserSummary changeUser(@PathVariable String username, @RequestBody UserChange change) {
        return admin.changeUser(current.get(), username, change);
    }

    @PostMapping("/admin/users/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@PathVariable String username, @RequestBody PasswordDto body) {
        admin.resetPassword(current.get(), username, body.password());
    }

    @PostMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changeOwnPassword(@RequestBody OwnPasswordDto body) {
        admin.changeOwnPassword(current.get(), body.currentPassword(), body.newPassword());
    }
}
