package io.coachline.mcp.control;

import jakarta.json.JsonArray;
import jakarta.json.spi.JsonProvider;

import io.coachline.tools.control.Icon;

/** Small pieces of MCP JSON shared by the list methods. */
final class McpJson {

    private static final JsonProvider JSON = JsonProvider.provider();

    private McpJson() {
    }

    /** An icons array (2025-11-25): one scalable SVG, inline. */
    static JsonArray icons(Icon icon) {
        return JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                .add("src", icon.dataUri())
                .add("mimeType", Icon.MIME_TYPE)
                .add("sizes", JSON.createArrayBuilder().add("any"))).build();
    }
}
