-- Workspace isolation held by the database (ADR 017). The application connects as ${appRole}: no superuser, no
-- owner, no BYPASSRLS. Every transaction states its scope in custom settings, set with set_config(..., true) by
-- one piece of infrastructure (WorkspaceScopedJpaDialect): factdesk.workspace_id (the principal's current
-- workspace), factdesk.user_id (the principal), and, on three named paths only, factdesk.token_hash (an API token
-- being presented), factdesk.account_chain ('on' while the installation admin reads the account-level chain).

create function fd_current_workspace() returns bigint
    language sql stable parallel safe
    return nullif(current_setting('factdesk.workspace_id', true), '')::bigint;

create function fd_current_user() returns bigint
    language sql stable parallel safe
    return nullif(current_setting('factdesk.user_id', true), '')::bigint;

create function fd_presented_token_hash() returns text
    language sql stable parallel safe
    return nullif(current_setting('factdesk.token_hash', true), '');

create function fd_account_chain_scope() returns boolean
    language sql stable parallel safe
    return coalesce(current_setting('factdesk.account_chain', true), '') = 'on';

create function fd_installation_admin_scope() returns boolean
    language sql stable parallel safe
    return coalesce(current_setting('factdesk.installation_admin', true), '') = 'on';

-- Children that did not say which workspace they belong to now do. New rows take the transaction's workspace;
-- the composite foreign keys below refuse a row whose parent lives in another workspace.
alter table dismissed_suggestion add column workspace_id bigint;
update dismissed_suggestion d set workspace_id = a.workspace_id from article a where a.id = d.article_id;
alter table dismissed_suggestion alter column workspace_id set not null,
    alter column workspace_id set default fd_current_workspace();

alter table evidence_file add column workspace_id bigint;
update evidence_file e set workspace_id = s.workspace_id from source s where s.id = e.source_id;
alter table evidence_file alter column workspace_id set not null,
    alter column workspace_id set default fd_current_workspace();

alter table sign_off add column workspace_id bigint;
update sign_off o set workspace_id = v.workspace_id from verdict v where v.id = o.verdict_id;
alter table sign_off alter column workspace_id set not null,
    alter column workspace_id set default fd_current_workspace();

alter table verdict_source add column workspace_id bigint, add column claim_id bigint;
update verdict_source x set workspace_id = v.workspace_id, claim_id = v.claim_id from verdict v where v.id = x.verdict_id;
alter table verdict_source alter column workspace_id set not null,
    alter column workspace_id set default fd_current_workspace(),
    alter column claim_id set not null;

-- A verdict may rely only on sources of its own claim: the row learns the claim from its verdict (as the
-- inserting transaction sees it) and the foreign keys tie both the verdict and the source to that claim.
create function verdict_source_claim() returns trigger language plpgsql as $$
begin
    new.claim_id := (select v.claim_id from verdict v where v.id = new.verdict_id);
    return new;
end;
$$;
create trigger verdict_source_claim before insert or update on verdict_source
    for each row execute function verdict_source_claim();

-- Keys that the composite foreign keys point at.
alter table article add constraint article_id_workspace unique (id, workspace_id);
alter table claim add constraint claim_id_workspace unique (id, workspace_id);
alter table verification_task add constraint verification_task_id_workspace unique (id, workspace_id);
alter table source add constraint source_id_workspace unique (id, workspace_id);
alter table source add constraint source_id_claim unique (id, claim_id);
alter table rating_label add constraint rating_label_id_workspace unique (id, workspace_id);
alter table verdict add constraint verdict_id_workspace unique (id, workspace_id);
alter table verdict add constraint verdict_id_claim unique (id, claim_id);

alter table claim add constraint claim_article_same_workspace
    foreign key (article_id, workspace_id) references article (id, workspace_id);
alter table dismissed_suggestion add constraint dismissed_suggestion_article_same_workspace
    foreign key (article_id, workspace_id) references article (id, workspace_id);
alter table verification_task add constraint verification_task_claim_same_workspace
    foreign key (claim_id, workspace_id) references claim (id, workspace_id);
alter table claim_comment add constraint claim_comment_claim_same_workspace
    foreign key (claim_id, workspace_id) references claim (id, workspace_id);
alter table notification add constraint notification_claim_same_workspace
    foreign key (claim_id, workspace_id) references claim (id, workspace_id);
alter table notification add constraint notification_article_same_workspace
    foreign key (article_id, workspace_id) references article (id, workspace_id);
alter table notification add constraint notification_task_same_workspace
    foreign key (task_id, workspace_id) references verification_task (id, workspace_id);
