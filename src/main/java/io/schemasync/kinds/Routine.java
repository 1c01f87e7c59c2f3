package io.schemasync.kinds;

import io.schemasync.model.ObjectRef;
import io.schemasync.model.SchemaObject;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A function or a procedure, as PostgreSQL keeps it in pg_proc. Its name is its identity: the routine's name and
 * the types of its input arguments ({@code total_for(bigint)}), which is also how the catalog lists functions
 * schemasync does not manage. {@code equals} compares what PostgreSQL stores, and leaves out a declared rename and
 * the live objects that depend on it.
 *
 * @param name            the identity, {@code routine(type, type)}, the types as {@code oidvectortypes} prints them
 * @param routine         the name of the function or procedure
 * @param arguments       every argument in order, OUT and TABLE columns included
 * @param returnType      as format_type prints it ({@code record} for TABLE); null for a procedure, and for a
 *                        function whose YAML leaves it to its OUT arguments (until the server says)
 * @param body            the body as written, without the blank lines and (for SQL and PL/pgSQL) the blanks around it
 * @param volatility      immutable, stable or volatile
 * @param parallel        safe, restricted or unsafe
 * @param cost            the server's text of procost; null until the server says
 * @param rows            the server's text of prorows ("0" when it returns no set); null until the server says
 * @param settings        SET clauses by parameter name (lower case), values as pg_proc.proconfig stores them
 * @param renamedFrom     the identity it had before; null when not renamed
 * @param dependents      what depends on it in the live database ("view public.totals", "default value for column
 *                        total of table orders"), as pg_describe_object names it; empty for the desired side
 */
public record Routine(boolean procedure, String name, String routine, List<Argument> arguments, String returnType,
                      boolean returnsSet, String language, String body, String volatility, boolean strict,
                      boolean securityDefiner, String parallel, boolean leakproof, String cost, String rows,
                      Map<String, String> settings, String comment, String renamedFrom, List<String> dependents)
        implements SchemaObject {
    public Routine {
        Objects.requireNonNull(name, "routine name");
        Objects.requireNonNull(routine, "routine");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(body, "body");
        arguments = List.copyOf(arguments);
        settings = java.util.Collections.unmodifiableMap(new TreeMap<>(settings));
        dependents = List.copyOf(dependents);
    }

    /** How an argument is passed (pg_proc.proargmodes); TABLE is a column of {@code RETURNS TABLE (...)}. */
    public enum Mode {
        IN("i"), OUT("o"), INOUT("b"), VARIADIC("v"), TABLE("t");

        private final String code;

        Mode(String code) {
            this.code = code;
        }

        public static Mode of(String code) {
            for (Mode m : values()) if (m.code.equals(code)) return m;
            throw new IllegalArgumentException("unknown argument mode " + code);
        }

        /** IN, INOUT and VARIADIC arguments are what a call passes: they make the identity. */
        public boolean isInput() {
            return this == IN || this == INOUT || this == VARIADIC;
        }

        /** OUT, INOUT and TABLE arguments make the result. */
        public boolean isOutput() {
            return this == OUT || this == INOUT || this == TABLE;
        }
    }

    /**
     * @param name        null for an argument without a name
     * @param type        as written, or as format_type prints it once canonical
     * @param defaultExpr null for none
     */
    public record Argument(Mode mode, String name, String type, String defaultExpr) {
        public Argument {
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(type, "type");
        }
    }

    @Override
    public ObjectRef.Kind refKind() {
        return procedure ? ObjectRef.Kind.PROCEDURE : ObjectRef.Kind.FUNCTION;
    }

    public List<Argument> inputs() {
        return arguments.stream().filter(a -> a.mode().isInput()).toList();
    }

    public List<Argument> outputs() {
        return arguments.stream().filter(a -> a.mode().isOutput()).toList();
    }

    /**
     * A SQL-standard body ({@code BEGIN ATOMIC ... END} or {@code RETURN expr}, PostgreSQL 14): SQL the server
     * parses when the routine is created, kept parsed (with dependencies on what it reads), not a string.
     */
    public boolean standardBody() {
        return Functions.isStandardBody(language, body);
    }

    @Override
    public Map<String, Integer> newerServerFeatures() {
        return standardBody() ? Map.of("a SQL-standard body (BEGIN ATOMIC or RETURN)", 14) : Map.of();
    }

    public boolean returnsTable() {
        return arguments.stream().anyMatch(a -> a.mode() == Mode.TABLE);
    }

    public Routine with(List<Argument> newArguments, String newReturnType, String newBody, Map<String, String> newSettings) {
        return new Routine(procedure, name, routine, newArguments, newReturnType, returnsSet, language, newBody,
                volatility, strict, securityDefiner, parallel, leakproof, cost, rows, newSettings, comment, renamedFrom,
                dependents);
    }

    public Routine withName(String newName, String newRoutine, String newRenamedFrom, List<String> newDependents) {
        return new Routine(procedure, newName, newRoutine, arguments, returnType, returnsSet, language, body, volatility,
                strict, securityDefiner, parallel, leakproof, cost, rows, settings, comment, newRenamedFrom,
                newDependents);
    }

    public Routine withComment(String newComment) {
        return new Routine(procedure, name, routine, arguments, returnType, returnsSet, language, body, volatility,
                strict, securityDefiner, parallel, leakproof, cost, rows, settings, newComment, renamedFrom, dependents);
    }

    /** Everything PostgreSQL stores, in one list: what {@code equals} compares. */
    private List<Object> definition() {
        return java.util.Arrays.asList(procedure, name, routine, arguments, returnType, returnsSet, language, body,
                volatility, strict, securityDefiner, parallel, leakproof, cost, rows, settings, comment);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Routine r && definition().equals(r.definition());
    }

    @Override
    public int hashCode() {
        return definition().hashCode();
    }
}
