package io.schemasync.kinds;

import io.schemasync.model.ObjectRef;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.TypeUse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Everything about one kind of object, in one place: how it is read from YAML and written back (introspect),
 * read from the catalog, rewritten for the scratch schemas of canonicalization, what it depends on, and the
 * steps that create, alter and drop it. Comparing is {@code equals} of the kind's record, which holds the
 * server's canonical text. The stages iterate over {@link Kinds#ALL} and never look at a kind's class.
 *
 * @param <T> the kind's record
 */
public interface ObjectKind<T extends SchemaObject> {
    /** The key under a schema in the YAML, and under {@code drop:} ("domains"). */
    String key();

    ObjectRef.Kind refKind();

    Class<T> type();

    /** True for kinds that columns can have as their type (domains, ...). */
    boolean isType();

    /**
     * True for kinds that are relations (views, ...): they share one namespace per schema with tables, sequences
     * and indexes, have a row type of the same name, and are materialized with the tables they read.
     */
    default boolean isRelation() {
        return false;
    }

    /**
     * True for kinds whose objects belong to a table (triggers, policies): the YAML has them under the table
     * ({@code tables: {users: {triggers: {...}}}}), introspect writes them there, their catalog rows name the table
     * ({@link SchemaObject#table()}), a table rename carries them along ({@link #onTable}) and dropping the table
     * drops them with it. {@link #read} gets the table from {@link YamlIn#table()}; {@link #identity} reads
     * {@code table.name} (how {@code drop:} names them).
     */
    default boolean belongsToTable() {
        return false;
    }

    /**
     * For kinds that {@link #belongsToTable}: whether views have them too (INSTEAD OF triggers). The YAML has them
     * under the view ({@code views: {v: {triggers: {...}}}}), introspect writes them there, and a view dropped and
     * created again gets them back.
     */
    default boolean onViews() {
        return false;
    }

    /**
     * For kinds that {@link #belongsToTable}: true when a table has at most one object of the kind, written as the
     * key's own map ({@code distribution: {column: tenant_id}}) rather than a map of named objects; its name is the
     * table's.
     */
    default boolean oneOfTable() {
        return false;
    }

    /**
     * True when {@link #alter} makes the object anew (alter_distributed_table makes a new distribution): objects that
     * depend on it are altered after it, as they would be created after its creation.
     */
    default boolean alterMakesAnew() {
        return false;
    }

    /**
     * The extension whose catalogs {@link #catalogQuery} reads ({@code citus}): the catalog reader runs the query
     * only where that extension is installed (other servers have no such tables), and reads none of the kind
     * otherwise. Empty for kinds of PostgreSQL itself.
     */
    default Optional<String> extension() {
        return Optional.empty();
    }

    /**
     * False for kinds that a scratch schema cannot hold (Citus distribution: the server that canonicalizes may
     * have no Citus): the canonical stage leaves them out of what it materializes and takes them as
     * {@link #settle} gives them.
     */
    default boolean materialized() {
        return true;
    }

    /**
     * For kinds that are not {@link #materialized}: the desired database with the kind's objects as the server
     * would keep them, where the YAML leaves a value to the server's default and the live object (in {@code live})
     * already satisfies it.
     */
    default io.schemasync.model.Database settle(io.schemasync.model.Database desired,
                                                io.schemasync.model.Database live) {
        return desired;
    }

    /**
     * For kinds that {@link #belongsToTable}: the live object as it reads once its table is renamed to
     * {@code table} (PostgreSQL moves it along) and its table's columns renamed through {@code columns} (names)
     * and {@code expressions} (SQL text naming them).
     */
    default T onTable(T object, String table, UnaryOperator<String> columns, UnaryOperator<String> expressions) {
        return object;
    }

    default SchemaObject onTableAny(SchemaObject object, String table, UnaryOperator<String> columns,
                                    UnaryOperator<String> expressions) {
        return onTable(type().cast(object), table, columns, expressions);
    }

    /**
     * How {@code drop:} and messages spell a name that {@link #identity} cannot read: {@code a signature like
     * name(integer, text)}.
     */
    default String identityExample() {
        return "a signature like name(integer, text)";
    }

