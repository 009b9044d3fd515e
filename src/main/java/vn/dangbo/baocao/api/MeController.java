package vn.dangbo.baocao.api;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.identity.Unit;
import vn.dangbo.baocao.identity.UnitKind;
import vn.dangbo.baocao.organisation.OrganisationRepository;

@RestController
@RequestMapping("/api")
class MeController {

    record UnitDto(String code, String name, UnitKind kind) {
        static UnitDto of(Unit unit) {
            return new UnitDto(unit.code(), unit.name(), unit.kind());
        }
    }

    record MeDto(
            String username, String fullName, String position, String organisation, UnitDto unit, List<String> roles) {}

    private final CurrentActor current;
    private final OrganisationRepository organisations;

    MeController(CurrentActor current, OrganisationRepository organisations) {
        this.current = current;
        this.organisations = organisations;
    }

    @GetMapping("/me")
    MeDto me() {
        Actor actor = current.get();
        return new MeDto(
                actor.username(),
                actor.fullName(),
                actor.position(),
                actor.organisation().name(),
                UnitDto.of(actor.unit()),
                actor.roles().stream().map(Enum::name).sorted().toList());
    }

    @GetMapping("/units")
    List<UnitDto> units() {
        return organisations.units(current.get().organisationId()).stream()
                .map(UnitDto::of)
                .toList();
    }
}
