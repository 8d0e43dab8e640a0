-- What a workspace's ClaimReview exports say about their publisher (docs/adr/012-report-exports.md).
-- publication_url_pattern holds {claimId}, replaced by each claim's id.
create table report_settings (
    workspace_id            bigint        primary key references workspace (id),
    organisation_name       varchar(200)  not null,
    organisation_url        varchar(2000) not null,
    publication_url_pattern varchar(2000) not null,
    version                 bigint        not null default 0
);
