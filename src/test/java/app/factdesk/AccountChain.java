package app.factdesk;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the account-level audit chain (workspace null), where sign-ins and access changes of a person go. */
@Component
public class AccountChain {

    private final JdbcTemplate jdbc;

    AccountChain(OwnerDatabase owner) {
        this.jdbc = owner.jdbc();
    }

    /** The actions recorded about one object in the account-level chain, oldest first. */
    public List<String> actionsAbout(String objectType, long objectId) {
        return jdbc.queryForList("select action from audit_event where workspace_id is null and object_type = ? "
                + "and object_id = ? order by seq", String.class, objectType, Long.toString(objectId));
    }

    /** The {@code after} JSON of the latest event about one object in the account-level chain. */
    public String lastAfter(String objectType, long objectId) {
        return jdbc.queryForObject("select after::text from audit_event where workspace_id is null "
                + "and object_type = ? and object_id = ? order by seq desc limit 1", String.class, objectType,
                Long.toString(objectId));
    }
}
