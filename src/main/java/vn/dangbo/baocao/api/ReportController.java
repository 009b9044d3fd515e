package vn.dangbo.baocao.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.baocao.audit.AuditEntry;
import vn.dangbo.baocao.audit.AuditLog;
import vn.dangbo.baocao.audit.AuditTrail;
import vn.dangbo.baocao.contribution.ContributionService;
import vn.dangbo.baocao.contribution.SectionItem;
import vn.dangbo.baocao.contribution.SectionView;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.issuance.IssuanceService;
import vn.dangbo.baocao.report.OpenReport;
import vn.dangbo.baocao.report.ReportAccess;
import vn.dangbo.baocao.report.ReportService;
import vn.dangbo.baocao.report.ReportStatus;
import vn.dangbo.baocao.report.ReportView;

@RestController
@RequestMapping("/api/reports")
class ReportController {

    record ItemRequest(
            String code, String text, Map<String, Object> indicators, Map<String, List<Map<String, String>>> tables) {}

    record SaveRequest(List<ItemRequest> items, Integer version) {}

    record CancelRequest(String reason) {}

    record AuditDto(
            long seq,
            Instant at,
            String actor,
            String unitCode,
            String action,
            String target,
            String detail,
            String contentHash,
            String hash) {
        static AuditDto from(AuditEntry e) {
            return new AuditDto(
                    e.seq(),
                    e.at(),
                    e.actor(),
                    e.unitCode(),
                    e.action(),
                    e.target(),
                    e.detail(),
                    e.contentHash(),
                    e.hash());
        }
    }

    private final CurrentActor current;
    private final ReportService reports;
    private final ContributionService contributions;
    private final IssuanceService issuance;
    private final ReportAccess access;
    private final AuditTrail audit;

    ReportController(
            CurrentActor current,
            ReportService reports,
            ContributionService contributions,
            IssuanceService issuance,
            ReportAccess access,
            AuditTrail audit) {
        this.current = current;
        this.reports = reports;
        this.contributions = contributions;
        this.issuance = issuance;
        this.access = access;
        this.audit = audit;
    }

    @PostMapping
    ResponseEntity<Map<String, Long>> open(@RequestBody OpenReport request) {
        long id = reports.open(current.get(), request);
        return ResponseEntity.created(URI.create("/api/reports/" + id)).body(Map.of("id", id));
    }

    @GetMapping
    List<ReportView> list(
            @RequestParam(required = false) ReportStatus status, @RequestParam(required = false) Integer year) {
        return reports.list(current.get(), status, year);
    }

    @GetMapping("/{id}")
    ReportView get(@PathVariable long id) {
        return reports.get(current.get(), id);
    }

    @GetMapping("/{id}/sections/{code}")
    SectionView section(@PathVariable long id, @PathVariable String code, @RequestParam(required = false) String unit) {
        return contributions.section(current.get(), id, code, unit);
    }

    /** Broken rules do not block a save: they come back as {@code warnings} and block only submitting. */
    @PutMapping("/{id}/sections/{code}")
    ContributionService.Saved save(
            @PathVariable long id,
            @PathVariable String code,
            @RequestParam(required = false) String unit,
            @RequestBody SaveRequest request) {
        return contributions.saveChecked(
                current.get(), id, code, unit, items(request), request.version() == null ? 0 : request.version());
    }

    /** Autosave: the part's one draft row, no version, no audit entry (docs/unitwork.md). */
    @PutMapping("/{id}/sections/{code}/draft")
    Map<String, Object> autosave(
            @PathVariable long id,
            @PathVariable String code,
            @RequestParam(required = false) String unit,
            @RequestBody SaveRequest request) {
        Instant at = contributions.autosave(
                current.get(), id, code, unit, items(request), request.version() == null ? 0 : request.version());
        return Map.of("savedAt", at.toString());
    }

    private static List<SectionItem> items(SaveRequest request) {
        return request.items() == null
                ? List.of()
                : request.items().stream()
                        .map(i -> new SectionItem(
                                i.code(),
                                i.text(),
                                i.indicators() == null
                                        ? Map.of()
                                        : i.indicators().entrySet().stream()
                                                .filter(e -> e.getValue() != null)
                                                .collect(Collectors.toMap(
                                                        Map.Entry::getKey, e -> String.valueOf(e.getValue()))),
                                i.tables()))
                        .toList();
    }

    @PostMapping("/{id}/cancel")
    ResponseEntity<Void> cancel(@PathVariable long id, @RequestBody CancelRequest request) {
        reports.cancel(current.get(), id, request.reason());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        return docx(issuance.document(current.get(), id));
    }

    @GetMapping("/{id}/document.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        IssuanceService.FileDownload file = issuance.pdf(current.get(), id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .body(file.content());
    }

    @GetMapping("/{id}/preview")
    ResponseEntity<byte[]> preview(@PathVariable long id) {
        return docx(issuance.preview(current.get(), id));
    }

    @GetMapping("/{id}/audit")
    List<AuditDto> audit(@PathVariable long id) {
        Actor actor = current.get();
        access.visible(actor, id);
        return audit.reportEntries(actor.organisationId(), id).stream()
                .filter(e -> AuditLog.concerns(e.unitCode(), e.target(), e.action(), actor))
                .map(AuditDto::from)
                .toList();
    }

    static ResponseEntity<byte[]> docx(IssuanceService.FileDownload file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .header("X-Content-SHA256", file.sha256())
                .body(file.content());
    }
}
