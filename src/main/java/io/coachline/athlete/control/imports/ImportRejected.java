package io.coachline.athlete.control.imports;

/** An uploaded file that cannot be imported; the message is meant for the user and names the file. */
public final class ImportRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportRejected(String reason) {
        super(reason);
    }

    ImportRejected(String reason, Throwable cause) {
        super(reason, cause);
    }

    static ImportRejected of(String fileName, String problem) {
        return new ImportRejected(fileName + ": " + problem);
    }

    static ImportRejected of(String fileName, String problem, Throwable cause) {
        return new ImportRejected(fileName + ": " + problem, cause);
    }
}
