package app.factdesk.verdict;

import app.factdesk.security.AccountService;
import app.factdesk.security.AccountSummary;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Display names of the people who added sources, proposed and signed off, looked up in one call. */
@Component
class MemberNames {

    private final AccountService accounts;

    MemberNames(AccountService accounts) {
        this.accounts = accounts;
    }

    Map<Long, String> of(Collection<Long> userIds) {
        var ids = userIds.stream().filter(Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? Map.of() : accounts.summaries(ids).stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
    }
}
