-- What the domain forbids, refused by the schema as well (ADR 009).

-- A claim is always in one of the workflow's states.
alter table claim add constraint claim_state_check check (state in ('DRAFT', 'IN_VERIFICATION', 'VERDICT_PROPOSED',
    'APPROVED', 'PUBLISHED', 'CORRECTED', 'REJECTED'));

-- At most one published verdict per claim: publishing a correction supersedes the one before it.
create unique index verdict_one_published on verdict (claim_id) where status = 'PUBLISHED';

-- A verdict asks for as many approvals as the workspace setting may: 1 to 5.
alter table verdict add constraint verdict_approvals_required_check check (approvals_required between 1 and 5);

-- Only an approved or published verdict carries a decision time; only a published one its publisher.
alter table verdict add constraint verdict_published_check
    check ((status in ('PUBLISHED', 'SUPERSEDED')) = (published_at is not null));

-- A correction note belongs to a published correction only.
alter table verdict add constraint verdict_correction_note_check
    check (correction_note is null or correction);

-- Rating labels are unique per workspace in each language, ignoring case.
create unique index rating_label_en_unique on rating_label (workspace_id, lower(label_en));
create unique index rating_label_ar_unique on rating_label (workspace_id, lower(label_ar));

-- A sign-off decision belongs to an editor other than the proposer (four-eyes) — checked against the verdict.
create function sign_off_four_eyes() returns trigger language plpgsql as $$
begin
    if exists (select 1 from verdict v where v.id = new.verdict_id and v.proposed_by = new.editor_id
               and new.decision = 'APPROVE') then
        raise exception 'the proposer of a verdict cannot approve it' using errcode = 'check_violation',
            constraint = 'sign_off_four_eyes';
    end if;
    return new;
end;
$$;
create trigger sign_off_four_eyes before insert or update on sign_off
    for each row execute function sign_off_four_eyes();
