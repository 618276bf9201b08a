package io.coachline.tools.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fixed set of values out of a {@code @Pattern} that only lists alternatives, such as
 * {@code easy|threshold|race} or the case-insensitive {@code ^(?:[Pp][Rr][Ii]...|...)$} of coach categories.
 * A model cannot read such a regex as a choice; the schema advertises the canonical lower-case values as an
 * {@code enum} instead, while Bean Validation keeps accepting any case.
 */
final class PatternEnums {

    private static final Pattern LITERAL = Pattern.compile("[a-z0-9_-]+");
    private static final Pattern CASE_PAIRS = Pattern.compile("(?:\\[[A-Za-z]{2}\\]|[0-9_-])+");
    private static final Pattern ONE_PAIR = Pattern.compile("\\[([A-Za-z])([A-Za-z])\\]|([0-9_-])");

    private PatternEnums() {
    }

    /** The values the pattern enumerates, or empty when it is any other regular expression. */
    static Optional<List<String>> values(String regex) {
        String body = regex;
        if (body.startsWith("^")) {
            body = body.substring(1);
        }
        if (body.endsWith("$")) {
            body = body.substring(0, body.length() - 1);
        }
        if (body.startsWith("(?:") && body.endsWith(")")) {
            body = body.substring(3, body.length() - 1);
        } else if (body.startsWith("(") && body.endsWith(")")) {
            body = body.substring(1, body.length() - 1);
        }
        if (body.isEmpty() || body.contains("(") || body.contains(")")) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (String alternative : body.split("\\|", -1)) {
            String value = value(alternative);
            if (value == null) {
                return Optional.empty();
            }
            values.add(value);
        }
        return Optional.of(List.copyOf(values));
    }

    private static String value(String alternative) {
        if (LITERAL.matcher(alternative).matches()) {
            return alternative;
        }
        if (!CASE_PAIRS.matcher(alternative).matches()) {
            return null;
        }
        StringBuilder value = new StringBuilder();
        Matcher pair = ONE_PAIR.matcher(alternative);
        while (pair.find()) {
            if (pair.group(3) != null) {
                value.append(pair.group(3));
                continue;
            }
            String a = pair.group(1);
            String b = pair.group(2);
            // Only [Xx]: the same letter in both cases; anything else is a real character class.
            if (!a.equalsIgnoreCase(b) || a.equals(b)) {
                return null;
            }
            value.append(a.toLowerCase(Locale.ROOT));
        }
        return value.toString();
    }
}
