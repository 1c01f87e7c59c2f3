package io.schemasync.plan;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a column type change costs. PostgreSQL skips the table rewrite only when the new type is binary
 * coercible (varchar(n) to a longer varchar or to text, numeric to a larger precision with the same scale); it
 * never loses data only for the widening conversions listed here. Everything else is treated as narrowing.
 */
record TypeChange(boolean rewrites, boolean narrowing, Integer newLength) {
    private static final Pattern LENGTH = Pattern.compile("(character varying|character|bit varying|bit)\\((\\d+)\\)");
    private static final Pattern NUMERIC = Pattern.compile("numeric\\((\\d+),(\\d+)\\)");
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint", "numeric");

    static TypeChange of(String from, String to) {
        Matcher lf = LENGTH.matcher(from), lt = LENGTH.matcher(to);
        if (lf.matches() && lt.matches() && lf.group(1).equals(lt.group(1))) {
            int a = Integer.parseInt(lf.group(2)), b = Integer.parseInt(lt.group(2));
            boolean fixed = lf.group(1).equals("character") || lf.group(1).equals("bit");
            return new TypeChange(fixed || b < a, b < a, b);
        }
        if (lf.matches() && lf.group(1).equals("character varying") && (to.equals("text") || to.equals("character varying"))) {
            return new TypeChange(false, false, null);
        }
        if (from.equals("character varying") && to.equals("text") || from.equals("text") && to.equals("character varying")) {
            return new TypeChange(false, false, null);
        }
        if (lt.matches() && (from.equals("text") || from.equals("character varying") || lf.matches())) {
            return new TypeChange(true, true, Integer.parseInt(lt.group(2)));
        }
        return numeric(from, to);
    }

    private static TypeChange numeric(String from, String to) {
        Matcher nf = NUMERIC.matcher(from), nt = NUMERIC.matcher(to);
        if (nf.matches() && nt.matches()) {
            int pf = Integer.parseInt(nf.group(1)), sf = Integer.parseInt(nf.group(2));
            int pt = Integer.parseInt(nt.group(1)), st = Integer.parseInt(nt.group(2));
            boolean widening = pt - st >= pf - sf && st >= sf;
            return new TypeChange(!(st == sf && pt >= pf), !widening, null);
        }
        if (nf.matches() && to.equals("numeric")) return new TypeChange(false, false, null);
        int a = INTEGERS.indexOf(from), b = INTEGERS.indexOf(to);
        if (a >= 0 && b >= 0) return new TypeChange(true, b < a, null);
        if (from.equals("real") && to.equals("double precision")) return new TypeChange(true, false, null);
        if (to.equals("text")) return new TypeChange(true, false, null);
        return new TypeChange(true, true, null);
    }
}
