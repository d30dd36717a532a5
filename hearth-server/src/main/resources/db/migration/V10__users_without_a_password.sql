-- A user made while Hearth takes no passwords (HEARTH_LOCAL_SIGN_IN=off) signs in through the identity provider
-- alone and has no password: a null hash, which no password matches (UserAccounts refuses it), until one is set
-- (docs/operations.md, Users and passwords).
alter table app_user alter column password_hash drop not null;
