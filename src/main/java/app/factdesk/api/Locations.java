package app.factdesk.api;

import java.net.URI;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute URLs of created resources, for the {@code Location} header. */
final class Locations {

    private Locations() {
    }

    static URI of(String path, Object... variables) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).buildAndExpand(variables).toUri();
    }
}
