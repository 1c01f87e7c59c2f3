package io.schemasync.diff;

import io.schemasync.diff.Change.AddColumn;
import io.schemasync.diff.Change.AddConstraint;
import io.schemasync.diff.Change.AlterColumn;
import io.schemasync.diff.Change.ColumnAspect;
import io.schemasync.diff.Change.CreateIndex;
import io.schemasync.diff.Change.DropColumn;
import io.schemasync.diff.Change.DropConstraint;
import io.schemasync.diff.Change.DropIndex;
import io.schemasync.diff.Change.RenameColumn;
import io.schemasync.diff.Change.RenameConstraint;
import io.schemasync.diff.Change.RenameIndex;
import io.schemasync.diff.Change.ReplaceConstraint;
import io.schemasync.diff.Change.ReplaceIndex;
import io.schemasync.diff.Change.SetComment;
import io.schemasync.model.CheckConstraint;
import io.schemasync.model.Column;
import io.schemasync.model.Deferral;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.Identity;
import io.schemasync.model.Index;
import io.schemasync.model.IndexKey;
import io.schemasync.model.ObjectRef.Kind;
import io.schemasync.model.Table;
import io.schemasync.model.UniqueConstraint;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.schemasync.diff.Models.APP;
import static io.schemasync.diff.Models.check;
import static io.schemasync.diff.Models.col;
import static io.schemasync.diff.Models.fk;
import static io.schemasync.diff.Models.index;
import static io.schemasync.diff.Models.pk;
import static io.schemasync.diff.Models.ref;
import static io.schemasync.diff.Models.table;
import static io.schemasync.diff.Models.tables;
import static io.schemasync.diff.Models.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Inside one table the YAML defines: columns, column aspects, constraints, indexes and the table comment. */
class TableDifferTest {
    private static List<Change> changes(Table live, Table desired) {
        return Differ.diff(tables(live), tables(desired)).changes();
    }

    /** Table t: an id and the given columns. */
    private static Table t(Column... columns) {
        return table("t").id().columns(columns).build();
    }

    private static Models.TableBuilder tb() {
        return table("t").id().columns(col("email", "text"));
    }

    @Nested
    class Columns {
        @Test
        void aNewColumnIsAddedAndAnUnlistedOneDropped() {
            Column email = col("email", "text");
            Column phone = col("phone", "text");
            assertEquals(List.of(new AddColumn(APP, "t", phone), new DropColumn(APP, "t", email)),
                    changes(t(email), t(phone)));
        }

        @Test
        void aDeclaredRenameIsARenameNotADropAndAnAdd() {
            Column note = col("note", "text").withRenamedFrom("remark");
            assertEquals(List.of(new RenameColumn(APP, "t", "remark", "note")),
                    changes(t(col("remark", "text")), t(note)));
        }

        @Test
        void aRenamedColumnIsAlsoComparedWithItsOldSelf() {
            Column remark = col("remark", "text");
            Column note = col("note", "character varying(50)").withRenamedFrom("remark");
            assertEquals(List.of(new RenameColumn(APP, "t", "remark", "note"),
                            new AlterColumn(APP, "t", remark, note, Set.of(ColumnAspect.TYPE))),
                    changes(t(remark), t(note)));
        }

        @Test
        void aRenameAlreadyAppliedIsNothing() {
            Column note = col("note", "text");
            assertEquals(List.of(), changes(t(note), t(note.withRenamedFrom("remark"))));
        }

        @Test
        void whenOldAndNewBothExistTheOldIsDroppedNotRenamed() {
            Column remark = col("remark", "text");
            Column note = col("note", "text");
            assertEquals(List.of(new DropColumn(APP, "t", remark)),
                    changes(t(remark, note), t(note.withRenamedFrom("remark"))));
        }

        @Test
        void theOldNameOfARenamedColumnCanBeTakenByANewColumn() {
            // GoTrue renamed identities.id to provider_id and added a uuid id: the live id is renamed, never
            // altered into the new column.
            Column oldId = col("uid", "text");
            Column providerId = col("provider_id", "text").withRenamedFrom("uid");
            Column newId = col("uid", "uuid");
            assertEquals(List.of(new RenameColumn(APP, "t", "uid", "provider_id"), new AddColumn(APP, "t", newId)),
                    changes(t(oldId), t(providerId, newId)));
            assertEquals(List.of(), changes(t(col("provider_id", "text"), newId), t(providerId, newId)),
                    "once applied, both are in sync");
        }

