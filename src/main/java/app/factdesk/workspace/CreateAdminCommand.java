package app.factdesk.workspace;

import app.factdesk.shared.EnglishMessages;
import app.factdesk.shared.UserFacingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * {@code java -jar factdesk.jar create-admin --username=… --display-name=… --workspace=…}: the scripted first run.
 * The password comes from {@code FACTDESK_ADMIN_PASSWORD} or, when that is unset, the first line of standard input.
 * Exit codes: 0 created, 1 refused input (message on stderr), 2 an account already exists (nothing changed).
 */
public final class CreateAdminCommand {

    public static final String NAME = "create-admin";

    private CreateAdminCommand() {
    }

    /** Runs the command in an application context that was started without a web server. */
    public static int run(ApplicationContext context, String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = options(args);
        String username = options.get("username");
        String workspace = options.get("workspace");
        if (username == null || workspace == null) {
            err.println("Usage: create-admin --username=NAME [--display-name=NAME] --workspace=NAME"
                    + " (password from FACTDESK_ADMIN_PASSWORD or standard input)");
            return 1;
        }
        try {
            context.getBean(InstallationSetup.class).setUpFromCommandLine(username,
                    options.getOrDefault("display-name", username), password(), workspace);
            out.println("Installation administrator '" + username + "' and workspace '" + workspace + "' created.");
            return 0;
        } catch (UserFacingException refused) {
            err.println(EnglishMessages.text(refused.messageKey(), refused.arguments()).orElse(refused.messageKey()));
            return "setup.already-done".equals(refused.messageKey()) ? 2 : 1;
        }
    }

    private static String password() {
        String fromEnv = System.getenv("FACTDESK_ADMIN_PASSWORD");
        if (fromEnv != null) {
            return fromEnv;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            return "";
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 2) {
                options.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
        }
        return options;
    }
}
