package io.schemasync.cli;

import java.util.Map;

/** {@code --color auto|always|never}. */
public enum ColorMode {
    AUTO, ALWAYS, NEVER;

    /**
     * Whether to colour: {@code always} and {@code never} are what they say (an explicit flag beats NO_COLOR, as
     * https://no-color.org asks); {@code auto} colours only a terminal, and never when NO_COLOR is set to a
     * non-empty value or TERM=dumb.
     */
    public boolean enabled(Map<String, String> env, boolean terminal) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> terminal && !ConnectionSpec.present(env.get("NO_COLOR")) && !"dumb".equals(env.get("TERM"));
        };
    }
}
