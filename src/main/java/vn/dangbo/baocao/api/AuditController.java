package vn.dangbo.baocao.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.baocao.audit.AuditExport;
import vn.dangbo.baocao.audit.AuditFilter;
import vn.dangbo.baocao.audit.AuditLog;
import vn.dangbo.baocao.audit.AuditPage;
import vn.dangbo.baocao.audit.AuditRow;
import vn.dangbo.baocao.audit.AuditVerifier;
import vn.dangbo.baocao.identity.CurrentActor;

@RestController
class AuditController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CurrentActor current;
    private final AuditLog log;

    AuditController(CurrentActor current, AuditLog log) {
        this.current = current;
        this.log = log;
    }

    @GetMapping("/api/audit/verify")
    Map<String, Object> verify() {
        AuditVerifier.Result result = log.verify(current.get());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", result.ok());
        body.put("entries", result.entries());
        if (!result.ok()) {
            body.put("brokenAt", result.brokenAt());
        }
        return body;
    }

    @GetMapping("/api/audit")
    AuditPage search(
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long before,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return log.search(current.get(), new AuditFilter(user, unit, action, from, to), before, page, size);
    }

    @GetMapping("/api/audit/export.csv")
    ResponseEntity<byte[]> exportCsv(
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        List<AuditRow> rows = log.export(current.get(), new AuditFilter(user, unit, action, from, to));
        return file(AuditExport.csv(rows), CSV, "nhat-ky.csv");
    }

    @GetMapping("/api/audit/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        List<AuditRow> rows = log.export(current.get(), new AuditFilter(user, unit, action, from, to));
        return file(AuditExport.xlsx(rows), XLSX, "nhat-ky.xlsx");
    }

    /** The report's timeline with names, Vietnamese action names and links to section versions. */
    @GetMapping("/api/reports/{id}/timeline")
    List<AuditRow> timeline(@PathVariable long id) {
        return log.timeline(current.get(), id);
    }

    @GetMapping("/api/reports/{id}/audit.csv")
    ResponseEntity<byte[]> reportCsv(@PathVariable long id) {
        return file(AuditExport.csv(log.timeline(current.get(), id)), CSV, "nhat-ky-bao-cao-" + id + ".csv");
    }

    @GetMapping("/api/reports/{id}/audit.xlsx")
    ResponseEntity<byte[]> reportXlsx(@PathVariable long id) {
        return file(AuditExport.xlsx(log.timeline(current.get(), id)), XLSX, "nhat-ky-bao-cao-" + id + ".xlsx");
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
