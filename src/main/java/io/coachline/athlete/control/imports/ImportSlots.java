package io.coachline.athlete.control.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds how many imports run at once, per user and in total, so one user's uploads cannot take the CPU, heap
 * and disk that other tenants' requests need. An import that finds no free slot is refused at once (the caller
 * answers 429) rather than queued: a queue of uploads would hold their spooled files and threads meanwhile.
 */
@ApplicationScoped
public class ImportSlots {

    static final String DEFAULT_PER_USER = "1";
    static final String DEFAULT_TOTAL = "2";

    /** Why no slot was free. */
    public enum Refusal { USER_BUSY, SERVER_BUSY }

    /** A held slot; released once, by whoever finishes the import (the request, or the background job). */
    public final class Slot implements AutoCloseable {

        private final String userId;
        private boolean released;

        private Slot(String userId) {
            this.userId = userId;
        }

        @Override
        public synchronized void close() {
            if (!released) {
                released = true;
                running.computeIfPresent(userId, (id, count) -> count.decrementAndGet() == 0 ? null : count);
                total.release();
            }
        }
    }

    /** Thrown when no slot is free. */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Refusal refusal;

        Busy(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    private final int perUser;
    private final Semaphore total;
    private final ConcurrentHashMap<String, AtomicInteger> running = new ConcurrentHashMap<>();

    /** For the container's proxy only. */
    protected ImportSlots() {
        this.perUser = 0;
        this.total = null;
    }

    @Inject
    public ImportSlots(
            @ConfigProperty(name = "coachline.import.max-concurrent-per-user", defaultValue = DEFAULT_PER_USER)
            int perUser,
            @ConfigProperty(name = "coachline.import.max-concurrent", defaultValue = DEFAULT_TOTAL) int total) {
        if (perUser < 1 || total < 1) {
            throw new IllegalArgumentException("import slots must be at least 1");
        }
        this.perUser = perUser;
        this.total = new Semaphore(total);
    }

    /** A slot for one import of this user, or {@link Busy}. */
    public Slot acquire(String userId) {
        boolean[] admitted = {false};
        running.compute(userId, (id, count) -> {
            AtomicInteger current = count == null ? new AtomicInteger() : count;
            if (current.get() < perUser) {
                current.incrementAndGet();
                admitted[0] = true;
            }
            return current.get() == 0 ? null : current;
        });
        if (!admitted[0]) {
            throw new Busy(Refusal.USER_BUSY);
        }
        if (!total.tryAcquire()) {
            running.computeIfPresent(userId, (id, count) -> count.decrementAndGet() == 0 ? null : count);
            throw new Busy(Refusal.SERVER_BUSY);
        }
        return new Slot(userId);
    }
}
