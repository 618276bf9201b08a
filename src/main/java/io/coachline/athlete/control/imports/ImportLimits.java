package io.coachline.athlete.control.imports;

/**
 * What one import may cost, counted while reading, never taken from sizes a file declares. The defaults are the
 * defaults of the operator's configuration keys (see ActivityImporter), so they live here once.
 *
 * @param maxPoints       track points (or CSV rows) in one file; a day at one point per second is 86,400
 * @param maxFileBytes    bytes one file, or one archive entry, may inflate to
 * @param maxUploadBytes  bytes all entries of one upload may inflate to together
 */
public record ImportLimits(int maxPoints, long maxFileBytes, long maxUploadBytes) {

    public static final String DEFAULT_MAX_POINTS = "200000";
    public static final String DEFAULT_MAX_FILE_BYTES = "67108864";
    public static final String DEFAULT_MAX_UPLOAD_BYTES = "536870912";

    public static final ImportLimits DEFAULT = new ImportLimits(Integer.parseInt(DEFAULT_MAX_POINTS),
            Long.parseLong(DEFAULT_MAX_FILE_BYTES), Long.parseLong(DEFAULT_MAX_UPLOAD_BYTES));

    public ImportLimits {
        if (maxPoints < 1 || maxFileBytes < 1 || maxUploadBytes < 1) {
            throw new IllegalArgumentException("import limits must be positive");
        }
    }
}