    /**
     * The name an object's YAML key stands for, which is its {@link SchemaObject#name()}: the key itself, except
     * for kinds whose key says more than the name (a function's key lists its arguments with their names and
     * defaults; its name is the function's name and the types of its input arguments). Two keys with one name are
     * one object defined twice. A key that cannot be read comes back as it is ({@link #read} reports it).
     */
    default String identity(String key) {
        return key;
    }

    /** True for kinds whose YAML keys are signatures rather than names (functions): {@link #identity} reads them. */
    default boolean hasSignature() {
        return false;
    }

    /** False when {@link #identity} cannot read the key (it is no signature); names of other kinds always are. */
    default boolean readable(String key) {
        return true;
    }

    /** The YAML key of the object, which {@link #identity} reads back as its name. */
    default String yamlKey(T object) {
        return object.name();
    }

    /**
     * The name the object had before ({@code renamed_from}), as {@link SchemaObject#name()} gives names: the plan
     * renames that live object instead of creating this one. Empty when it was not renamed.
     */
    default Optional<String> renamedFrom(T object) {
        return Optional.empty();
    }

    /**
     * Further names others use for the object in the dependency graph, besides its own ref: a function is called
     * by its name alone, whatever its argument types ({@code FUNCTION} refs of that name, as {@link #dependsOn}
     * gives them for calls).
     */
    default Set<ObjectRef> alsoKnownAs(String schema, T object) {
        return Set.of();
    }

    /**
     * Whether the object is materialized for canonicalization together with the tables and views it uses (in
     * their batch, which is rolled back after it is read), rather than before all tables: a function whose body
     * reads a table or whose type is a table's row type.
     */
    default boolean usesRelations() {
        return false;
    }

    /**
     * True when {@code canonical}, read back from the server, is what {@code desired} became. Its name is the
     * server's, which for most kinds is the name as written; a function's identity is printed by the server
     * ({@code app.mood} may print as {@code mood}), so it is recognised by its name and arguments instead.
     */
    default boolean becomes(T desired, T canonical) {
        return desired.name().equals(canonical.name());
    }

    /**
     * The canonical object read back from the server, with what the server does not keep, or what was rewritten
     * only for the scratch schemas, put back from the desired object it came from: a declared rename, a
     * function's body as written.
     */
    default T restore(T canonical, T desired) {
        return canonical;
    }

    /**
     * The object with every schema it names as a schema (not as the qualifier of another name: a function's
     * {@code search_path}) replaced by the schemas {@code names} gives for it, in that order.
     */
    default T mapSchemas(T object, Function<String, List<String>> names) {
        return object;
    }

    /**
     * Where in the object's YAML the server's error lies, when it rejects {@code statement} (one of the object's
     * statements) at character {@code offset} (0-based; -1 when the server gave no position), with the server's
     * context line ({@code where}, may be null): the YAML field ({@code "body"}) and how to say where in it.
     */
    default Optional<Rejection> locate(T object, String statement, int offset, String where) {
        return Optional.empty();
    }

    /** @param field the YAML key of the object the error is in; {@code detail} says where in its text */
    record Rejection(String field, String detail) {}

    /** The object named {@code name} of {@code schema}, or empty when it cannot be built (problems reported). */
    Optional<T> read(String schema, String name, YamlIn in);

    /** The YAML form: keys to strings, booleans, numbers, lists or maps, in the order people read them. */
    Map<String, Object> write(T object);

    /** The YAML form of an object of {@code schema}, which may leave out what the schema implies; else {@link #write}. */
    default Map<String, Object> write(String schema, T object) {
        return write(object);
    }

    default Map<String, Object> writeAny(String schema, SchemaObject object) {
        return write(schema, type().cast(object));
    }

    /**
     * One query for every object of the kind in the managed schemas (bound to a text[] of their names), with the
     * columns {@code schema} and {@code name} and whatever {@link #fromCatalog} reads, in the server's canonical
     * text. Objects that belong to an extension are left out.
     */
    String catalogQuery();

    T fromCatalog(CatalogRow row);

