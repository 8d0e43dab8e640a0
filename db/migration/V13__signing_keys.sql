-- The installation's signing keys (ADR 018). Not owned by a workspace, so no row-level security: every workspace's
-- exports are signed with the installation's current key. The private key is stored only encrypted (AES-256-GCM
-- under the key-encryption key from configuration); the public key is published with its validity period.
create table signing_key (
    id             bigserial primary key,
    key_id         text        not null unique,
    algorithm      text        not null check (algorithm = 'Ed25519'),
    public_key     bytea       not null,
    private_key    bytea       not null,
    valid_from     timestamptz not null,
    valid_until    timestamptz,
    check (valid_until is null or valid_until >= valid_from)
);

-- At most one current key.
create unique index signing_key_one_current on signing_key ((true)) where valid_until is null;