        @Test
        void aRenameFromAColumnThatDoesNotExistAddsTheColumn() {
            Column note = col("note", "text").withRenamedFrom("remark");
            assertEquals(List.of(new AddColumn(APP, "t", note)), changes(t(), t(note)));
        }

        @Test
        void theColumnCommentIsAnAspectOfAlterColumnNotASetComment() {
            Column plain = col("email", "text");
            Column commented = plain.withComment("where we write");
            assertEquals(List.of(new AlterColumn(APP, "t", plain, commented, Set.of(ColumnAspect.COMMENT))),
                    changes(t(plain), t(commented)));
            assertEquals(List.of(new AlterColumn(APP, "t", commented, plain, Set.of(ColumnAspect.COMMENT))),
                    changes(t(commented), t(plain)));
        }
    }

    @Nested
    class Aspects {
        private static final Column BASE = Column.of("n", "integer", true);

        private static Set<ColumnAspect> aspects(Column have, Column want) {
            return TableDiffer.aspects(have, want);
        }

        private static Column generated(String expression) {
            return new Column("n", "integer", true, null, null, expression, null, null, null);
        }

        @Test
        void theSameColumnHasNone() {
            assertEquals(Set.of(), aspects(BASE, BASE));
            assertEquals(Set.of(), aspects(BASE, BASE.withRenamedFrom("m")), "renamed_from is never compared");
        }

        @Test
        void type() {
            assertEquals(Set.of(ColumnAspect.TYPE), aspects(BASE, BASE.withType("bigint")));
        }

        @Test
        void nullability() {
            assertEquals(Set.of(ColumnAspect.NULLABLE), aspects(BASE, BASE.withNullable(false)));
        }

        @Test
        void defaultSetChangedAndDropped() {
            assertEquals(Set.of(ColumnAspect.DEFAULT), aspects(BASE, BASE.withDefault("0")));
            assertEquals(Set.of(ColumnAspect.DEFAULT), aspects(BASE.withDefault("0"), BASE.withDefault("1")));
            assertEquals(Set.of(ColumnAspect.DEFAULT), aspects(BASE.withDefault("0"), BASE));
        }

        @Test
        void identity() {
            Column always = new Column("n", "integer", false, null, Identity.ALWAYS, null, null, null, null);
            Column byDefault = new Column("n", "integer", false, null, Identity.BY_DEFAULT, null, null, null, null);
            assertEquals(Set.of(ColumnAspect.IDENTITY), aspects(BASE.withNullable(false), always));
            assertEquals(Set.of(ColumnAspect.IDENTITY), aspects(always, byDefault));
        }

        @Test
        void collation() {
            Column text = Column.of("s", "text", true);
            Column c = new Column("s", "text", true, null, null, null, "C", null, null);
            assertEquals(Set.of(ColumnAspect.COLLATION), aspects(text, c));
        }

        @Test
        void generated() {
            assertEquals(Set.of(ColumnAspect.GENERATED), aspects(BASE, generated("(a + 1)")));
            assertEquals(Set.of(ColumnAspect.GENERATED), aspects(generated("(a + 1)"), generated("(a + 2)")));
        }

        @Test
        void severalAtOnce() {
            Column want = BASE.withType("bigint").withNullable(false).withDefault("0").withComment("count");
            assertEquals(EnumSet.of(ColumnAspect.TYPE, ColumnAspect.NULLABLE, ColumnAspect.DEFAULT,
                    ColumnAspect.COMMENT), aspects(BASE, want));
            assertEquals(List.of(new AlterColumn(APP, "t", BASE, want, EnumSet.of(ColumnAspect.TYPE,
                    ColumnAspect.NULLABLE, ColumnAspect.DEFAULT, ColumnAspect.COMMENT))), changes(t(BASE), t(want)));
        }

