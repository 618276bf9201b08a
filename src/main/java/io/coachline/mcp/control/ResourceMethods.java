package io.coachline.mcp.control;

import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.coachline.platform.control.ApiException;
import io.coachline.tenancy.control.Caller;
import io.coachline.tools.control.DataResource;
import io.coachline.tools.control.ResourceContent;
import io.coachline.tools.control.ResourceRegistry;

/** resources/list, resources/templates/list (both paged) and resources/read over the catalogue's resources. */
@ApplicationScoped
public class ResourceMethods {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    ResourceRegistry registry;

    @Inject
    @ConfigProperty(name = "coachline.mcp.page-size", defaultValue = "50")
    int pageSize;

    public JsonObject list(Caller caller, JsonObject params) {
        return page(registry.fixed(caller), params, "resources/list", "resources", "uri");
    }

    public JsonObject templates(Caller caller, JsonObject params) {
        return page(registry.templates(caller), params, "resources/templates/list", "resourceTemplates", "uriTemplate");
    }

    public JsonObject read(Caller caller, JsonObject params) {
        String uri = params.get("uri") instanceof JsonString s ? s.getString() : null;
        if (uri == null) {
            throw new JsonRpc.Failure(JsonRpc.INVALID_PARAMS, "resources/read needs params.uri (a string)");
        }
        ResourceContent content;
        try {
            content = registry.read(uri, caller);
        } catch (ApiException e) {
            throw new JsonRpc.Failure(JsonRpc.INVALID_PARAMS, "invalid resource uri " + uri + ": " + e.getMessage(), 200,
                    JSON.createObjectBuilder().add("uri", uri).build());
        }
        if (content == null) {
            throw new JsonRpc.Failure(JsonRpc.INVALID_PARAMS, "Resource not found: " + uri, 200,
                    JSON.createObjectBuilder().add("uri", uri).build());
        }
        return JSON.createObjectBuilder().add("contents", JSON.createArrayBuilder().add(contents(content))).build();
    }

    /** One entry of contents (also embedded in prompts): uri, mimeType, text and annotations. */
    static JsonObject contents(ResourceContent content) {
        return JSON.createObjectBuilder().add("uri", content.uri()).add("mimeType", content.mimeType())
                .add("text", content.text())
                .add("annotations", JSON.createObjectBuilder()
                        .add("lastModified", content.lastModified().truncatedTo(ChronoUnit.SECONDS).toString()))
                .build();
    }

    private JsonObject page(List<ResourceRegistry.Definition> all, JsonObject params, String method, String key,
                            String uriKey) {
        Paging.Page<ResourceRegistry.Definition> page = Paging.page(all, params, pageSize, method);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (ResourceRegistry.Definition definition : page.items()) {
            DataResource resource = definition.resource();
            JsonArrayBuilder audience = JSON.createArrayBuilder();
            for (String who : resource.audience()) {
                audience.add(who);
            }
            items.add(JSON.createObjectBuilder().add(uriKey, resource.uri()).add("name", resource.name())
                    .add("title", resource.title()).add("description", resource.description())
                    .add("mimeType", resource.mimeType()).add("icons", McpJson.icons(resource.icon()))
                    .add("annotations", JSON.createObjectBuilder().add("audience", audience)
                            .add("priority", resource.priority())));
        }
        JsonObjectBuilder result = JSON.createObjectBuilder().add(key, items);
        if (page.nextCursor() != null) {
            result.add("nextCursor", page.nextCursor());
        }
        return result.build();
    }

}
