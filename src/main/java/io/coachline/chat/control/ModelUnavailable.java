package io.coachline.chat.control;

/** The model could not answer (refused, failed, too slow, or answered nonsense); the turn falls back. */
public class ModelUnavailable extends RuntimeException {

    private final long retryAfterMillis;

    public ModelUnavailable(String message, long retryAfterMillis) {
        super(message);
        this.retryAfterMillis = retryAfterMillis;
    }

    /** How long the server asked us to wait (Retry-After; 0 when it did not say); negative: not worth retrying. */
    public long retryAfterMillis() {
        return retryAfterMillis;
    }
}
