package app.factdesk.shared;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts a PostgreSQL 17 of its own when no {@code spring.datasource.url} is configured, so that the app runs with
 * one command. One server per JVM ({@link EmbeddedPostgresServer}): several Spring contexts (tests) share it.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "factdeskEmbeddedPostgres";

    private final Log log;

    public EmbeddedPostgresEnvironment(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedPostgresEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            return;
        }
        boolean ephemeral = env.getProperty("factdesk.embedded-db.ephemeral", Boolean.class, false);
        Path dataDir = Path.of(env.getProperty("factdesk.embedded-db.data-dir",
                System.getProperty("user.home") + "/.factdesk/pgdata"));
        EmbeddedPostgres pg = EmbeddedPostgresServer.start(ephemeral ? null : dataDir);
        Map<String, Object> props = new HashMap<>();
        String appRole = env.getProperty("factdesk.db.app-role", app.factdesk.shared.scope.DatabaseRoles.DEFAULT_APP_ROLE);
        createAppRole(pg, appRole);
        props.put("spring.datasource.url", "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres");
        props.put("spring.datasource.username", appRole);
        props.put("spring.datasource.password", appRole);
        // Flyway migrates as the owner (the embedded superuser); the application itself never connects as it.
        props.put("spring.flyway.user", "postgres");
        props.put("spring.flyway.password", "postgres");
        props.put("factdesk.embedded-db.active", "true");
        if (env.getProperty("factdesk.demo.enabled") == null) {
            props.put("factdesk.demo.enabled", "true");
        }
        env.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, props));
        if (EmbeddedPostgresServer.orphanStopped() != null) {
            log.warn("Stopped a PostgreSQL (pid " + EmbeddedPostgresServer.orphanStopped() + ") left by an earlier "
                    + "Fact Desk process on " + dataDir.toAbsolutePath() + " before starting ours");
        }
        log.info(ephemeral ? "Embedded PostgreSQL on port " + pg.getPort() + " with a throw-away data directory"
                : "Embedded PostgreSQL on port " + pg.getPort() + ", data in " + dataDir.toAbsolutePath());
    }

    /** The restricted login role the application connects as (ADR 017): no superuser, no owner, no BYPASSRLS. */
    private static void createAppRole(EmbeddedPostgres pg, String role) {
        if (!role.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalStateException("factdesk.db.app-role must be a plain lower-case identifier: " + role);
        }
        try (var connection = pg.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + role + "') then "
                    + "create role " + role + " login password '" + role + "' nosuperuser nocreatedb nocreaterole "
                    + "nobypassrls; end if; end $$");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create the application role " + role, e);
        }
    }
}