        @Test
        void theSameStringCastToAnotherStringTypeIsTheSameDefault() {
            Column text = Column.of("s", "text", true);
            assertEquals(Set.of(), aspects(text.withDefault("''::character varying"), text.withDefault("''::text")));
            assertEquals(Set.of(), aspects(text.withDefault("'it''s'::text"),
                    text.withDefault("'it''s'::character varying(20)")));
            assertEquals(Set.of(ColumnAspect.DEFAULT), aspects(text.withDefault("'a'::character varying"),
                    text.withDefault("'b'::text")));
            Column number = Column.of("s", "integer", true);
            assertEquals(Set.of(ColumnAspect.DEFAULT), aspects(number.withDefault("'1'::text"),
                    number.withDefault("'1'::character varying")), "only on a column of a string type");
        }
    }

    @Nested
    class Constraints {
        @Test
        void aNewConstraintIsAdded() {
            Table want = tb().uniques(unique("t_email_key", "email")).checks(check("t_email_check", "email <> ''"))
                    .build();
            assertEquals(List.of(new AddConstraint(APP, "t", unique("t_email_key", "email")),
                            new AddConstraint(APP, "t", check("t_email_check", "email <> ''"))),
                    changes(tb().build(), want));
        }

        @Test
        void aPrimaryKeyAndAForeignKeyAreAddedToo() {
            Table live = table("t").columns(Models.ID, col("parent_id", "bigint")).build();
            ForeignKey parent = fk("t_parent_fk", List.of("parent_id"), "t", List.of("id"));
            Table want = table("t").id().columns(col("parent_id", "bigint")).foreignKeys(parent).build();
            assertEquals(List.of(new AddConstraint(APP, "t", pk("t_pkey", "id")), new AddConstraint(APP, "t", parent)),
                    changes(live, want));
        }

        @Test
        void anotherDefinitionUnderTheSameNameIsAReplace() {
            CheckConstraint from = check("t_email_check", "email <> ''");
            CheckConstraint to = check("t_email_check", "length(email) > 3");
            assertEquals(List.of(new ReplaceConstraint(APP, "t", from, to)),
                    changes(tb().checks(from).build(), tb().checks(to).build()));
        }

        @Test
        void aDeferralIsPartOfTheDefinition() {
            UniqueConstraint from = unique("t_email_key", "email");
            UniqueConstraint to = new UniqueConstraint("t_email_key", List.of("email"), false,
                    Deferral.DEFERRABLE_INITIALLY_DEFERRED);
            assertEquals(List.of(new ReplaceConstraint(APP, "t", from, to)),
                    changes(tb().uniques(from).build(), tb().uniques(to).build()));
        }

        @Test
        void anotherKindUnderTheSameNameIsAReplace() {
            UniqueConstraint from = unique("t_email", "email");
            CheckConstraint to = check("t_email", "email <> ''");
            assertEquals(List.of(new ReplaceConstraint(APP, "t", from, to)),
                    changes(tb().uniques(from).build(), tb().checks(to).build()));
        }

        @Test
        void anUnlistedConstraintIsDropped() {
            assertEquals(List.of(new DropConstraint(APP, "t", unique("t_email_key", "email"))),
                    changes(tb().uniques(unique("t_email_key", "email")).build(), tb().build()));
        }

        @Test
        void theSameDefinitionUnderAnotherNameIsARename() {
            assertEquals(List.of(new RenameConstraint(APP, "t", "t_email_key", "users_email_key")),
                    changes(tb().uniques(unique("t_email_key", "email")).build(),
                            tb().uniques(unique("users_email_key", "email")).build()));
        }

        @Test
        void aConstraintStillWantedUnderItsNameIsNotTakenForARename() {
            UniqueConstraint kept = unique("t_email_key", "email");
            UniqueConstraint twin = unique("t_email_key2", "email");
            assertEquals(List.of(new AddConstraint(APP, "t", twin)),
                    changes(tb().uniques(kept).build(), tb().uniques(kept, twin).build()));
        }

        @Test
        void oneLiveConstraintIsRenamedOnlyOnce() {
            UniqueConstraint a = unique("a_key", "email");
            UniqueConstraint b = unique("b_key", "email");
            assertEquals(List.of(new RenameConstraint(APP, "t", "old_key", "a_key"), new AddConstraint(APP, "t", b)),
                    changes(tb().uniques(unique("old_key", "email")).build(), tb().uniques(a, b).build()));
        }
    }

