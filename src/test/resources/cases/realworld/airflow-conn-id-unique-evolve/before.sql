-- Apache Airflow 2.0's metadata database before migrations/versions/8d48763f6d53_add_unique_constraint_to_conn_id.py:
-- connection.conn_id is nullable and not unique (8f966b9c467a had just made conn_type NOT NULL). The migration
-- adds unique_conn_id and sets conn_id NOT NULL; it fails outright on a duplicate or a NULL. The rows are the
-- connections `airflow db init` creates, and a few of a deployment's own.
CREATE TABLE connection (
    id SERIAL NOT NULL,
    conn_id VARCHAR(250),
    conn_type VARCHAR(500) NOT NULL,
    host VARCHAR(500),
    schema VARCHAR(500),
    login VARCHAR(500),
    password VARCHAR(5000),
    port INTEGER,
    extra TEXT,
    is_encrypted BOOLEAN,
    is_extra_encrypted BOOLEAN,
    description TEXT,
    PRIMARY KEY (id)
);

INSERT INTO connection (conn_id, conn_type, host, schema, login, password, port, extra, is_encrypted, is_extra_encrypted) VALUES
    ('airflow_db', 'mysql', 'mysql', 'airflow', 'root', NULL, NULL, NULL, false, false),
    ('aws_default', 'aws', NULL, NULL, NULL, NULL, NULL, NULL, false, false),
    ('azure_batch_default', 'azure_batch', NULL, NULL, '<ACCOUNT_NAME>', NULL, NULL, '{"account_url": "<ACCOUNT_URL>"}', false, false),
    ('beeline_default', 'beeline', 'localhost', 'default', NULL, NULL, 10000, '{"use_beeline": true, "auth": ""}', false, false),
    ('bigquery_default', 'google_cloud_platform', NULL, 'default', NULL, NULL, NULL, NULL, false, false),
    ('cassandra_default', 'cassandra', 'cassandra', NULL, NULL, NULL, 9042, NULL, false, false),
    ('databricks_default', 'databricks', 'localhost', NULL, NULL, NULL, NULL, NULL, false, false),
    ('druid_broker_default', 'druid', 'druid-broker', NULL, NULL, NULL, 8082, '{"endpoint": "druid/v2/sql"}', false, false),
    ('elasticsearch_default', 'elasticsearch', 'localhost', 'http', NULL, NULL, 9200, NULL, false, false),
    ('google_cloud_default', 'google_cloud_platform', NULL, 'default', NULL, NULL, NULL, NULL, false, false),
    ('hive_cli_default', 'hive_cli', 'localhost', 'default', NULL, NULL, 10000, '{"use_beeline": true, "auth": ""}', false, false),
    ('http_default', 'http', 'https://www.httpbin.org/', NULL, NULL, NULL, NULL, NULL, false, false),
    ('kubernetes_default', 'kubernetes', NULL, NULL, NULL, NULL, NULL, NULL, false, false),
    ('postgres_default', 'postgres', 'postgres', 'airflow', 'postgres', 'airflow', NULL, NULL, false, false),
    ('redis_default', 'redis', 'redis', NULL, NULL, NULL, 6379, '{"db": 0}', false, false),
    ('s3_default', 's3', NULL, NULL, NULL, NULL, NULL, NULL, false, false),
    ('slack_default', 'http', 'https://hooks.slack.com/services', NULL, NULL, NULL, NULL, NULL, false, false),
    ('sqlite_default', 'sqlite', '/tmp/sqlite_default.db', NULL, NULL, NULL, NULL, NULL, false, false),
    ('ssh_default', 'ssh', 'localhost', NULL, NULL, NULL, NULL, NULL, false, false),
    ('warehouse', 'postgres', 'warehouse.internal', 'analytics', 'etl', 'gAAAAABf-encrypted', 5432, NULL, true, false),
    ('sftp_partner', 'sftp', 'sftp.partner.example', NULL, 'drop', NULL, 22, '{"key_file": "/keys/partner"}', false, true);
