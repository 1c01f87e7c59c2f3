package io.schemasync.model;

import java.util.List;

/**
 * An index that does not back a constraint (those belong to their PRIMARY KEY / UNIQUE constraint).
 *
 * @param method  access method: btree, hash, gin, gist, spgist, brin, ...
 * @param include INCLUDE columns
 * @param where   predicate of a partial index, null when none
 * @param storage WITH (...) storage parameters (fillfactor, ...)
 */
public record Index(String name, boolean unique, String method, List<IndexKey> keys, List<String> include,
                    String where, boolean nullsNotDistinct, String comment, Storage storage) {
    public Index {
        Lists.requireName(name, "index");
        method = method == null ? "btree" : method;
        keys = Lists.copy(keys);
        include = Lists.copy(include);
        storage = storage == null ? Storage.NONE : storage;
    }

    public Index(String name, boolean unique, String method, List<IndexKey> keys, List<String> include,
                 String where, boolean nullsNotDistinct, String comment) {
        this(name, unique, method, keys, include, where, nullsNotDistinct, comment, Storage.NONE);
    }

    public Index withComment(String text) {
        return new Index(name, unique, method, keys, include, where, nullsNotDistinct, text, storage);
    }

    public Index withName(String n) {
        return new Index(n, unique, method, keys, include, where, nullsNotDistinct, comment, storage);
    }

    public Index withStorage(Storage s) {
        return new Index(name, unique, method, keys, include, where, nullsNotDistinct, comment, s);
    }

    /**
     * Everything but the comment and the storage parameters: two indexes with the same definition need no rebuild
     * (ALTER INDEX ... SET (...) changes the parameters in place).
     */
    public boolean sameDefinition(Index other) {
        return withComment(null).withStorage(null).equals(other.withComment(null).withStorage(null));
    }
}
