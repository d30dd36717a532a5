-- Teams of key workers, each with its manager(s): a manager sees the families allocated to their team.
create table team (
    id         bigint generated always as identity primary key,
    name       text        not null unique,
    created_at timestamptz not null default now()
);

-- The people who sign in to Hearth, with what their role lets them see and do (docs/operations.md, Security).
-- Usernames are lower case so that 'Alice' and 'alice' can never be two accounts, or one account with two
-- throttles. The password hash names its algorithm ({bcrypt}…), so a stronger one can take over user by user.
create table app_user (
    id            bigint generated always as identity primary key,
    username      text        not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{0,59}$'),
    display_name  text        not null check (length(display_name) between 1 and 200),
    password_hash text        not null,
    role          text        not null check (role in ('key_worker', 'manager', 'coordinator', 'auditor', 'administrator')),
    team_id       bigint references team,
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now(),
    -- Key workers and managers see families through their team; the other roles see every family.
    check (role not in ('key_worker', 'manager') or team_id is not null)
);

-- Failed sign-ins, by the name tried, whether or not it is a user's (so that the answer never says which
-- names exist). Held in the database so that a lock survives a restart and holds on every server.
create table sign_in_throttle (
    username     text        primary key,
    failures     integer     not null,
    window_start timestamptz not null,
    locked_until timestamptz
);

-- Which key worker and team hold each family, with every earlier allocation kept: the current one has no
-- ended_at. Access to a family's records follows the current allocation.
create table family_allocation (
    id           bigint generated always as identity primary key,
    family_id    text        not null,
    key_worker   text        not null references app_user (username),
    team_id      bigint      not null references team,
    allocated_at timestamptz not null default now(),
    allocated_by text        not null,
    ended_at     timestamptz
);
create unique index family_allocation_current on family_allocation (family_id) where ended_at is null;
create index family_allocation_key_worker on family_allocation (key_worker) where ended_at is null;
create index family_allocation_team on family_allocation (team_id) where ended_at is null;

-- The audit log: append-only, each entry chained to the one before by SHA-256 (AuditLog's Javadoc gives the
-- exact bytes hashed). Ids are given in order by the writer, which holds a lock while it appends; a
-- predecessor can be named once only, so the chain cannot fork even if that lock were forgotten.
create table audit_entry (
    id            bigint      primary key,
    at            timestamptz not null,
    username      text        not null,
    action        text        not null,
    subject       text        not null,
    detail        text        not null,
    previous_hash text        not null unique,
    hash          text        not null unique
);

-- The application may only add to the log. A superuser can still disable this trigger (or the table's owner
-- can), which is why each entry is chained: AuditChain.verify finds the first entry changed or removed.
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % on audit_entry refused', tg_op
        using errcode = 'restrict_violation';
end
$$;
create trigger audit_entry_append_only before update or delete or truncate on audit_entry
    for each statement execute function audit_entry_append_only();
