package app.factdesk.api;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other path under {@code /api} is a JSON 404. Without it the request would fall through to Vaadin, whose
 * root mapping answers every path with an HTML page.
 */
@RestController
class UnknownPathController {

    @RequestMapping("/api/**")
    void unknown() {
        throw new NotFoundException();
    }
}
