package io.coachline.platform.control;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which request paths name a file of the web page. A positive check: the decoded path must be made of
 * plain file-name segments and lie under one of the page's own folders (or be the page itself); anything
 * else - WEB-INF, META-INF, dot segments, encoded separators, matrix parameters, backslashes, double
 * encoding - is simply not a web file, whatever its spelling.
 */
public final class WebFiles {

    /** The page. */
    public static final String INDEX = "index.html";

    /** The folders the page loads from: its styles, its ES modules, and the Chart.js WebJar. */
    static final List<String> ROOTS = List.of("css/", "js/", "webjars/chart.js/");

    /** A file or folder name: starts with a letter, digit or '_', then letters, digits, '_', '-', '.'. */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

    private WebFiles() {
    }

    /**
     * @param path the decoded request path relative to the application root ("" for the root)
     * @return the resource path to serve (relative, no leading '/'), or empty when it is not a web file
     */
    public static Optional<String> resolve(String path) {
        String candidate = path.isEmpty() ? INDEX : path;
        for (String segment : candidate.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
                return Optional.empty();
            }
        }
        // Belt and braces: normalising must change nothing, and the result must stay under an allowed root.
        String normalized = URI.create(candidate).normalize().getPath();
        if (!normalized.equals(candidate)) {
            return Optional.empty();
        }
        if (INDEX.equals(normalized)) {
            return Optional.of(normalized);
        }
        return ROOTS.stream().anyMatch(root -> normalized.startsWith(root) && normalized.length() > root.length())
                ? Optional.of(normalized) : Optional.empty();
    }
}
