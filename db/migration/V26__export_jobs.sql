-- Background exports (ADR 027) on the one job mechanism (db-scheduler, ADR 025): the job's state and its finished
-- file live in PostgreSQL, so any server shows the job, serves the file and finishes a job another server began.
-- Finished jobs and their files are deleted 24 hours after they finish.
create table export_job (
    id            uuid         primary key,
    workspace_id  bigint       not null default fd_current_workspace() references workspace (id),
    user_id       bigint       not null references user_account (id),
    kind          varchar(20)  not null,
    article_id    bigint,
    from_day      date,
    to_day        date,
    bom           boolean      not null default false,
    channel       varchar(10)  not null,
    status        varchar(10)  not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    progress      double precision not null default 0 check (progress between 0 and 1),
    attempts      integer      not null default 0,
    created_at    timestamptz  not null,
    started_at    timestamptz,
    finished_at   timestamptz,
    bytes         bigint,
    sha256        char(64),
    items         bigint,
    error         varchar(100),
    ran_on        varchar(200),
    constraint export_job_id_workspace unique (id, workspace_id),
    constraint export_job_done check ((status = 'DONE') = (bytes is not null and sha256 is not null)),
    constraint export_job_failed check ((status = 'FAILED') = (error is not null)),
    constraint export_job_finished check ((status in ('DONE', 'FAILED')) = (finished_at is not null))
);
create index export_job_of_owner on export_job (workspace_id, user_id, created_at desc);
create index export_job_finished on export_job (finished_at) where finished_at is not null;

alter table export_job enable row level security;
alter table export_job force row level security;
create policy export_job_in_workspace on export_job using (workspace_id = fd_current_workspace())
    with check (workspace_id = fd_current_workspace());

-- The file of a finished job in pieces of at most 1 MiB, so neither writing nor serving it holds it in memory.
create table export_chunk (
    job_id        uuid     not null,
    workspace_id  bigint   not null default fd_current_workspace(),
    seq           integer  not null,
    data          bytea    not null,
    primary key (job_id, seq),
    constraint export_chunk_job_same_workspace foreign key (job_id, workspace_id)
        references export_job (id, workspace_id) on delete cascade
);
alter table export_chunk enable row level security;
alter table export_chunk force row level security;
create policy export_chunk_in_workspace on export_chunk using (workspace_id = fd_current_workspace())
    with check (workspace_id = fd_current_workspace());
