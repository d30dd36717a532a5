-- Break-glass access (docs/operations.md, Security): a user who may not see a family opens it for a limited time by
-- giving a reason. Each grant is kept, never changed, and shown to the family's key worker's manager; opening the
-- family under it is audited as any view is.
create table break_glass_access (
    id         bigint generated always as identity primary key,
    username   text        not null references app_user (username),
    family_id  text        not null,
    reason     text        not null check (length(reason) between 10 and 1000),
    granted_at timestamptz not null default now(),
    expires_at timestamptz not null,
    check (expires_at > granted_at)
);
create index break_glass_access_user on break_glass_access (username, family_id, expires_at);
create index break_glass_access_family on break_glass_access (family_id, granted_at);
