package app.factdesk;

import app.factdesk.workspace.CreateAdminCommand;
import app.factdesk.attest.verify.VerifyCommand;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
@Theme("factdesk")
@Push
public class FactDeskApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && "verify".equals(args[0])) {
            // Offline verification of an export: no database, no web server, no Spring.
            System.exit(VerifyCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        if (args.length > 0 && CreateAdminCommand.NAME.equals(args[0])) {
            System.exit(createAdmin(args));
        }
        SpringApplication.run(FactDeskApplication.class, args);
    }

    /** Migrates the database and creates the first administrator without starting the web server. */
    private static int createAdmin(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FactDeskApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("factdesk.demo.enabled=false", "factdesk.command=" + CreateAdminCommand.NAME,
                        "spring.main.banner-mode=off", "spring.autoconfigure.exclude="
                                + "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
                .run(args)) {
            return CreateAdminCommand.run(context, args, System.out, System.err);
        }
    }
}
