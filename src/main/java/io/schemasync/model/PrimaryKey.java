package io.schemasync.model;

import java.util.List;

/** PRIMARY KEY; when the YAML gives no name the loader uses PostgreSQL's default, {@code <table>_pkey}. */
public record PrimaryKey(String name, List<String> columns) implements Constraint {
    public PrimaryKey {
        Lists.requireName(name, "primary key");
        columns = Lists.copy(columns);
    }
}
