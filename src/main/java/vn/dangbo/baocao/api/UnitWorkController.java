package vn.dangbo.baocao.api;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.contribution.Attachment;
import vn.dangbo.baocao.contribution.AttachmentService;
import vn.dangbo.baocao.contribution.CarryForward;
import vn.dangbo.baocao.contribution.Proposals;
import vn.dangbo.baocao.contribution.WordImport;
import vn.dangbo.baocao.identity.CurrentActor;

/** A unit's helpers for its part: import from Word, carry forward, attachments (phụ lục). */
@RestController
@RequestMapping("/api/reports/{id}")
class UnitWorkController {

    record ApplyRequest(List<Proposals.SectionChange> sections) {}

    private final CurrentActor current;
    private final WordImport wordImport;
    private final CarryForward carryForward;
    private final AttachmentService attachments;

    UnitWorkController(
            CurrentActor current, WordImport wordImport, CarryForward carryForward, AttachmentService attachments) {
        this.current = current;
        this.wordImport = wordImport;
        this.carryForward = carryForward;
        this.attachments = attachments;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Proposals.Preview importPreview(
            @PathVariable long id,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String unit) {
        return wordImport.preview(current.get(), id, unit, file.getOriginalFilename(), bytes(file));
    }

    @PostMapping("/import/apply")
    Map<String, Integer> importApply(
            @PathVariable long id, @RequestParam(required = false) String unit, @RequestBody ApplyRequest request) {
        return wordImport.apply(current.get(), id, unit, request.sections());
    }

    @GetMapping("/carry-forward")
    Proposals.Preview carryForwardPreview(@PathVariable long id, @RequestParam(required = false) String unit) {
        return carryForward.preview(current.get(), id, unit);
    }

    @PostMapping("/carry-forward/apply")
    Map<String, Integer> carryForwardApply(
            @PathVariable long id, @RequestParam(required = false) String unit, @RequestBody ApplyRequest request) {
        return carryForward.apply(current.get(), id, unit, request.sections());
    }

    @PostMapping(path = "/sections/{code}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Attachment> addAttachment(
            @PathVariable long id,
            @PathVariable String code,
            @RequestParam(required = false) String unit,
            @RequestPart("file") MultipartFile file) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(attachments.add(current.get(), id, code, unit, file.getOriginalFilename(), bytes(file)));
    }

    @GetMapping("/sections/{code}/attachments")
    List<Attachment> attachments(
            @PathVariable long id, @PathVariable String code, @RequestParam(required = false) String unit) {
        return attachments.list(current.get(), id, code, unit);
    }

    @GetMapping("/sections/{code}/attachments/{aid}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String code, @PathVariable long aid) {
        AttachmentService.Download file = attachments.download(current.get(), id, code, aid);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-SHA256", file.sha256())
                .body(file.content());
    }

    @DeleteMapping("/sections/{code}/attachments/{aid}")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable String code, @PathVariable long aid) {
        attachments.remove(current.get(), id, code, aid);
        return ResponseEntity.noContent().build();
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw AppException.invalid("error.request.unreadable");
        }
    }
}
