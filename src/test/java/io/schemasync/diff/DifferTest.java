package io.schemasync.diff;

import io.schemasync.diff.Change.AddConstraint;
import io.schemasync.diff.Change.AddEnumValue;
import io.schemasync.diff.Change.AlterSequence;
import io.schemasync.diff.Change.CreateEnum;
import io.schemasync.diff.Change.CreateExtension;
import io.schemasync.diff.Change.CreateIndex;
import io.schemasync.diff.Change.CreateSchema;
import io.schemasync.diff.Change.CreateSequence;
import io.schemasync.diff.Change.CreateTable;
import io.schemasync.diff.Change.DropEnum;
import io.schemasync.diff.Change.DropSequence;
import io.schemasync.diff.Change.DropTable;
import io.schemasync.diff.Change.RenameConstraint;
import io.schemasync.diff.Change.RenameTable;
import io.schemasync.diff.Change.SetComment;
import io.schemasync.diff.Change.Unsupported;
import io.schemasync.model.Database;
import io.schemasync.model.EnumType;
import io.schemasync.model.Extension;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.ObjectRef.Kind;
import io.schemasync.model.Sequence;
import io.schemasync.model.Table;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.schemasync.diff.Models.APP;
import static io.schemasync.diff.Models.col;
import static io.schemasync.diff.Models.db;
import static io.schemasync.diff.Models.dropping;
import static io.schemasync.diff.Models.enumType;
import static io.schemasync.diff.Models.fk;
import static io.schemasync.diff.Models.index;
import static io.schemasync.diff.Models.pk;
import static io.schemasync.diff.Models.ref;
import static io.schemasync.diff.Models.schema;
import static io.schemasync.diff.Models.sequence;
import static io.schemasync.diff.Models.table;
import static io.schemasync.diff.Models.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Schemas, extensions, enum types, sequences and whole tables: what is created, in sync, unmanaged or dropped. */
class DifferTest {
    private static final Table T = table("t").id().build();

    private static List<Change> changes(Database live, Database desired) {
        return Differ.diff(live, desired).changes();
    }

    @Nested
    class Schemas {
        @Test
        void aMissingSchemaIsCreatedWithItsCommentAndContents() {
            Database want = db(schema().comment("the app").tables(T).build());
            assertEquals(List.of(new CreateSchema(APP, "the app"), new CreateTable(APP, T)),
                    changes(Database.empty(), want));
        }

        @Test
        void anIdenticalSchemaHasNoChangesAndReportsWhatIsInSync() {
            Database both = db(schema().comment("the app").enums(enumType("mood", "ok")).sequences(sequence("seq"))
                    .tables(T).build());
            Change.Result result = Differ.diff(both, both);
            assertEquals(List.of(), result.changes());
            assertEquals(List.of(ref(Kind.TYPE, "mood"), ref(Kind.SEQUENCE, "seq"), ref(Kind.TABLE, "t")),
                    result.inSync());
            assertEquals(List.of(), result.unmanaged());
        }

        @Test
        void aSchemaCommentIsManagedOnlyWhenTheYamlGivesOne() {
            Database live = db(schema().comment("standard public schema").build());
            assertEquals(List.of(), changes(live, db(schema().build())));
            assertEquals(List.of(new SetComment(ObjectRef.schema(APP), "standard public schema", "ours")),
                    changes(live, db(schema().comment("ours").build())));
            assertEquals(List.of(new SetComment(ObjectRef.schema(APP), null, "ours")),
                    changes(db(schema().build()), db(schema().comment("ours").build())));
            assertEquals(List.of(), changes(live, db(schema().comment("standard public schema").build())));
        }

        @Test
        void schemasTheYamlDoesNotMentionAreNotCompared() {
            Database live = db(schema().tables(T).build(), schema("other").tables(T).build());
            Change.Result result = Differ.diff(live, db(schema().tables(T).build()));
            assertEquals(List.of(), result.changes());
            assertEquals(List.of(), result.unmanaged());
        }

        /**
         * {@code unmanaged: drop}: every table, type and sequence the YAML does not mention is a drop; what the
         * catalog does not model (a view) and extensions stay unmanaged.
         */
        @Test
        void dropUnlistedTurnsWhatTheYamlDoesNotMentionIntoDrops() {
            ObjectRef view = ref(Kind.VIEW, "v");
            Table legacy = table("legacy").id().build();
            Database live = db(schema().extensions(Extension.named("hstore")).enums(enumType("mood", "a"))
                    .sequences(sequence("seq")).tables(T, legacy).build());
            Change.Result result = Differ.diff(live, tables(T), List.of(view), true);
            assertEquals(List.of(new DropEnum(APP, enumType("mood", "a")), new DropSequence(APP, sequence("seq")),
                    new DropTable(APP, legacy)), result.changes());
            assertEquals(List.of(view, ref(Kind.EXTENSION, "hstore")), result.unmanaged());
            assertEquals(List.of(ref(Kind.TABLE, "t")), result.inSync());
        }

