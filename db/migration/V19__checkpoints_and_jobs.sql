-- Background jobs (ADR 025): db-scheduler keeps its jobs in this table, so a job survives a restart and runs on
-- exactly one of several servers. Installation-level (no workspace), so no row-level security; the jobs carry only
-- ids, never workspace content.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on scheduled_tasks (priority desc, execution_time asc);

-- Signed checkpoints of a workspace's audit chain (ADR 018): "this chain held N events ending in this hash at this
-- time", signed with the installation key. Kept forever, never changed; members read them, exports cite the latest.
create table audit_checkpoint (
    id           bigserial   primary key,
    workspace_id bigint      not null default fd_current_workspace() references workspace (id),
    event_count  bigint      not null check (event_count >= 0),
    head_hash    char(64)    not null,
    signed_at    timestamptz not null,
    key_id       text        not null,
    document     text        not null,
    requested_by bigint      references user_account (id),
    unique (workspace_id, event_count, signed_at)
);
create index audit_checkpoint_latest on audit_checkpoint (workspace_id, event_count desc, signed_at desc);

alter table audit_checkpoint enable row level security;
alter table audit_checkpoint force row level security;
create policy audit_checkpoint_in_workspace on audit_checkpoint using (workspace_id = fd_current_workspace())
    with check (workspace_id = fd_current_workspace());

create trigger audit_checkpoint_append_only before update or delete on audit_checkpoint
    for each row execute function audit_refuse_change();
revoke update, delete, truncate on audit_checkpoint from ${appRole};

-- The PDF report is signed as a PDF (PAdES), which standard readers check with ECDSA P-256 and an X.509
-- certificate; the certificate (self-issued by the installation) is published beside the Ed25519 keys.
alter table signing_key drop constraint signing_key_algorithm_check;
alter table signing_key add constraint signing_key_algorithm_check check (algorithm in ('Ed25519', 'ES256'));
alter table signing_key add column certificate bytea;
alter table signing_key add constraint signing_key_es256_certificate
    check ((algorithm = 'ES256') = (certificate is not null));
drop index signing_key_one_current;
create unique index signing_key_one_current on signing_key (algorithm) where valid_until is null;

-- Installation-wide attestation settings (one row): the RFC 3161 time-stamping authority that timestamps every
-- export's signature when set.
create table attestation_settings (
    id         int primary key check (id = 1),
    tsa_url    text check (tsa_url ~ '^https?://[^\s]+$' and length(tsa_url) <= 2000),
    updated_at timestamptz,
    updated_by bigint references user_account (id)
);
insert into attestation_settings (id) values (1);
