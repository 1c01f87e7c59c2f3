package io.schemasync.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes every secret this run has seen (database passwords) from text before it is printed, in plain and in
 * URL-encoded form, so that a driver message that echoes a URL cannot leak one.
 * <p>
 * A secret is masked where it stands as itself, not inside a longer word: with the password {@code sync}, the
 * word {@code schemasync} stays readable. Secrets shorter than {@value #MIN_STANDALONE} characters are so likely
 * to occur by chance that they are masked only where a password is expected: the userinfo of a URL
 * ({@code user:ro@host}) and after {@code password=} or {@code password:}.
 */
public final class Redactor {
    static final String MASK = "*****";
    static final int MIN_STANDALONE = 4;

    private static final String WORD = "[\\p{L}\\p{N}_]";
    /** Where a value after {@code password=} ends: a separator of URL queries, libpq strings or JDBC properties. */
    private static final String VALUE_END = "(?=[&;,\\s'\")}\\]]|$)";

    private record Rule(int length, Pattern pattern) {}

    private final List<Rule> rules = new ArrayList<>();

    public void add(String secret) {
        if (secret == null || secret.isEmpty()) return;
        Set<String> forms = new LinkedHashSet<>(List.of(secret, URLEncoder.encode(secret, StandardCharsets.UTF_8),
                Percent.encode(secret)));
        for (String form : forms) {
            rules.add(new Rule(form.length(), Pattern.compile("(?<=:)" + Pattern.quote(form) + "(?=@)")));
            rules.add(new Rule(form.length(),
                    Pattern.compile("(?i)(password\\s*[=:]\\s*['\"]?)" + Pattern.quote(form) + VALUE_END)));
            if (secret.length() >= MIN_STANDALONE) rules.add(new Rule(form.length(), standalone(form)));
        }
        // Longer secrets first, so that a secret containing a shorter one is masked whole.
        rules.sort(Comparator.comparingInt(Rule::length).reversed());
    }

    /** The secret, unless a letter, digit or underscore continues it into a longer word on either side. */
    private static Pattern standalone(String form) {
        String before = isWord(form.codePointAt(0)) ? "(?<!" + WORD + ")" : "";
        String after = isWord(form.codePointBefore(form.length())) ? "(?!" + WORD + ")" : "";
        return Pattern.compile(before + Pattern.quote(form) + after);
    }

    private static boolean isWord(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || codePoint == '_';
    }

    public String scrub(String text) {
        if (text == null) return "";
        String result = text;
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(result);
            result = m.replaceAll(match -> Matcher.quoteReplacement(
                    (match.groupCount() > 0 && match.group(1) != null ? match.group(1) : "") + MASK));
        }
        return result;
    }
}
