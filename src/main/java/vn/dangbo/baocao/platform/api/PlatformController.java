package vn.dangbo.baocao.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.baocao.platform.NewPlatformOrganisation;
import vn.dangbo.baocao.platform.OrganisationChange;
import vn.dangbo.baocao.platform.OrganisationEntry;
import vn.dangbo.baocao.platform.PlatformService;

/** The organisations of the installation, for the platform operator only (docs/platform.md). */
@RestController
@RequestMapping("/api/platform/organisations")
@Tag(name = "Nền tảng", description = "Tổ chức của hệ thống: chỉ người vận hành nền tảng")
class PlatformController {

    private final PlatformService platform;

    PlatformController(PlatformService platform) {
        this.platform = platform;
    }

    @GetMapping
    @Operation(summary = "Các tổ chức, với cấp trên, thể thức và trạng thái")
    List<OrganisationEntry> organisations() {
        return platform.organisations();
    }

    @GetMapping("/{code}")
    @Operation(summary = "Một tổ chức")
    OrganisationEntry organisation(@PathVariable String code) {
        return platform.organisation(code);
    }

    @PostMapping
    @Operation(summary = "Tạo tổ chức với Văn phòng, Ban Thường vụ và quản trị viên đầu tiên")
    ResponseEntity<OrganisationEntry> create(@RequestBody NewPlatformOrganisation organisation) {
        OrganisationEntry created = platform.create(organisation);
        return ResponseEntity.created(URI.create("/api/platform/organisations/" + created.code()))
                .body(created);
    }

    @PatchMapping("/{code}")
    @Operation(summary = "Sửa thông tin tổ chức (trường bỏ trống giữ nguyên)")
    OrganisationEntry change(@PathVariable String code, @RequestBody OrganisationChange change) {
        return platform.change(code, change);
    }

    @PutMapping("/{code}")
    @Operation(summary = "Sửa thông tin tổ chức (như PATCH)")
    OrganisationEntry replace(@PathVariable String code, @RequestBody OrganisationChange change) {
        return platform.change(code, change);
    }

    @PostMapping("/{code}/deactivate")
    @Operation(summary = "Ngừng hoạt động: người dùng của tổ chức chỉ còn xem được; không xóa gì")
    OrganisationEntry deactivate(@PathVariable String code) {
        return platform.setActive(code, false);
    }

    @PostMapping("/{code}/activate")
    @Operation(summary = "Cho tổ chức hoạt động trở lại")
    OrganisationEntry activate(@PathVariable String code) {
        return platform.setActive(code, true);
    }
}
