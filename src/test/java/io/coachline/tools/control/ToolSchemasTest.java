package io.coachline.tools.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.coachline.analytics.control.AnalyticsTools;
import io.coachline.analytics.control.DemoAthlete;
import io.coachline.analytics.entity.AthleteData;
import io.coachline.athlete.boundary.AthleteTools;
import io.coachline.athlete.control.AnalyticsInputs;
import io.coachline.coach.entity.AdminCreateCoachInput;
import io.coachline.coach.entity.CoachIdInput;
import io.coachline.coach.entity.CreateCoachInput;
import io.coachline.platform.control.JsonMapping;

/**
 * The generated schemas say what the tools really take and return: the JSON each analytics tool gives
 * for the demo athlete (and for an athlete with no data) validates against its outputSchema, as strict
 * MCP clients check.
 */
class ToolSchemasTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AnalyticsTools TOOLS = new AnalyticsTools();

    private static final Map<String, Function<AthleteData, Object>> RESULTS = Map.of(
            "get_recent_runs", d -> TOOLS.getRecentRuns(d, 30),
            "get_training_load", TOOLS::getTrainingLoad,
            "get_efficiency_trend", d -> TOOLS.getEfficiencyTrend(d, 90),
            "get_efficiency_by_zone", d -> TOOLS.getEfficiencyByZone(d, "easy", 365),
            "get_race_predictions", TOOLS::getRacePredictions,
            "get_recovery_status", TOOLS::getRecoveryStatus,
            "get_pb_patterns", TOOLS::getPbPatterns,
            "get_correlations", d -> TOOLS.getCorrelations(d, 365),
            "get_active_insights", d -> TOOLS.getActiveInsights(d, 10),
            "get_plan_week", TOOLS::getPlanWeek);

    @Test
    void everyAnalyticsResultValidatesAgainstItsOutputSchema() throws Exception {
        List<Method> tools = Arrays.stream(AthleteTools.class.getMethods())
                .filter(m -> m.isAnnotationPresent(Tool.class)).toList();
        assertEquals(RESULTS.keySet(), Set.copyOf(tools.stream().map(m -> m.getAnnotation(Tool.class).name()).toList()));
        LocalDate today = LocalDate.of(2026, 11, 20);
        for (AthleteData data : List.of(DemoAthlete.generate(today), AthleteData.empty(today))) {
            for (Method method : tools) {
                String name = method.getAnnotation(Tool.class).name();
                JsonObject schema = ToolSchemas.output(method.getGenericReturnType());
                assertEquals("object", schema.getString("type"), name);
                String json = JsonMapping.jsonb().toJson(RESULTS.get(name).apply(data));
                Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                        .getSchema(MAPPER.readTree(schema.toString()))
                        .validate(MAPPER.readTree(json));
                assertTrue(errors.isEmpty(), name + ": " + errors + "\nschema " + schema + "\njson " + json);
            }
        }
    }

    @Test
    void inputSchemaCarriesBoundsDefaultsAndDescriptions() throws Exception {
        JsonObject schema = ToolSchemas.input(AnalyticsInputs.RecentRuns.class);
        JsonObject days = schema.getJsonObject("properties").getJsonObject("days");
        assertEquals("integer", days.getString("type"));
        assertEquals(1, days.getInt("minimum"));
        assertEquals(365, days.getInt("maximum"));
        assertEquals(7, days.getInt("default"));
        assertFalse(days.getString("description").isBlank());
        assertFalse(schema.getBoolean("additionalProperties"));
        assertFalse(schema.containsKey("$schema"));

        JsonObject zone = ToolSchemas.input(AnalyticsInputs.EfficiencyByZone.class).getJsonObject("properties");
        assertTrue(zone.containsKey("effort_zone"), zone::toString);
        JsonNode zoneSchema = MAPPER.readTree(zone.getJsonObject("effort_zone").toString());
        assertEquals("[\"easy\",\"threshold\",\"race\"]", zoneSchema.get("enum").toString());
        assertFalse(zoneSchema.has("pattern"), "a listed choice is an enum, not a regex");
    }

    @Test
    void caseInsensitiveChoicesAreAdvertisedAsLowerCaseEnums() {
        JsonObject create = ToolSchemas.input(CreateCoachInput.class).getJsonObject("properties");
        assertEquals(List.of("training", "nutrition", "recovery", "recipes", "analysis", "custom"),
                create.getJsonObject("category").getJsonArray("enum").getValuesAs(jakarta.json.JsonString.class)
                        .stream().map(jakarta.json.JsonString::getString).toList());
        JsonObject admin = ToolSchemas.input(AdminCreateCoachInput.class).getJsonObject("properties");
        assertEquals(3, admin.getJsonObject("visibility").getJsonArray("enum").size(), admin::toString);
        assertFalse(admin.getJsonObject("visibility").containsKey("pattern"));
        // A real regular expression (a UUID) stays a pattern.
        JsonObject byId = ToolSchemas.input(CoachIdInput.class).getJsonObject("properties");
        assertTrue(byId.getJsonObject("coach_id").containsKey("pattern"), byId::toString);
    }

    @Test
    void toolWithoutInputTakesAnEmptyObject() {
        JsonObject schema = ToolSchemas.input(null);
        assertEquals("object", schema.getString("type"));
        assertTrue(schema.getJsonObject("properties").isEmpty());
    }
}
