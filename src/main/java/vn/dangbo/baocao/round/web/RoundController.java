package vn.dangbo.baocao.round.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.issuance.IssuanceService.FileDownload;
import vn.dangbo.baocao.round.ChildOrganisation;
import vn.dangbo.baocao.round.ChildRequest;
import vn.dangbo.baocao.round.ConfirmRequest;
import vn.dangbo.baocao.round.IncomingDocument;
import vn.dangbo.baocao.round.NewRound;
import vn.dangbo.baocao.round.Round;
import vn.dangbo.baocao.round.RoundAggregate;
import vn.dangbo.baocao.round.RoundBoard;
import vn.dangbo.baocao.round.RoundReceipts;
import vn.dangbo.baocao.round.RoundService;

/** /api/rounds: the superior's rounds, board, aggregate and incoming register; the child's requests. */
@RestController
class RoundController {

    record Created(long id) {}

    record ReturnRequest(String comment) {}

    record CloseRequest(String reason) {}

    /** A received document without its bytes (GET …/incoming/{id}/document gives them). */
    record Incoming(
            long id,
            long roundId,
            String sender,
            String senderName,
            int version,
            Long replacesId,
            String number,
            LocalDate issuedOn,
            Instant receivedAt,
            String sha256,
            Map<String, BigDecimal> figures,
            Instant returnedAt,
            String returnComment) {

        static Incoming of(IncomingDocument d) {
            return new Incoming(
                    d.id(),
                    d.roundId(),
                    d.senderCode(),
                    d.senderName(),
                    d.version(),
                    d.replacesId(),
                    d.symbol(),
                    d.issuedOn(),
                    d.receivedAt(),
                    d.sha256(),
                    d.figures(),
                    d.returnedAt(),
                    d.returnComment());
        }
    }

    private final CurrentActor current;
    private final RoundService rounds;
    private final RoundReceipts receipts;

    RoundController(CurrentActor current, RoundService rounds, RoundReceipts receipts) {
        this.current = current;
        this.rounds = rounds;
        this.receipts = receipts;
    }

    @PostMapping("/api/rounds")
    @ResponseStatus(HttpStatus.CREATED)
    Created send(@RequestBody NewRound body) {
        return new Created(rounds.send(current.get(), body));
    }

    @GetMapping("/api/rounds")
    List<Round> list() {
        return rounds.rounds(current.get());
    }

    @GetMapping("/api/rounds/children")
    List<ChildOrganisation> children() {
        return rounds.children(current.get());
    }

    @PostMapping("/api/rounds/{id}/close")
    ResponseEntity<Void> close(@PathVariable long id, @RequestBody CloseRequest body) {
        rounds.close(current.get(), id, body.reason());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/rounds/{id:[0-9]+}")
    RoundBoard board(@PathVariable long id) {
        return rounds.board(current.get(), id);
    }

    @GetMapping("/api/rounds/{id}/aggregate")
    RoundAggregate aggregate(@PathVariable long id) {
        return rounds.aggregate(current.get(), id);
    }

    @GetMapping("/api/rounds/{id}/aggregate.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id) {
        return file(
                rounds.aggregateWorkbook(current.get(), id),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @PostMapping("/api/rounds/{id}/superior-report")
    @ResponseStatus(HttpStatus.CREATED)
    Created superiorReport(@PathVariable long id, @RequestBody ConfirmRequest body) {
        return new Created(rounds.openSuperiorReport(current.get(), id, body));
    }

    @GetMapping("/api/rounds/incoming")
    List<Incoming> incoming() {
        return receipts.register(current.get()).stream().map(Incoming::of).toList();
    }

    @GetMapping("/api/rounds/incoming/{id}")
    Incoming incomingDocument(@PathVariable long id) {
        return Incoming.of(receipts.document(current.get(), id));
    }

    @GetMapping("/api/rounds/incoming/{id}/document")
    ResponseEntity<byte[]> incomingFile(@PathVariable long id) {
        return file(
                receipts.file(current.get(), id),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @PostMapping("/api/rounds/incoming/{id}/return")
    ResponseEntity<Void> returnDocument(@PathVariable long id, @RequestBody ReturnRequest body) {
        receipts.returnDocument(current.get(), id, body.comment());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/rounds/requests")
    List<ChildRequest> requests() {
        return rounds.requests(current.get());
    }

    @PostMapping("/api/rounds/requests/{roundId}/confirm")
    @ResponseStatus(HttpStatus.CREATED)
    Created confirm(@PathVariable long roundId, @RequestBody ConfirmRequest body) {
        return new Created(rounds.confirm(current.get(), roundId, body));
    }

    private static ResponseEntity<byte[]> file(FileDownload file, String type) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
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
