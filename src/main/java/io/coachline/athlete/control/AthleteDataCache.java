package io.coachline.athlete.control;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.coachline.analytics.entity.AthleteData;
import io.coachline.platform.control.BoundedCaches;

/**
 * Each user's athlete data as last read, so that a chat turn's several tools and repeated analytics calls do not
 * re-read and re-parse a year of activities each time (that was most of a chat turn's server time).
 *
 * <p>Correctness rests on a version per user that writers bump only after their transaction has completed: a
 * reader remembers the version before reading and keeps its result only if the version is still the same, so data
 * read from before a commit is never cached after it. The day is part of the entry too: "today" moves the
 * analytics' windows. One server owns its SQLite file, so an in-process cache sees every write.
 */
@ApplicationScoped
public class AthleteDataCache {

    private record Entry(long version, AthleteData data) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> versions = new ConcurrentHashMap<>();

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "coachline.analytics.cache-users", defaultValue = "500")
    int maxUsers;

    public AthleteData get(String userId, Supplier<AthleteData> load) {
        long version = version(userId).get();
        Entry cached = entries.get(userId);
        if (cached != null && cached.version() == version && current(cached.data())) {
            return cached.data();
        }
        AthleteData data = load.get();
        if (maxUsers > 0) {
            entries.compute(userId, (id, old) -> version(id).get() == version ? new Entry(version, data) : old);
            // The version counters stay (a few bytes per user): a dropped counter restarting at 0 could make a read
            // from before a commit look current.
            BoundedCaches.trim(entries, maxUsers);
        }
        return data;
    }

    /** The user's data changes in the current transaction: forget it once that transaction has completed. */
    public void changed(String userId) {
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    forget(userId);
                }
            });
        } else {
            forget(userId);
        }
    }

    private void forget(String userId) {
        version(userId).incrementAndGet();
        entries.remove(userId);
    }

    private AtomicLong version(String userId) {
        return versions.computeIfAbsent(userId, id -> new AtomicLong());
    }

    private static boolean current(AthleteData data) {
        ZoneId zone = data.profile().zone() == null ? ZoneOffset.UTC : data.profile().zone();
        return data.today().equals(LocalDate.now(zone));
    }
}
