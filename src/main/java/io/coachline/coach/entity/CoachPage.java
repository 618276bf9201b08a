package io.coachline.coach.entity;

import java.util.List;

/** One page of a listing: {@code total} counts every match, {@code hasMore} says whether a next page exists. */
public record CoachPage<T>(List<T> coaches, long total, int limit, int offset, boolean hasMore) {

    public static <T> CoachPage<T> of(List<T> coaches, long total, int limit, int offset) {
        return new CoachPage<>(coaches, total, limit, offset, offset + coaches.size() < total);
    }
}
