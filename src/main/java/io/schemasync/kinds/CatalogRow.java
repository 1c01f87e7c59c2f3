package io.schemasync.kinds;

import java.util.List;

/** One row of a kind's catalog query, by column name. */
public interface CatalogRow {
    String text(String column);

    boolean bool(String column);

    /** A text[] column; empty for NULL. */
    List<String> texts(String column);
}
