package io.coachline.athlete.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.coachline.analytics.entity.AthleteData;

/** Outside a transaction {@code changed} takes effect at once, which is what a commit does inside one. */
class AthleteDataCacheTest {

    private final AtomicInteger reads = new AtomicInteger();

    private AthleteDataCache cache(int maxUsers) {
        AthleteDataCache cache = new AthleteDataCache();
        cache.maxUsers = maxUsers;
        return cache;
    }

    private Supplier<AthleteData> today() {
        return () -> {
            reads.incrementAndGet();
            return AthleteData.empty(LocalDate.now(ZoneOffset.UTC));
        };
    }

    @Test
    void aSecondReadOfTheSameDayComesFromTheCacheUntilTheUsersDataChanges() {
        AthleteDataCache cache = cache(10);
        AthleteData first = cache.get("ann", today());
        assertSame(first, cache.get("ann", today()));
        assertEquals(1, reads.get());
        cache.changed("bob");
        assertSame(first, cache.get("ann", today()));
        cache.changed("ann");
        cache.get("ann", today());
        assertEquals(2, reads.get());
    }

    @Test
    void dataReadWhileAWriteCommittedIsNotKept() {
        AthleteDataCache cache = cache(10);
        cache.get("ann", () -> {
            cache.changed("ann"); // the import commits while this read is under way
            return today().get();
        });
        cache.get("ann", today());
        cache.get("ann", today());
        assertEquals(2, reads.get(), "the read from before the commit must not be served");
    }

    @Test
    void yesterdaysDataIsReadAgain() {
        AthleteDataCache cache = cache(10);
        cache.get("ann", () -> AthleteData.empty(LocalDate.now(ZoneOffset.UTC).minusDays(1)));
        cache.get("ann", today());
        cache.get("ann", today());
        assertEquals(1, reads.get());
    }

    @Test
    void theCacheKeepsAtMostTheConfiguredNumberOfUsersAndZeroTurnsItOff() {
        AthleteDataCache bounded = cache(2);
        for (String user : new String[] {"a", "b", "c", "d"}) {
            bounded.get(user, today());
        }
        reads.set(0);
        for (String user : new String[] {"a", "b", "c", "d"}) {
            bounded.get(user, today());
        }
        assertTrue(reads.get() >= 2, "at least two of four users had to be read again: " + reads.get());
        AthleteDataCache off = cache(0);
        reads.set(0);
        off.get("a", today());
        off.get("a", today());
        assertEquals(2, reads.get());
    }
}
