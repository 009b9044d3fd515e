package vn.dangbo.baocao.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.issuance.IssuanceService;
import vn.dangbo.baocao.issuance.RegisterQuery;
import vn.dangbo.baocao.issuance.RegisterSetting;
import vn.dangbo.baocao.issuance.RegisterSettings;

@RestController
class RegisterController {

    record RegisterLine(
            int number,
            String symbol,
            LocalDate issuedOn,
            Instant issuedAt,
            String title,
            long reportId,
            String sha256) {}

    record SettingRequest(String documentType, LocalDate termStart, Integer firstNumber) {}

    private final CurrentActor current;
    private final IssuanceService issuance;
    private final RegisterSettings settings;

    RegisterController(CurrentActor current, IssuanceService issuance, RegisterSettings settings) {
        this.current = current;
        this.issuance = issuance;
        this.settings = settings;
    }

    @GetMapping("/api/register")
    List<RegisterLine> register(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return issuance.register(current.get(), new RegisterQuery(year, q, from, to)).stream()
                .map(d -> new RegisterLine(
                        d.number(), d.symbol(), d.issuedOn(), d.issuedAt(), d.title(), d.reportId(), d.sha256()))
                .toList();
    }

    @GetMapping("/api/register.xlsx")
    ResponseEntity<byte[]> workbook(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        IssuanceService.FileDownload file =
                issuance.registerWorkbook(current.get(), new RegisterQuery(year, q, from, to));
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .body(file.content());
    }

    /** Where the register of a document type starts (term start date, first number). */
    @GetMapping("/api/register/settings")
    RegisterSetting setting(@RequestParam(defaultValue = "BC") String documentType) {
        return settings.current(current.get(), documentType);
    }

    @PutMapping("/api/register/settings")
    RegisterSetting update(@RequestBody SettingRequest request) {
        return settings.update(current.get(), request.documentType(), request.termStart(), request.firstNumber());
    }
}
