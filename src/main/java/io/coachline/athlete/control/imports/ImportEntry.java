package io.coachline.athlete.control.imports;

/** One file taken out of an uploaded archive; the name keeps the archive's folders. */
public record ImportEntry(String fileName, byte[] content) {
}
