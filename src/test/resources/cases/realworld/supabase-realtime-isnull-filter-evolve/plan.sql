-- alter type realtime.equality_op: add value 'isnull' after 'in' [before transaction]
ALTER TYPE "realtime"."equality_op" ADD VALUE 'isnull' AFTER 'in';
-- alter type realtime.equality_op: add value 'notnull' after 'isnull' [before transaction]
ALTER TYPE "realtime"."equality_op" ADD VALUE 'notnull' AFTER 'isnull';
-- alter function realtime.check_equality_op(realtime.equality_op, regtype, text, text): new body
CREATE OR REPLACE FUNCTION "realtime"."check_equality_op"("op" realtime.equality_op, "type_" regtype, "val_1" text, "val_2" text)
 RETURNS boolean
 LANGUAGE plpgsql
 IMMUTABLE
 AS $fn$
/*
Casts *val_1* and *val_2* as type *type_* and check the *op* condition for truthiness
*/
declare
    op_symbol text = (
        case
            when op = 'eq' then '='
            when op = 'neq' then '!='
            when op = 'lt' then '<'
            when op = 'lte' then '<='
            when op = 'gt' then '>'
            when op = 'gte' then '>='
            when op = 'in' then '= any'
            when op in ('isnull', 'notnull') then op
            else 'UNKNOWN OP'
        end
    );
    res boolean;
begin
    if op in ('isnull', 'notnull') then
        execute format('select %L::'|| type_::text || ' ' || op_symbol, val_1) into res;
    else
        execute format(
            'select %L::'|| type_::text || ' ' || op_symbol
            || ' ( %L::'
            || (
                case
                    when op = 'in' then type_::text || '[]'
                    else type_::text end
            )
            || ')', val_1, val_2) into res;
    end if;
    return res;
end;
$fn$;
