package io.coachline.coach.entity;

import java.time.Instant;

/** The small answers of the per-user state operations. */
public final class CoachStateResults {

    private CoachStateResults() {
    }

    /** toggle_favorite_coach: the caller's new value. */
    public record Favorite(String coachId, boolean isFavorite) {
    }

    /** hide_coach / show_coach: the caller's new value. */
    public record Hidden(String coachId, boolean isHidden) {
    }

    /** get_active_coach: the active coach, or {@code active: false} and no coach. */
    public record Active(boolean active, CoachView coach) {
    }

    /** deactivate_coach: whether a (still visible) coach was active before. */
    public record Deactivated(boolean wasActive, String coachId) {
    }

    /** record_usage: the caller's count and time after this use. */
    public record Usage(String coachId, long usageCount, Instant lastUsedAt) {
    }
}
