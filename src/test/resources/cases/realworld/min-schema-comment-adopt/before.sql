-- GitLab's partition schemas exist, but without the comments the YAML gives them.
CREATE SCHEMA gitlab_partitions_static;
