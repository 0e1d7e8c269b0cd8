-- The two database accounts of Survivor Voice on MySQL 8 (README, "Database accounts").
-- Run once as an administrator, with the two passwords set first, e.g.
--   mysql -u root -p --init-command="SET @migrator_password='...', @app_password='...'" < accounts.sql
-- (or replace the two variables by literals). Give QUARKUS_FLYWAY_USERNAME/_PASSWORD the first
-- account and QUARKUS_DATASOURCE_USERNAME/_PASSWORD the second.
--
-- The migration account owns the schema: Flyway creates and alters tables, views and triggers
-- with it, and after every migration grants the application account its rights table by table
-- (ApplicationAccountGrants): SELECT, INSERT, UPDATE, DELETE on tables, SELECT on views, only
-- SELECT and INSERT on audit_log, nothing on flyway_schema_history. The application account gets
-- nothing here, so it can never alter, drop, truncate or add triggers, and never change an audit
-- row. If the accounts connect from elsewhere than '%', change the host here and set
-- SURVIVOR_VOICE_DATABASE_ACCOUNTS_APPLICATION_HOST to the application account's host.

CREATE DATABASE IF NOT EXISTS survivor_voice CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

SET @create_migrator = CONCAT(
    'CREATE USER IF NOT EXISTS ''survivor_voice_migrator''@''%'' IDENTIFIED BY ''',
    @migrator_password, '''');
PREPARE statement FROM @create_migrator;
EXECUTE statement;
DEALLOCATE PREPARE statement;
GRANT ALL PRIVILEGES ON survivor_voice.* TO 'survivor_voice_migrator'@'%' WITH GRANT OPTION;

SET @create_app = CONCAT(
    'CREATE USER IF NOT EXISTS ''survivor_voice_app''@''%'' IDENTIFIED BY ''',
    @app_password, '''');
PREPARE statement FROM @create_app;
EXECUTE statement;
DEALLOCATE PREPARE statement;

-- With binary logging on (MySQL 8's default), an account without SUPER may create triggers only
-- when the server trusts it to: needed once, while Flyway creates audit_log's two triggers (V4).
-- SET PERSIST log_bin_trust_function_creators = 1;
