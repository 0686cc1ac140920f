-- An administrator disables an account (a person who left, a compromised access) and may enable it again: a disabled
-- account cannot sign in and its sessions end. Kept, never deleted: the journal names its acts.
alter table account add column disabled_at timestamptz;
