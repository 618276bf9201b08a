package io.coachline.athlete.control.imports;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The content of one uploaded file, opened as often as a reader needs (FIT checks its CRC before decoding, XML
 * is checked for encoding and DTDs before parsing). Uploads are spooled to disk, so no reader holds a file whole.
 */
@FunctionalInterface
public interface ImportSource {

    InputStream open() throws IOException;

    static ImportSource of(byte[] content) {
        return () -> new ByteArrayInputStream(content);
    }

    static ImportSource of(Path file) {
        return () -> new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
    }

    /** The first {@code n} bytes (fewer when the content is shorter). */
    default byte[] head(int n) throws IOException {
        try (InputStream in = open()) {
            return in.readNBytes(n);
        }
    }
}
