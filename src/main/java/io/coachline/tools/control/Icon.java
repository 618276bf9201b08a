package io.coachline.tools.control;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * The icons of tools, prompts and resources: small SVGs served inline as data URIs, so a client needs no
 * second request and the server no static files. Coach categories have one each (by the category's name).
 */
public enum Icon {
    COACH("#2563eb", "C"),
    ADMIN("#7c3aed", "A"),
    ANALYTICS("#059669", "~"),
    DATA("#0891b2", "D"),
    IMPORT("#ca8a04", "+"),
    TRAINING("#dc2626", "T"),
    NUTRITION("#16a34a", "N"),
    RECOVERY("#0284c7", "R"),
    RECIPES("#ea580c", "K"),
    ANALYSIS("#059669", "~"),
    CUSTOM("#6b7280", "*");

    public static final String MIME_TYPE = "image/svg+xml";
    private final String dataUri;

    Icon(String color, String glyph) {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\"><circle cx=\"12\" cy=\"12\" r=\"11\""
                + " fill=\"" + color + "\"/><text x=\"12\" y=\"16.5\" font-size=\"13\" font-family=\"sans-serif\""
                + " text-anchor=\"middle\" fill=\"#fff\">" + glyph + "</text></svg>";
        this.dataUri = "data:" + MIME_TYPE + ";base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    public String dataUri() {
        return dataUri;
    }

    /** The icon of a coach category by its name in any case; a category without its own icon gets COACH. */
    public static Icon ofCategory(String category) {
        try {
            return category == null ? COACH : valueOf(category.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return COACH;
        }
    }
}
