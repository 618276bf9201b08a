package io.coachline.coach.control;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.coachline.coach.entity.CoachPage;
import io.coachline.coach.entity.CoachView;
import io.coachline.coach.entity.ListCoachesInput;
import io.coachline.platform.control.BoundedCaches;
import io.coachline.platform.control.DatabaseVersion;
import io.coachline.platform.control.PreparedJson;
import io.coachline.tenancy.control.Caller;

/**
 * list_coaches results as JSON, per tenant, user and input, for MCP clients and models that list coaches again and
 * again: reading, mapping and escaping 50 coaches was most of a call's CPU.
 *
 * <p>An entry is good only for the {@link DatabaseVersion} it was read at, which any commit to the database moves
 * (through this server or beside it). The version is read before the listing, so a listing that already saw a newer
 * commit is kept under an older version and merely re-read once; a listing is never kept under a version newer than
 * its data. Coarse, since unrelated writes (a chat turn, an import) also make entries stale, but it cannot miss a
 * write path, costs writers nothing, and quiet periods are when clients list most.
 */
@ApplicationScoped
public class CoachListCache {

    private record Key(String tenantId, String userId, ListCoachesInput input) {
    }

    private record Entry(long version, PreparedJson<CoachPage<CoachView>> listing) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "coachline.coach.list-cache-entries", defaultValue = "256")
    int maxEntries;

    @Inject
    DatabaseVersion dataVersion;

    /** The caller's listing for a valid input: cached, or made by {@code list} and kept. */
    public PreparedJson<CoachPage<CoachView>> get(Caller caller, ListCoachesInput input,
                                                  Supplier<CoachPage<CoachView>> list) {
        long version = maxEntries <= 0 ? DatabaseVersion.UNKNOWN : dataVersion.current();
        if (version == DatabaseVersion.UNKNOWN) {
            return PreparedJson.of(list.get());
        }
        Key key = new Key(caller.tenantId(), caller.userId(), input);
        Entry cached = entries.get(key);
        if (cached != null && cached.version() == version) {
            return cached.listing();
        }
        PreparedJson<CoachPage<CoachView>> listing = PreparedJson.of(list.get());
        // A concurrent reader may have stored a listing of a newer version: keep the newer one.
        entries.merge(key, new Entry(version, listing), (old, fresh) -> old.version() > fresh.version() ? old : fresh);
        BoundedCaches.trim(entries, maxEntries);
        return listing;
    }
}
