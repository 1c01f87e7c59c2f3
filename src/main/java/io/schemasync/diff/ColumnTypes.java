package io.schemasync.diff;

import io.schemasync.model.Column;
import io.schemasync.model.Database;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.Schema;
import io.schemasync.model.Table;
import io.schemasync.sql.TypeName;

import java.util.ArrayList;
import java.util.List;

/** Which columns of a database have a given type (a domain, ...) or an array of it. */
final class ColumnTypes {
    private ColumnTypes() {}

    /**
     * The server prints a type without its schema when the schema is on the search path, so an unqualified column
     * type matches a type of that name in any schema.
     */
    static List<ObjectRef> using(Database db, String typeSchema, String typeName) {
        List<ObjectRef> out = new ArrayList<>();
        for (Schema s : db.schemas()) {
            for (Table t : s.tables()) {
                for (Column c : t.columns()) {
                    if (TypeName.of(c.type()).names(typeSchema, typeName)) {
                        out.add(ObjectRef.inTable(ObjectRef.Kind.COLUMN, s.name(), t.name(), c.name()));
                    }
                }
            }
        }
        return out;
    }
}
