package app.factdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DemoDataIT {

    @Autowired
    DemoData demo;

    @Test
    void a_start_on_an_existing_desk_prints_no_demo_password(CapturedOutput output) throws Exception {
        demo.run(new DefaultApplicationArguments());
        assertThat(output.getAll()).doesNotContain("Fact-Desk-Boss-42").doesNotContain("Fact-Desk-Review-42")
                .doesNotContain("Fact-Desk-Verify-42").doesNotContain("Fact-Desk-Read-42");
    }

    @Test
    void the_first_start_banner_names_every_demo_user_in_one_block() {
        String banner = DemoData.firstStartBanner();
        assertThat(banner).contains("admin", "Fact-Desk-Boss-42", "editor", "checker", "viewer", "README");
        assertThat(banner.lines().count()).isGreaterThan(4);
    }
}
