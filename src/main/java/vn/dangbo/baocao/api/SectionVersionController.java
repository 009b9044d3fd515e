package vn.dangbo.baocao.api;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.baocao.contribution.SectionVersions;
import vn.dangbo.baocao.contribution.VersionDiff;
import vn.dangbo.baocao.contribution.VersionSummary;
import vn.dangbo.baocao.identity.CurrentActor;

@RestController
@RequestMapping("/api/reports/{id}/sections/{code}/versions")
class SectionVersionController {

    private final CurrentActor current;
    private final SectionVersions versions;

    SectionVersionController(CurrentActor current, SectionVersions versions) {
        this.current = current;
        this.versions = versions;
    }

    @GetMapping
    List<VersionSummary> list(
            @PathVariable long id, @PathVariable String code, @RequestParam(required = false) String unit) {
        return versions.versions(current.get(), id, code, unit);
    }

    @GetMapping("/{a}/diff/{b}")
    VersionDiff diff(
            @PathVariable long id,
            @PathVariable String code,
            @PathVariable int a,
            @PathVariable int b,
            @RequestParam(required = false) String unit) {
        return versions.diff(current.get(), id, code, unit, a, b);
    }
}
