package io.coachline.chat.control;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Text normalisation and typo-tolerant token comparison for the intent router. */
final class TextMatch {

    private TextMatch() {
    }

    /** Lower case, no accents or apostrophes, "5 km" and "5km" as "5k", hyphens as spaces. */
    static List<String> tokens(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("['’`]", "")
                .replaceAll("\\b(5|10|21|42)\\s?(k|km|kms)\\b", "$1k")
                .replaceAll("[^a-z0-9]+", " ").trim();
        return plain.isEmpty() ? List.of() : Arrays.asList(plain.split(" "));
    }

    /**
     * Whether a message token means the keyword: equal, an inflection of a stem of 5+ letters
     * (recover -> recovering), or one edit away when both are 5+ letters long (typos).
     */
    static boolean matches(String token, String keyword) {
        if (token.equals(keyword)) {
            return true;
        }
        if (keyword.length() >= 5 && token.startsWith(keyword) && token.length() - keyword.length() <= 4) {
            return true;
        }
        return token.length() >= 5 && keyword.length() >= 5 && Math.abs(token.length() - keyword.length()) <= 1
                && damerauLevenshtein(token, keyword) <= 1;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int damerauLevenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
