package io.schemasync.load;

import io.schemasync.model.Privilege;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code grants:} as introspect writes them: role → privileges, with a map for columns and the grant option. */
final class AccessYaml {
    private AccessYaml() {}

    static Map<String, Object> grants(List<Privilege> privileges) {
        Map<String, List<Privilege>> byRole = new TreeMap<>();
        privileges.forEach(p -> byRole.computeIfAbsent(p.role(), k -> new ArrayList<>()).add(p));
        Map<String, Object> out = new LinkedHashMap<>();
        byRole.forEach((role, list) -> out.put(role, role(list)));
        return out;
    }

    /** {@code [select, insert]}, or words and maps: one map per set of columns and grant option. */
    private static Object role(List<Privilege> list) {
        List<Object> items = new ArrayList<>();
        Map<String, List<Privilege>> groups = new LinkedHashMap<>();
        for (Privilege p : list) {
            if (p.column() == null && !p.grantable()) items.add(p.privilege());
            else groups.computeIfAbsent(p.privilege() + "\0" + p.grantable(), k -> new ArrayList<>()).add(p);
        }
        // Privileges with the same columns and grant option share one map.
        Map<String, Map<String, Object>> maps = new LinkedHashMap<>();
        groups.values().forEach(g -> {
            List<String> columns = g.stream().map(Privilege::column).filter(c -> c != null).sorted().toList();
            String key = columns + "\0" + g.get(0).grantable();
            Map<String, Object> m = maps.computeIfAbsent(key, k -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("privileges", new ArrayList<String>());
                if (!columns.isEmpty()) x.put("columns", columns);
                if (g.get(0).grantable()) x.put("with_grant_option", true);
                return x;
            });
            @SuppressWarnings("unchecked") List<String> ps = (List<String>) m.get("privileges");
            ps.add(g.get(0).privilege());
        });
        if (maps.isEmpty()) return items;
        if (items.isEmpty() && maps.size() == 1) return maps.values().iterator().next();
        items.addAll(maps.values());
        return items;
    }
}