    /** The object with its type names and SQL expressions rewritten (scratch schemas and back). */
    T mapSql(T object, UnaryOperator<String> types, UnaryOperator<String> expressions);

    /** What must exist before the object can be created: types it is built on, sequences its default uses. */
    Set<ObjectRef> dependsOn(String schema, T object);

    /**
     * Columns of tables and views that the object reads ({@code COLUMN} refs; a null schema matches any schema): a
     * step that adds or renames such a column goes before the object's step, and a step that drops one goes after
     * the object stops reading it. An over-approximation only adds order that is not needed.
     */
    default Set<ObjectRef> columnsRead(String schema, T object) {
        return Set.of();
    }

    /**
     * True when changing {@code from} into {@code to} drops the object and creates it again (a view whose columns
     * change): PostgreSQL refuses that while other views read it.
     */
    default boolean recreates(T from, T to) {
        return false;
    }

    void create(String schema, T object, StepOut out);

    /**
     * @param usedBy the live columns whose type is this object (for kinds that are types), directly, as an array
     *               or through a type built on it: what a new constraint must be checked against
     */
    void alter(String schema, T from, T to, List<TypeUse> usedBy, StepOut out);

    /**
     * True when live objects depend on the object (a trigger on a function): {@code unmanaged: drop} then leaves it
     * unmanaged instead of planning a drop that PostgreSQL would refuse. Listed under {@code drop:}, it is planned,
     * and the kind's drop step says why it cannot run.
     */
    default boolean hasDependents(T object) {
        return false;
    }

    default boolean hasDependentsAny(SchemaObject object) {
        return hasDependents(type().cast(object));
    }

    /** What depends on the object in the live database, as pg_describe_object names it ({@link #describedAs}). */
    default List<String> liveDependents(T object) {
        return List.of();
    }

    default List<String> liveDependentsAny(SchemaObject object) {
        return liveDependents(type().cast(object));
    }

    /**
     * How {@code pg_describe_object} names the object, in each form it may take (a table outside the search_path
     * is qualified): what another object's live dependents list says of it.
     */
    default Set<String> describedAs(String schema, T object) {
        return Set.of();
    }

    default Set<String> describedAsAny(String schema, SchemaObject object) {
        return describedAs(schema, type().cast(object));
    }

    /** The object without the live dependents that this plan drops before it ({@code described} as the server does). */
    default T withoutDependents(T object, Set<String> described) {
        return object;
    }

    default SchemaObject withoutDependentsAny(SchemaObject object, Set<String> described) {
        return withoutDependents(type().cast(object), described);
    }

    /**
     * True for kinds whose objects the plan may drop for a moment and create again around a change underneath them
     * (views, materialized views, triggers): {@link #dropStatement} and {@link #reattach} are theirs.
     */
    default boolean canReattach() {
        return false;
    }

    /**
     * The statement that drops the object for a moment, to be created again in the same transaction by
     * {@link #reattach} ({@code ifExists}: the replayable script's form). Only for kinds that {@link #canReattach}.
     */
    default String dropStatement(String schema, T object, boolean ifExists) {
        throw new UnsupportedOperationException(refKind().word() + " objects are never dropped for a moment");
    }

    default String dropStatementAny(String schema, SchemaObject object, boolean ifExists) {
        return dropStatement(schema, type().cast(object), ifExists);
    }

    /**
     * The step that creates the object again after a change underneath it: the kind's create, with what it costs to
     * create it again (a materialized view runs its query).
     */
    default void reattach(String schema, T object, StepOut out) {
        create(schema, object, out);
    }

    default void reattachAny(String schema, SchemaObject object, StepOut out) {
        reattach(schema, type().cast(object), out);
    }

    /**
     * True when changing {@code from} into {@code to} drops the object and creates it again, so that what depends
     * on it in the live database must go first ({@link #recreates} for relations; a function whose result or
     * argument names change).
     */
    default boolean recreatesUnderDependents(T from, T to) {
        return recreates(from, to);
    }

    default boolean recreatesUnderDependentsAny(SchemaObject from, SchemaObject to) {
        return recreatesUnderDependents(type().cast(from), type().cast(to));
    }

