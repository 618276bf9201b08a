package io.coachline.mcp.control;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * Cursor paging of the list methods (tools, prompts, resources, templates): a cursor is an opaque offset
 * this server issued; anything else, or one past the end, is -32602.
 */
public final class Paging {

    /** The page's items and the cursor of the next page, or null on the last. */
    public record Page<T>(List<T> items, String nextCursor) {
    }

    private Paging() {
    }

    public static <T> Page<T> page(List<T> all, JsonObject params, int pageSize, String method) {
        int offset = offset(params, method);
        if (offset > all.size()) {
            // Only this server's cursors are valid, and none points past the end (offset + page size could overflow).
            throw new JsonRpc.Failure(JsonRpc.INVALID_PARAMS, "invalid params.cursor: it points past the end of the list;"
                    + " use a nextCursor from a previous " + method + " or none");
        }
        int end = offset + Math.min(all.size() - offset, Math.max(1, pageSize));
        String next = end < all.size() ? Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("o:" + end).getBytes(StandardCharsets.UTF_8)) : null;
        return new Page<>(all.subList(offset, end), next);
    }

    private static int offset(JsonObject params, String method) {
        if (params == null || !params.containsKey("cursor") || params.isNull("cursor")) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(((JsonString) params.get("cursor")).getString()),
                    StandardCharsets.UTF_8);
            int offset = Integer.parseInt(text.substring(2));
            if (!text.startsWith("o:") || offset < 0) {
                throw new IllegalArgumentException();
            }
            return offset;
        } catch (RuntimeException e) {
            throw new JsonRpc.Failure(JsonRpc.INVALID_PARAMS, "invalid params.cursor: not a cursor this server issued;"
                    + " use a nextCursor from a previous " + method + " or none");
        }
    }
}
