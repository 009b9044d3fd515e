package vn.dangbo.baocao.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Violation;

/**
 * Every refusal of the API as an RFC 9457 problem detail with a Vietnamese detail, also those raised before a
 * controller is chosen (unknown path, wrong method, a broken or too large multipart body): so the advice is not
 * limited to the api package, and comes before Spring's own English problem details. A lost database answers 503,
 * never 401 or 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    /** An answer lists at most this many problems, then says how many more there are. */
    static final int MAX_ERRORS = 50;

    @ExceptionHandler(AppException.class)
    ResponseEntity<ProblemDetail> app(AppException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle(Messages.get("problem.title." + e.status().value()));
        if (!e.violations().isEmpty()) {
            problem.setProperty("errors", errors(e.violations()));
        }
        return respond(problem);
    }

    /** Two users changed the same thing at the same instant and the engine noticed: the later one retries. */
    @ExceptionHandler(org.camunda.bpm.engine.OptimisticLockingException.class)
    ResponseEntity<ProblemDetail> concurrent() {
        return respond(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, Messages.get("error.concurrent")));
    }

    @ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
    ResponseEntity<ProblemDetail> unauthenticated() {
        return respond(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, Messages.get("error.unauthorized")));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied() {
        return respond(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, Messages.get("error.forbidden")));
    }

    @ExceptionHandler({
        HttpMessageNotReadableException.class,
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class,
        ServletRequestBindingException.class,
        org.springframework.web.multipart.support.MissingServletRequestPartException.class
    })
    ResponseEntity<ProblemDetail> unreadable(Exception e) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, Messages.get("error.request.unreadable"));
        problem.setProperty(
                "errors", List.of(Map.of("field", "", "message", Messages.get("error.request.unreadable"))));
        return respond(problem);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType() {
        return respond(ProblemDetail.forStatusAndDetail(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, Messages.get("error.request.mediaType")));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge() {
        return respond(
                ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, Messages.get("error.request.tooLarge")));
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<ProblemDetail> notFound() {
        return respond(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, Messages.get("error.notFound")));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return respond(ProblemDetail.forStatusAndDetail(
                HttpStatus.METHOD_NOT_ALLOWED, Messages.get("error.request.method", e.getMethod())));
    }

    /** A multipart body that cannot be read (a malformed header, a cut-off stream). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException
                || e.getCause() instanceof IllegalStateException
                        && String.valueOf(e.getCause().getMessage()).contains("SizeLimitExceeded")) {
            return tooLarge();
        }
        return unreadable(e);
    }

    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        CannotCreateTransactionException.class,
        TransientDataAccessResourceException.class
    })
    ResponseEntity<ProblemDetail> databaseDown(Exception e) {
        log.warn("Database unavailable: {}", e.getMessage());
        return respond(
                ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, Messages.get("error.unavailable")));
    }

    /** Any other refusal of Spring MVC itself, with its status and a Vietnamese text instead of its English one. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable() {
        return respond(
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE, Messages.get("error.request.rejected")));
    }

    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> framework(ErrorResponseException e) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        status = status == null ? HttpStatus.BAD_REQUEST : status;
        String detail =
                status.is5xxServerError() ? Messages.get("error.unexpected") : Messages.get("error.request.rejected");
        return respond(ProblemDetail.forStatusAndDetail(status, detail));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(
                ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, Messages.get("error.unexpected")));
    }

    static List<Map<String, String>> errors(List<Violation> violations) {
        List<Map<String, String>> errors = new ArrayList<>(violations.stream()
                .limit(MAX_ERRORS)
                .map(v -> Map.of("field", v.field(), "message", v.message()))
                .toList());
        if (violations.size() > MAX_ERRORS) {
            errors.add(Map.of(
                    "field", "", "message", Messages.get("error.request.moreErrors", violations.size() - MAX_ERRORS)));
        }
        return errors;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
