-- Sign-in throttling per account and place (ADR 015). A place is a client address or a trusted device; the place
-- '*' holds the account-wide count, whose lock applies only to places that never signed in to the account.
create table sign_in_throttle (
    username        varchar(64) not null,
    place           varchar(80) not null,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    blocked_until   timestamptz,
    primary key (username, place)
);

-- Devices that signed in successfully: the cookie holds a random secret, the table its SHA-256.
create table trusted_device (
    token_hash   char(64)    primary key,
    user_id      bigint      not null references user_account (id) on delete cascade,
    created_at   timestamptz not null,
    last_used_at timestamptz not null
);
create index trusted_device_user on trusted_device (user_id);

create index security_event_success_place on security_event (user_id, remote_addr) where type = 'LOGIN_SUCCEEDED';
