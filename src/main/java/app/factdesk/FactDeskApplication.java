package app.factdesk;

import app.factdesk.attest.verify.VerifyCommand;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@Theme("factdesk")
@Push
public class FactDeskApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && "verify".equals(args[0])) {
            // Offline verification of an export: no database, no web server, no Spring.
            System.exit(VerifyCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        SpringApplication.run(FactDeskApplication.class, args);
    }
}
