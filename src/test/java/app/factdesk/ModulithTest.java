package app.factdesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModulithTest {

    @Test
    void application_modules_respect_their_boundaries() {
        ApplicationModules.of(FactDeskApplication.class).verify();
    }
}
