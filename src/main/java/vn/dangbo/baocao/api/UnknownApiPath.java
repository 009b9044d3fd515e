package vn.dangbo.baocao.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.dangbo.baocao.common.Messages;

/**
 * An /api request no controller takes gets a problem detail, not Vaadin's page (Spring MVC hands what it cannot map
 * on to Vaadin): 405 when the path exists with other methods, 415 when it exists with this method but another
 * content type, 404 otherwise.
 */
@Hidden
@RestController
class UnknownApiPath {

    private static final String SELF = "/api/**";

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    UnknownApiPath(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @RequestMapping(SELF)
    ResponseEntity<ProblemDetail> unknown(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        RequestMethod method = RequestMethod.resolve(request.getMethod());
        boolean pathKnown = false;
        boolean methodKnown = false;
        for (RequestMappingInfo info : mappings.getObject().getHandlerMethods().keySet()) {
            if (info.getPathPatternsCondition() == null
                    || info.getPathPatternsCondition().getPatterns().stream()
                            .noneMatch(p -> !SELF.equals(p.getPatternString()) && p.matches(path))) {
                continue;
            }
            pathKnown = true;
            var methods = info.getMethodsCondition().getMethods();
            methodKnown |= methods.isEmpty() || methods.contains(method);
        }
        if (methodKnown) {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Messages.get("error.request.mediaType"));
        }
        if (pathKnown) {
            return problem(HttpStatus.METHOD_NOT_ALLOWED, Messages.get("error.request.method", request.getMethod()));
        }
        return problem(HttpStatus.NOT_FOUND, Messages.get("error.notFound"));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
