package app.factdesk.shared.scope;

import javax.sql.DataSource;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the application's own connection could step around row-level security: a superuser, a
 * role with BYPASSRLS, or the owner of the tables (ADR 017). Flyway migrates as the owner; the app never does.
 */
@Component
public class DatabaseRoles implements InitializingBean {

    public static final String DEFAULT_APP_ROLE = "factdesk_app";

    private final JdbcTemplate jdbc;
    private final boolean allowPrivileged;

    DatabaseRoles(DataSource dataSource, @Value("${factdesk.db.allow-privileged-role:false}") boolean allowPrivileged) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.allowPrivileged = allowPrivileged;
    }

    @Override
    public void afterPropertiesSet() {
        String problem = jdbc.queryForObject("""
                select case
                    when r.rolsuper then 'is a superuser'
                    when r.rolbypassrls then 'has BYPASSRLS'
                    when exists (select 1 from pg_tables t where t.schemaname = 'public' and t.tableowner = r.rolname)
                        then 'owns the tables'
                    else '' end
                from pg_roles r where r.rolname = current_user""", String.class);
        if (problem != null && !problem.isEmpty() && !allowPrivileged) {
            throw new IllegalStateException("The database role " + currentRole() + " " + problem
                    + ": Fact Desk must connect as a restricted role so that row-level security holds (ADR 017). "
                    + "Set SPRING_DATASOURCE_USERNAME to the application role and SPRING_FLYWAY_USER to the owner.");
        }
    }

    /** The role the application connects as. */
    public String currentRole() {
        return jdbc.queryForObject("select current_user", String.class);
    }
}
