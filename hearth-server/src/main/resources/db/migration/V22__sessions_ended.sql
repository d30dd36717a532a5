-- When a user's sessions were last ended everywhere (they signed out everywhere, or an administrator ended them): a
-- session that began before it is signed out at its next request (org.hearth.server.security.SessionFollowsAccount).
alter table app_user add column sessions_ended_at timestamptz;
