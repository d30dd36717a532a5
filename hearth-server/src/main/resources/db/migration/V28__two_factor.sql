-- Local users' second factor (docs/operations.md, Multi-factor sign-in): a time-based one-time code (RFC 6238) from an
-- authenticator app, after the password. A user has one at most; turning it off or an administrator's reset deletes
-- it, with its recovery codes, and the audit log keeps that it was.
--
-- The secret is kept encrypted (AES-GCM, org.hearth.server.security.TwoFactorKey: a 12-byte nonce, then the ciphertext
-- and its tag), under a key in a file beside the data, never in the database: a copy of the database alone gives no
-- one the codes. last_step is the RFC 6238 time step (30-second periods since 1970) of the last code accepted: a code
-- of that step or an earlier one is never accepted again, so a code seen over someone's shoulder is spent.
create table two_factor (
    username    text        primary key references app_user (username),
    secret      bytea       not null,
    last_step   bigint      not null,
    enrolled_at timestamptz not null default now()
);

-- Ten single-use codes for when the app is lost, shown once at enrolment and kept only as bcrypt hashes. A code is
-- spent by setting used_at.
create table two_factor_recovery_code (
    id        bigint generated always as identity primary key,
    username  text        not null references two_factor (username) on delete cascade,
    code_hash text        not null,
    used_at   timestamptz
);
create index two_factor_recovery_code_user on two_factor_recovery_code (username) where used_at is null;
