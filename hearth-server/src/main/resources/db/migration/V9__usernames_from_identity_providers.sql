-- A user who signs in through the authority's identity provider has the username it gives them (Entra ID's UPN, or
-- an email address): '@' is allowed, and up to 100 characters (docs/operations.md, Signing in).
alter table app_user drop constraint app_user_username_check;
alter table app_user add constraint app_user_username_check check (username ~ '^[a-z0-9][a-z0-9._@-]{0,99}$');
