package io.coachline.tools.control;

import java.time.Instant;

/** The contents of one resource as read: its uri, type and text, and when the data behind it was computed. */
public record ResourceContent(String uri, String mimeType, String text, Instant lastModified) {
}
