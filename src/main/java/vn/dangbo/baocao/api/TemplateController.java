package vn.dangbo.baocao.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.template.OutlineImport;
import vn.dangbo.baocao.template.ReportTemplate;
import vn.dangbo.baocao.template.TemplateCatalog;

@RestController
@RequestMapping("/api/templates")
class TemplateController {

    record TemplateSummary(String id, int version, String title) {}

    /** A template made from a Word outline, not stored: {@code yaml} is what the upload endpoint stores. */
    record ImportedOutline(String key, String title, String yaml, int sections, int items) {}

    private final CurrentActor current;
    private final TemplateCatalog catalog;
    private final OutlineImport outlineImport;

    TemplateController(CurrentActor current, TemplateCatalog catalog, OutlineImport outlineImport) {
        this.current = current;
        this.catalog = catalog;
        this.outlineImport = outlineImport;
    }

    @GetMapping
    List<TemplateSummary> list() {
        return catalog.latest(current.get().organisationId()).stream()
                .map(t -> new TemplateSummary(t.key(), t.version(), t.title()))
                .toList();
    }

    @GetMapping("/{id}")
    ReportTemplate get(@PathVariable String id, @RequestParam(required = false) Integer version) {
        long organisationId = current.get().organisationId();
        TemplateCatalog.StoredTemplate stored = (version == null
                        ? catalog.latest(organisationId, id)
                        : catalog.version(organisationId, id, version))
                .orElseThrow(() -> AppException.notFound("error.template.notFound", id));
        return catalog.template(stored);
    }

    @GetMapping("/{id}/versions")
    List<TemplateSummary> versions(@PathVariable String id) {
        List<TemplateSummary> versions = catalog.versions(current.get().organisationId(), id).stream()
                .map(t -> new TemplateSummary(t.key(), t.version(), t.title()))
                .toList();
        if (versions.isEmpty()) {
            throw AppException.notFound("error.template.notFound", id);
        }
        return versions;
    }

    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "application/json", "text/plain"})
    ResponseEntity<Map<String, Object>> upload(InputStream body) throws IOException {
        Actor actor = current.get();
        // read no more than the limit, whatever the client claims or streams
        byte[] bytes = body.readNBytes(TemplateCatalog.MAX_SOURCE_BYTES + 1);
        if (bytes.length > TemplateCatalog.MAX_SOURCE_BYTES) {
            throw AppException.tooLarge("error.template.tooLarge", TemplateCatalog.MAX_SOURCE_BYTES >> 10);
        }
        String source = new String(bytes, StandardCharsets.UTF_8);
        TemplateCatalog.StoredTemplate stored = catalog.upload(actor, source);
        return ResponseEntity.created(URI.create("/api/templates/" + stored.key()))
                .body(Map.of("id", stored.key(), "version", stored.version()));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportedOutline importOutline(@RequestPart("file") MultipartFile file, @RequestParam(required = false) String key)
            throws IOException {
        if (file.getSize() > OutlineImport.MAX_BYTES) {
            throw AppException.tooLarge("error.import.tooLarge", OutlineImport.MAX_BYTES >> 20);
        }
        OutlineImport.Imported imported =
                outlineImport.preview(current.get(), file.getOriginalFilename(), file.getBytes(), key);
        return new ImportedOutline(
                imported.key(), imported.title(), imported.yaml(), imported.sections(), imported.items());
    }
}