    /** @param usedBy the columns of the object that remain after the plan: what keeps it from being dropped */
    void drop(String schema, T object, List<TypeUse> usedBy, StepOut out);

    /** For kinds that are types: the object as the preflights of the plan that creates it must see it. */
    default Optional<NewType> asNewType(T object) {
        return java.util.Optional.empty();
    }

    default Optional<NewType> asNewTypeAny(SchemaObject object) {
        return asNewType(type().cast(object));
    }

    /** {@link #create} for an object known to be of this kind. */
    default void createAny(String schema, SchemaObject object, StepOut out) {
        create(schema, type().cast(object), out);
    }

    default void alterAny(String schema, SchemaObject from, SchemaObject to, List<TypeUse> usedBy, StepOut out) {
        alter(schema, type().cast(from), type().cast(to), usedBy, out);
    }

    default void dropAny(String schema, SchemaObject object, List<TypeUse> usedBy, StepOut out) {
        drop(schema, type().cast(object), usedBy, out);
    }

    default Map<String, Object> writeAny(SchemaObject object) {
        return write(type().cast(object));
    }

    default SchemaObject mapSqlAny(SchemaObject object, UnaryOperator<String> types, UnaryOperator<String> expressions) {
        return mapSql(type().cast(object), types, expressions);
    }

    default Set<ObjectRef> dependsOnAny(String schema, SchemaObject object) {
        return dependsOn(schema, type().cast(object));
    }

    default Set<ObjectRef> columnsReadAny(String schema, SchemaObject object) {
        return columnsRead(schema, type().cast(object));
    }

    default String yamlKeyAny(SchemaObject object) {
        return yamlKey(type().cast(object));
    }

    default Optional<String> renamedFromAny(SchemaObject object) {
        return renamedFrom(type().cast(object));
    }

    default Set<ObjectRef> alsoKnownAsAny(String schema, SchemaObject object) {
        return alsoKnownAs(schema, type().cast(object));
    }

    default boolean becomesAny(SchemaObject desired, SchemaObject canonical) {
        return desired.refKind() == canonical.refKind() && becomes(type().cast(desired), type().cast(canonical));
    }

    default SchemaObject restoreAny(SchemaObject canonical, SchemaObject desired) {
        return restore(type().cast(canonical), type().cast(desired));
    }

    default SchemaObject mapSchemasAny(SchemaObject object, Function<String, List<String>> names) {
        return mapSchemas(type().cast(object), names);
    }

    default Optional<Rejection> locateAny(SchemaObject object, String statement, int offset, String where) {
        return locate(type().cast(object), statement, offset, where);
    }

    default boolean recreatesAny(SchemaObject from, SchemaObject to) {
        return recreates(type().cast(from), type().cast(to));
    }

    /**
     * What PostgreSQL cannot do while views (or rules) read the object, when {@link #recreates} drops and creates
     * it: the end of "PostgreSQL cannot ...", with the remedy.
     */
    default String whileRead() {
        return "drop it while they exist (drop them in the same plan)";
    }

    /**
     * The indexes of the object, for kinds that have them as tables do (materialized views): the diff leaves them
     * out of the comparison of the objects and compares them as a table's indexes, so that an index is created,
     * dropped or rebuilt by the table index steps (CONCURRENTLY when the relation has rows), never by recreating
     * the object. Empty for other kinds.
     */
    default List<io.schemasync.model.Index> indexes(T object) {
        return List.of();
    }

    /** The object with these indexes (read from the catalog, or none, to compare the rest). */
    default T withIndexes(T object, List<io.schemasync.model.Index> indexes) {
        return object;
    }

    /** True for kinds whose objects have indexes ({@link #indexes}). */
    default boolean hasIndexes() {
        return false;
    }

    default List<io.schemasync.model.Index> indexesAny(SchemaObject object) {
        return indexes(type().cast(object));
    }

    default SchemaObject withIndexesAny(SchemaObject object, List<io.schemasync.model.Index> indexes) {
        return withIndexes(type().cast(object), indexes);
    }
}
