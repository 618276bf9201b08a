package io.coachline.platform.control;

import java.util.Iterator;
import java.util.Map;

/** Memory bounds for the in-process caches of query results. */
public final class BoundedCaches {

    private BoundedCaches() {
    }

    /** Beyond {@code max} entries, drops arbitrary ones: they are rebuilt on demand. */
    public static void trim(Map<?, ?> entries, int max) {
        Iterator<?> keys = entries.keySet().iterator();
        while (entries.size() > max && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }
}
