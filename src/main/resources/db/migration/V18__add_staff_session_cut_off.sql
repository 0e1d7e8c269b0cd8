-- Sessions of the staff pages are sealed cookies; a user's sessions issued before this moment are
-- refused (sign-out, password reset and deactivation end every session of the account).
ALTER TABLE app_user ADD COLUMN sessions_valid_after DATETIME(6) NULL;