        @Test
        void whatTheCatalogDoesNotModelComesFirstInUnmanaged() {
            ObjectRef view = ref(Kind.VIEW, "v");
            Database live = tables(T, table("legacy").id().build());
            Change.Result result = Differ.diff(live, tables(T), List.of(view));
            assertEquals(List.of(view, ref(Kind.TABLE, "legacy")), result.unmanaged());
        }
    }

    @Nested
    class Extensions {
        @Test
        void aMissingExtensionIsCreatedAndAnUnlistedOneIsUnmanaged() {
            Database live = db(schema().extensions(Extension.named("hstore")).build());
            Database want = db(schema().extensions(Extension.named("citext")).build());
            Change.Result result = Differ.diff(live, want);
            assertEquals(List.of(new CreateExtension(APP, Extension.named("citext"))), result.changes());
            assertEquals(List.of(ref(Kind.EXTENSION, "hstore")), result.unmanaged());
        }

        @Test
        void anInstalledExtensionIsNotComparedByVersionWhenTheYamlNamesNone() {
            Database live = db(schema().extensions(new Extension("citext", "1.6")).build());
            Database want = db(schema().extensions(Extension.named("citext")).build());
            assertEquals(List.of(), changes(live, want));
        }

        @Test
        void aVersionTheYamlNamesIsUpdatedTo() {
            Database live = db(schema().extensions(new Extension("citext", "1.5")).build());
            Database want = db(schema().extensions(new Extension("citext", "1.6")).build());
            assertEquals(List.of(new Change.UpdateExtension("app", new Extension("citext", "1.5"),
                    new Extension("citext", "1.6"))), changes(live, want));
        }
    }

    @Nested
    class Enums {
        private static Database withEnum(EnumType e) {
            return db(schema().enums(e).build());
        }

        private static Database withMood(String... values) {
            return withEnum(enumType("mood", values));
        }

        @Test
        void aMissingEnumIsCreated() {
            assertEquals(List.of(new CreateEnum(APP, enumType("mood", "ok", "bad"))),
                    changes(db(schema().build()), withMood("ok", "bad")));
        }

        @Test
        void aValueAtTheEndIsAddedAfterTheLastOne() {
            assertEquals(List.of(new AddEnumValue(APP, "mood", "meh", null, "bad")),
                    changes(withMood("ok", "bad"), withMood("ok", "bad", "meh")));
        }

        @Test
        void aValueInFrontOrBetweenIsAddedBeforeTheNextExistingOne() {
            assertEquals(List.of(new AddEnumValue(APP, "mood", "great", "ok", null),
                            new AddEnumValue(APP, "mood", "meh", "bad", null),
                            new AddEnumValue(APP, "mood", "awful", null, "bad")),
                    changes(withMood("ok", "bad"), withMood("great", "ok", "meh", "bad", "awful")));
        }

        @Test
        void severalNewValuesAtTheEndFollowEachOther() {
            assertEquals(List.of(new AddEnumValue(APP, "mood", "meh", null, "ok"),
                            new AddEnumValue(APP, "mood", "bad", null, "meh")),
                    changes(withMood("ok"), withMood("ok", "meh", "bad")));
        }

        @Test
        void removingAValueMakesTheTypeAgain() {
            Change.Result result = Differ.diff(withMood("ok", "meh", "bad"), withMood("ok", "great"));
            assertEquals(List.of(new Change.RecreateEnum(APP, enumType("mood", "ok", "meh", "bad"),
                    enumType("mood", "ok", "great"), List.of(), List.of(), List.of())), result.changes());
            assertEquals(List.of(), result.inSync());
        }

        @Test
        void reorderingValuesMakesTheTypeAgain() {
            assertEquals(List.of(new Change.RecreateEnum(APP, enumType("mood", "ok", "bad"),
                    enumType("mood", "bad", "ok", "meh"), List.of(), List.of(), List.of())),
                    changes(withMood("ok", "bad"), withMood("bad", "ok", "meh")));
        }

        @Test
        void declaredRenamesOfTheTypeAndItsLabelsAreRenamesOnly() {
            EnumType renamed = new EnumType("feeling", List.of("fine", "bad"), null, "mood",
                    java.util.Map.of("fine", "ok"));
            assertEquals(List.of(new Change.RenameEnum(APP, "mood", "feeling"),
                    new Change.RenameEnumValue(APP, "feeling", "ok", "fine")),
                    changes(withMood("ok", "bad"), withEnum(renamed)));
        }

