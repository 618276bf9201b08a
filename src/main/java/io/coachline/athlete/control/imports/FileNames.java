package io.coachline.athlete.control.imports;

import java.util.Locale;

/** Reads what an uploaded file's name says about it. */
final class FileNames {

    private FileNames() {
    }

    /** The lower-case extension after the last dot, or "" when there is none. */
    static String extension(String fileName) {
        String base = lastSegment(fileName);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return dot > slash ? fileName.substring(0, dot) : fileName;
    }

    /** A title for activities whose file carries none: the name without folders, ".gz" or the format extension. */
    static String title(String fileName) {
        String base = lastSegment(fileName);
        if (extension(base).equals("gz")) {
            base = withoutExtension(base);
        }
        String title = withoutExtension(base);
        return title.isBlank() ? base : title;
    }

    private static String lastSegment(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return fileName.substring(slash + 1);
    }
}