alter table source add constraint source_claim_same_workspace
    foreign key (claim_id, workspace_id) references claim (id, workspace_id);
alter table evidence_file add constraint evidence_file_source_same_workspace
    foreign key (source_id, workspace_id) references source (id, workspace_id) on delete cascade;
alter table verdict add constraint verdict_claim_same_workspace
    foreign key (claim_id, workspace_id) references claim (id, workspace_id);
alter table verdict add constraint verdict_rating_label_same_workspace
    foreign key (rating_label_id, workspace_id) references rating_label (id, workspace_id);
alter table verdict_source add constraint verdict_source_verdict_same_workspace
    foreign key (verdict_id, workspace_id) references verdict (id, workspace_id);
alter table verdict_source add constraint verdict_source_source_same_workspace
    foreign key (source_id, workspace_id) references source (id, workspace_id);
alter table verdict_source add constraint verdict_source_verdict_same_claim
    foreign key (verdict_id, claim_id) references verdict (id, claim_id);
alter table verdict_source add constraint verdict_source_source_same_claim
    foreign key (source_id, claim_id) references source (id, claim_id);
alter table sign_off add constraint sign_off_verdict_same_workspace
    foreign key (verdict_id, workspace_id) references verdict (id, workspace_id);

-- Row-level security: a row of a workspace is visible and writable only in a transaction of that workspace.
do $$
declare
    t text;
begin
    foreach t in array array['article', 'claim', 'dismissed_suggestion', 'verification_task', 'checklist_item',
            'claim_comment', 'notification', 'source', 'evidence_file', 'verdict_settings', 'rating_label',
            'verdict', 'verdict_source', 'sign_off', 'report_settings', 'membership', 'api_token',
            'invitation'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (workspace_id = fd_current_workspace()) '
            || 'with check (workspace_id = fd_current_workspace())', t || '_in_workspace', t);
    end loop;
end;
$$;

-- Named paths that legitimately reach beyond the current workspace:
-- sign-in and session checks read the signed-in person's own memberships in every workspace,
create policy membership_of_current_user on membership for select using (user_id = fd_current_user());
-- the installation administrator's account-wide checks read memberships of every workspace (nothing else),
create policy membership_for_installation_admin on membership for select using (fd_installation_admin_scope());
-- an invitation is seen and answered by the person it names (by username or e-mail), whatever their workspace,
create policy invitation_for_invitee on invitation
    using (invitee in (select u.username from user_account u where u.id = fd_current_user()
                       union all
                       select u.email from user_account u where u.id = fd_current_user() and u.email is not null))
    with check (invitee in (select u.username from user_account u where u.id = fd_current_user()
                            union all
                            select u.email from user_account u where u.id = fd_current_user() and u.email is not null));
-- a bearer token is found only by whoever presents its secret (the hash of it), and its use is recorded,
create policy api_token_presented on api_token for select using (token_hash = fd_presented_token_hash());
create policy api_token_presented_use on api_token for update using (token_hash = fd_presented_token_hash())
    with check (token_hash = fd_presented_token_hash());

-- The audit log: a workspace's chain in its own transactions; the account-level chain (workspace_id null, chain 0)
-- is appended to by anyone (sign-ins happen before there is a principal) and read only in the account-chain scope.
alter table audit_event enable row level security;
alter table audit_event force row level security;
create policy audit_event_in_workspace on audit_event using (workspace_id = fd_current_workspace())
    with check (workspace_id = fd_current_workspace());
create policy audit_event_account_append on audit_event for insert with check (workspace_id is null);
create policy audit_event_account_read on audit_event for select
    using (workspace_id is null and fd_account_chain_scope());

alter table audit_chain_head enable row level security;
alter table audit_chain_head force row level security;
create policy audit_chain_head_in_scope on audit_chain_head
    using (chain_id = 0 or chain_id = fd_current_workspace())
    with check (chain_id = 0 or chain_id = fd_current_workspace());

-- What the application role may do at all: no DDL, nothing on Flyway's history, and the audit log append-only.
grant usage on schema public to ${appRole};
grant select, insert, update, delete on all tables in schema public to ${appRole};
revoke all on flyway_schema_history from ${appRole};
revoke update, delete, truncate on audit_event from ${appRole};
revoke delete, truncate on audit_chain_head from ${appRole};
grant usage, select on all sequences in schema public to ${appRole};
alter default privileges in schema public grant select, insert, update, delete on tables to ${appRole};
alter default privileges in schema public grant usage, select on sequences to ${appRole};