        @Test
        void theCommentIsSetAndClearedBesideTheValues() {
            EnumType plain = enumType("mood", "ok");
            EnumType commented = new EnumType("mood", List.of("ok"), "how it went");
            assertEquals(List.of(new SetComment(ref(Kind.TYPE, "mood"), null, "how it went")),
                    changes(withEnum(plain), withEnum(commented)));
            assertEquals(List.of(new SetComment(ref(Kind.TYPE, "mood"), "how it went", null)),
                    changes(withEnum(commented), withEnum(plain)));
            assertEquals(List.of(new AddEnumValue(APP, "mood", "bad", null, "ok"),
                            new SetComment(ref(Kind.TYPE, "mood"), null, "how it went")),
                    changes(withEnum(plain), withEnum(new EnumType("mood", List.of("ok", "bad"), "how it went"))));
        }

        @Test
        void anEnumTheYamlDoesNotMentionIsUnmanaged() {
            Change.Result result = Differ.diff(withMood("ok"), db(schema().build()));
            assertEquals(List.of(), result.changes());
            assertEquals(List.of(ref(Kind.TYPE, "mood")), result.unmanaged());
        }

        @Test
        void anEnumListedUnderDropIsDropped() {
            Change.Result result = Differ.diff(withMood("ok"),
                    dropping(List.of(ref(Kind.TYPE, "mood")), schema().build()));
            assertEquals(List.of(new DropEnum(APP, enumType("mood", "ok"))), result.changes());
            assertEquals(List.of(), result.unmanaged());
        }
    }

    @Nested
    class Sequences {
        private static Database withSequence(Sequence s) {
            return db(schema().sequences(s).build());
        }

        @Test
        void aMissingSequenceIsCreated() {
            assertEquals(List.of(new CreateSequence(APP, sequence("seq"))),
                    changes(db(schema().build()), withSequence(sequence("seq"))));
        }

        @Test
        void ownedByFollowsTheCreateBecauseItNeedsTheTable() {
            Sequence owned = sequence("seq").withOwnedBy("t.id");
            assertEquals(List.of(new CreateSequence(APP, sequence("seq")),
                            new AlterSequence(APP, sequence("seq"), owned), new CreateTable(APP, T)),
                    changes(db(schema().build()), db(schema().sequences(owned).tables(T).build())));
        }

        @Test
        void anotherDefinitionIsAnAlter() {
            Sequence by10 = Sequence.withDefaults("seq", null, null, 10L, null, null, null, false, null, null);
            assertEquals(List.of(new AlterSequence(APP, sequence("seq"), by10)),
                    changes(withSequence(sequence("seq")), withSequence(by10)));
        }

        @Test
        void theCommentAloneIsASetComment() {
            Sequence commented = sequence("seq").withComment("ticket numbers");
            ObjectRef seq = ref(Kind.SEQUENCE, "seq");
            assertEquals(List.of(new SetComment(seq, null, "ticket numbers")),
                    changes(withSequence(sequence("seq")), withSequence(commented)));
            Change.Result cleared = Differ.diff(withSequence(commented), withSequence(sequence("seq")));
            assertEquals(List.of(new SetComment(seq, "ticket numbers", null)), cleared.changes());
            assertEquals(List.of(), cleared.inSync());
        }

        @Test
        void anAlterWithANewCommentAlsoSetsTheComment() {
            Sequence cycling = Sequence.withDefaults("seq", null, null, null, null, null, null, true, null, "wraps");
            assertEquals(List.of(new AlterSequence(APP, sequence("seq"), cycling),
                            new SetComment(ref(Kind.SEQUENCE, "seq"), null, "wraps")),
                    changes(withSequence(sequence("seq")), withSequence(cycling)));
        }

        @Test
        void aSequenceTheYamlDoesNotMentionIsUnmanagedUnlessListedUnderDrop() {
            Database live = withSequence(sequence("seq"));
            Change.Result kept = Differ.diff(live, db(schema().build()));
            assertEquals(List.of(), kept.changes());
            assertEquals(List.of(ref(Kind.SEQUENCE, "seq")), kept.unmanaged());
            Change.Result dropped = Differ.diff(live, dropping(List.of(ref(Kind.SEQUENCE, "seq")), schema().build()));
            assertEquals(List.of(new DropSequence(APP, sequence("seq"))), dropped.changes());
            assertEquals(List.of(), dropped.unmanaged());
        }
    }

