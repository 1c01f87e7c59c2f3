package io.schemasync.model;

import java.util.List;

/**
 * An index that does not back a constraint (those belong to their PRIMARY KEY / UNIQUE constraint).
 *
 * @param method  access method: btree, hash, gin, gist, spgist, brin, ...
 * @param include INCLUDE columns
 * @param where   predicate of a partial index, null when none
 */
public record Index(String name, boolean unique, String method, List<IndexKey> keys, List<String> include,
                    String where, boolean nullsNotDistinct, String comment) {
    public Index {
        Lists.requireName(name, "index");
        method = method == null ? "btree" : method;
        keys = Lists.copy(keys);
        include = Lists.copy(include);
    }

    public Index withComment(String text) {
        return new Index(name, unique, method, keys, include, where, nullsNotDistinct, text);
    }

    /** Everything but the comment: two indexes with the same definition need no rebuild. */
    public boolean sameDefinition(Index other) {
        return withComment(null).equals(other.withComment(null));
    }
}