    @Nested
    class Indexes {
        private static Table withIndexes(Index... indexes) {
            return tb().indexes(indexes).build();
        }

        @Test
        void aNewIndexIsCreatedAndAnUnlistedOneDropped() {
            Index byEmail = index("t_email_idx", "email");
            Index byId = index("t_id_idx", "id");
            assertEquals(List.of(new CreateIndex(APP, "t", byId), new DropIndex(APP, "t", byEmail)),
                    changes(withIndexes(byEmail), withIndexes(byId)));
        }

        @Test
        void anotherDefinitionUnderTheSameNameIsAReplace() {
            Index from = index("t_email_idx", "email");
            Index to = new Index("t_email_idx", true, "btree", List.of(IndexKey.column("email")), List.of(), null,
                    false, null);
            Index partial = new Index("t_email_idx", false, "btree", List.of(IndexKey.column("email")), List.of(),
                    "(email IS NOT NULL)", false, null);
            assertEquals(List.of(new ReplaceIndex(APP, "t", from, to)), changes(withIndexes(from), withIndexes(to)));
            assertEquals(List.of(new ReplaceIndex(APP, "t", from, partial)),
                    changes(withIndexes(from), withIndexes(partial)));
        }

        @Test
        void aReplaceCarriesTheNewCommentWithoutASetComment() {
            Index from = index("t_email_idx", "email");
            Index to = new Index("t_email_idx", true, "btree", List.of(IndexKey.column("email")), List.of(), null,
                    false, "unique now");
            assertEquals(List.of(new ReplaceIndex(APP, "t", from, to)), changes(withIndexes(from), withIndexes(to)));
        }

        @Test
        void theSameDefinitionUnderAnotherNameIsARename() {
            assertEquals(List.of(new RenameIndex(APP, "t", "t_email_idx", "users_email_idx")),
                    changes(withIndexes(index("t_email_idx", "email")), withIndexes(index("users_email_idx", "email"))));
        }

        @Test
        void aRenameWithANewCommentAlsoSetsTheComment() {
            Index renamed = index("users_email_idx", "email").withComment("lookups by email");
            assertEquals(List.of(new RenameIndex(APP, "t", "t_email_idx", "users_email_idx"),
                            new SetComment(ref(Kind.INDEX, "t", "users_email_idx"), null, "lookups by email")),
                    changes(withIndexes(index("t_email_idx", "email")), withIndexes(renamed)));
        }

        @Test
        void aCommentAloneIsASetComment() {
            Index plain = index("t_email_idx", "email");
            Index commented = plain.withComment("lookups by email");
            assertEquals(List.of(new SetComment(ref(Kind.INDEX, "t", "t_email_idx"), null, "lookups by email")),
                    changes(withIndexes(plain), withIndexes(commented)));
            assertEquals(List.of(new SetComment(ref(Kind.INDEX, "t", "t_email_idx"), "lookups by email", null)),
                    changes(withIndexes(commented), withIndexes(plain)));
        }
    }

    @Nested
    class TableComment {
        @Test
        void isSetAndCleared() {
            Table plain = tb().build();
            Table commented = tb().comment("people").build();
            assertEquals(List.of(new SetComment(ref(Kind.TABLE, "t"), null, "people")), changes(plain, commented));
            assertEquals(List.of(new SetComment(ref(Kind.TABLE, "t"), "people", null)), changes(commented, plain));
        }
    }

    @Test
    void changesComeInOrderColumnsConstraintsIndexesComment() {
        Table live = table("t").id().columns(col("old", "text")).build();
        Table want = table("t").id().columns(col("email", "text")).uniques(unique("t_email_key", "email"))
                .indexes(index("t_email_idx", "email")).comment("people").build();
        assertEquals(List.of(new AddColumn(APP, "t", col("email", "text")), new DropColumn(APP, "t", col("old", "text")),
                        new AddConstraint(APP, "t", unique("t_email_key", "email")),
                        new CreateIndex(APP, "t", index("t_email_idx", "email")),
                        new SetComment(ref(Kind.TABLE, "t"), null, "people")),
                changes(live, want));
    }
}
