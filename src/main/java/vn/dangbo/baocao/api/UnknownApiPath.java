package vn.dangbo.baocao.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.baocao.common.AppException;

/**
 * Any /api path no controller serves (or a method it does not take) is a 404 problem detail: otherwise Spring MVC
 * would hand it on to Vaadin, which answers every unknown path with its page.
 */
@Hidden
@RestController
class UnknownApiPath {

    @RequestMapping("/api/**")
    void unknown() {
        throw AppException.notFound("error.notFound");
    }
}