    @Nested
    class Tables {
        @Test
        void aMissingTableIsCreatedThenItsForeignKeysAndIndexes() {
            Table child = table("child").id().columns(col("parent_id", "bigint"))
                    .foreignKeys(fk("child_parent_fk", List.of("parent_id"), "parent", List.of("id")))
                    .indexes(index("child_parent_idx", "parent_id")).build();
            assertEquals(List.of(new CreateTable(APP, child),
                            new AddConstraint(APP, "child", child.foreignKeys().get(0)),
                            new CreateIndex(APP, "child", child.indexes().get(0))),
                    changes(tables(), tables(child)));
        }

        @Test
        void aTableInSyncIsReportedAsSuch() {
            Change.Result result = Differ.diff(tables(T), tables(T));
            assertEquals(List.of(), result.changes());
            assertEquals(List.of(ref(Kind.TABLE, "t")), result.inSync());
        }

        @Test
        void aTableTheYamlDoesNotMentionIsUnmanaged() {
            Table legacy = table("legacy").id().build();
            Change.Result result = Differ.diff(tables(T, legacy), tables(T));
            assertEquals(List.of(), result.changes());
            assertEquals(List.of(ref(Kind.TABLE, "legacy")), result.unmanaged());
        }

        @Test
        void aTableListedUnderDropIsDropped() {
            Table legacy = table("legacy").id().build();
            Change.Result result = Differ.diff(tables(T, legacy),
                    dropping(List.of(ref(Kind.TABLE, "legacy")), schema().tables(T).build()));
            assertEquals(List.of(new DropTable(APP, legacy)), result.changes());
            assertEquals(List.of(), result.unmanaged());
        }

        @Test
        void aDropOfSomethingThatIsNotThereIsNothing() {
            Database want = dropping(List.of(ref(Kind.TABLE, "gone"), ref(Kind.TYPE, "gone"),
                    ref(Kind.SEQUENCE, "gone")), schema().tables(T).build());
            assertEquals(List.of(), changes(tables(T), want));
        }

        @Test
        void aDeclaredRenameRenamesTheTableAndItsPrimaryKey() {
            Table person = table("person").id().build();
            Table customer = table("customer").id().renamedFrom("person").build();
            Change.Result result = Differ.diff(tables(person), tables(customer));
            assertEquals(List.of(new RenameTable(APP, "person", "customer"),
                    new RenameConstraint(APP, "customer", "person_pkey", "customer_pkey")), result.changes());
            assertEquals(List.of(), result.inSync());
            assertEquals(List.of(), result.unmanaged());
        }

        @Test
        void aRenameKeepingThePrimaryKeyNameIsOnlyARename() {
            Table person = table("person").columns(Models.ID).primaryKey(pk("person_pkey", "id")).build();
            Table customer = table("customer").columns(Models.ID).primaryKey(pk("person_pkey", "id"))
                    .renamedFrom("person").build();
            assertEquals(List.of(new RenameTable(APP, "person", "customer")),
                    changes(tables(person), tables(customer)));
        }

        @Test
        void aRenameAlreadyAppliedIsInSync() {
            Table customer = table("customer").id().renamedFrom("person").build();
            Change.Result result = Differ.diff(tables(table("customer").id().build()), tables(customer));
            assertEquals(List.of(), result.changes());
            assertEquals(List.of(ref(Kind.TABLE, "customer")), result.inSync());
        }

        @Test
        void aRenameFromATableThatDoesNotExistCreatesTheTable() {
            Table customer = table("customer").id().renamedFrom("person").build();
            assertEquals(List.of(new CreateTable(APP, customer)), changes(tables(), tables(customer)));
        }

        @Test
        void whenOldAndNewBothExistTheNewIsComparedAndTheOldIsUnmanaged() {
            Table person = table("person").id().build();
            Table customer = table("customer").id().renamedFrom("person").build();
            Change.Result result = Differ.diff(tables(person, table("customer").id().build()), tables(customer));
            assertEquals(List.of(), result.changes());
            assertEquals(List.of(ref(Kind.TABLE, "customer")), result.inSync());
            assertEquals(List.of(ref(Kind.TABLE, "person")), result.unmanaged());
        }

        @Test
        void whenOldAndNewBothExistTheOldIsDroppedOnlyWhenListedUnderDrop() {
            Table person = table("person").id().build();
            Table customer = table("customer").id().renamedFrom("person").build();
            Database want = dropping(List.of(ref(Kind.TABLE, "person")), schema().tables(customer).build());
            assertEquals(List.of(new DropTable(APP, person)),
                    changes(tables(person, table("customer").id().build()), want));
        }
    }
}
