package io.coachline.chat.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.coachline.chat.entity.Route;

/**
 * Classifies a message as a direct look-up of one analytics tool ({@code simple}) or a question that needs
 * reasoning ({@code standard}). Keyword and synonym phrases score each tool's intent, with typos tolerated;
 * reasoning words, several competing intents or no clear intent all mean standard: a wrong "simple" costs
 * answer quality, a wrong "standard" only a few tokens.
 */
public final class IntentRouter {

    /** The ten analytics tools: what a standard query is offered. */
    public static final List<String> ANALYTICS_TOOLS = List.of("get_recent_runs", "get_training_load",
            "get_efficiency_trend", "get_efficiency_by_zone", "get_race_predictions", "get_recovery_status",
            "get_pb_patterns", "get_correlations", "get_active_insights", "get_plan_week");

    private static final Map<String, Map<String, Integer>> KEYWORDS = new LinkedHashMap<>();

    static {
        intent("get_training_load", 3, "tsb", "ctl", "atl", "form", "fitness", "fatigue", "freshness", "fresh",
                "training load", "training stress balance", "acute load", "chronic load", "fitness level");
        intent("get_training_load", 2, "load", "fit", "fatigued");
        intent("get_race_predictions", 3, "predict", "prediction", "predicted", "predictions", "race time",
                "race times", "finish time", "vdot", "how fast could i", "how fast can i", "what time could i",
                "what time can i");
        intent("get_race_predictions", 2, "5k", "10k", "21k", "42k", "marathon", "half");
        intent("get_race_predictions", 1, "time", "race");
        intent("get_recovery_status", 3, "recover", "recovery", "recovering", "recovered", "durability", "durable",
                "half life", "overtraining", "overtrained", "overreaching", "masked", "false fitness");
        intent("get_recovery_status", 2, "rested", "tired", "bounce back", "sore");
        intent("get_pb_patterns", 3, "pb", "pbs", "pr", "prs", "personal best", "personal bests", "personal record",
                "personal records", "best times", "best efforts", "fastest times");
        intent("get_pb_patterns", 2, "records");
        intent("get_recent_runs", 3, "recent runs", "last runs", "latest runs", "last run", "latest run", "mileage",
                "volume", "km", "kms", "kilometers", "kilometres", "miles", "how far", "how much did i run",
                "how many runs", "runs this week", "run log", "my runs", "weekly distance");
        intent("get_recent_runs", 2, "runs", "distance", "ran");
        intent("get_efficiency_trend", 3, "efficiency", "efficient", "decoupling", "aerobic efficiency",
                "efficiency factor", "drift");
        intent("get_efficiency_trend", 2, "aerobic");
        intent("get_efficiency_by_zone", 4, "zone", "zones", "threshold", "tempo effort", "easy effort",
                "race effort");
        intent("get_correlations", 3, "correlation", "correlations", "correlate", "correlated", "sleep", "hrv",
                "resting hr", "resting heart rate", "stress", "relationship", "affects", "affect", "linked",
                "connection", "impact", "relate");
        intent("get_active_insights", 3, "insight", "insights", "alerts", "alert", "warnings", "red flags", "flags",
                "highlights", "anything i should know", "heads up", "notable");
        intent("get_plan_week", 3, "plan", "schedule", "planned", "training plan", "workouts this week",
                "todays workout", "next workout", "scheduled", "on the plan", "on track", "compliance");
        intent("get_plan_week", 2, "workouts", "workout");
    }

    /** Words that ask for judgement, advice or a comparison: never a look-up. */
    private static final List<List<String>> REASONING = phrases("why", "analyze", "analyse", "analysis",
            "suggest", "suggestions", "should", "improve", "improvement", "improvements", "compare", "comparison",
            "versus", "vs", "explain", "advice", "advise", "recommend", "recommendation", "strategy", "evaluate",
            "assess", "optimize", "optimise", "tips", "help", "plan for me", "build", "create", "design", "make me",
            "adjust", "change", "worried", "worry", "concerned", "what if", "how can", "how do i", "how to",
            "best way", "what went wrong", "interpret", "meaning", "means", "mean", "ready for", "enough",
            "too much", "injury", "injured", "taper", "overall", "everything", "review", "pros", "plateau");

    /** A tool whose answer contains another's numbers absorbs it when both are named. */
    private static final Map<String, Set<String>> ABSORBS = Map.of(
            "get_pb_patterns", Set.of("get_training_load", "get_race_predictions", "get_recent_runs"),
            "get_efficiency_by_zone", Set.of("get_efficiency_trend", "get_race_predictions"),
            "get_recovery_status", Set.of("get_training_load"),
            "get_plan_week", Set.of("get_recent_runs"),
            "get_correlations", Set.of("get_efficiency_trend", "get_training_load", "get_recovery_status",
                    "get_recent_runs"));

    private static final int MAX_SIMPLE_TOKENS = 20;
    private static final int MIN_SCORE = 2;

    private static void intent(String tool, int weight, String... phrases) {
        Map<String, Integer> keywords = KEYWORDS.computeIfAbsent(tool, t -> new LinkedHashMap<>());
        for (String phrase : phrases) {
            keywords.put(phrase, weight);
        }
    }

    private static List<List<String>> phrases(String... phrases) {
        List<List<String>> out = new ArrayList<>();
        for (String phrase : phrases) {
            out.add(List.of(phrase.split(" ")));
        }
        return out;
    }

    public Route route(String message) {
        List<String> tokens = TextMatch.tokens(message);
        if (tokens.isEmpty() || tokens.size() > MAX_SIMPLE_TOKENS
                || REASONING.stream().anyMatch(p -> occurs(tokens, p))) {
            return standard();
        }
        Map<String, Integer> scores = scores(tokens);
        // Three clear intents in one message is a question about the whole picture, absorbed or not.
        if (scores.values().stream().filter(s -> s >= 3).count() >= 3) {
            return standard();
        }
        absorb(scores);
        List<Map.Entry<String, Integer>> ranked = scores.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_SCORE)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        // Two intents of similar strength need two tools and some reasoning to join them.
        if (ranked.isEmpty() || ranked.size() > 2
                || ranked.size() == 2 && ranked.get(1).getValue() * 2 >= ranked.get(0).getValue()) {
            return standard();
        }
        return new Route(Route.SIMPLE, List.of(ranked.get(0).getKey()));
    }

    private static Route standard() {
        return new Route(Route.STANDARD, ANALYTICS_TOOLS);
    }

    /** Each tool's score: the sum of the weights of its keywords in the message. */
    private static Map<String, Integer> scores(List<String> tokens) {
        Map<String, Integer> scores = new HashMap<>();
        KEYWORDS.forEach((tool, keywords) -> keywords.forEach((phrase, weight) -> {
            if (occurs(tokens, List.of(phrase.split(" ")))) {
                scores.merge(tool, weight, Integer::sum);
            }
        }));
        return scores;
    }

    /** Adds the scores of absorbed intents to their absorber, when the absorber was clearly asked for. */
    private static void absorb(Map<String, Integer> scores) {
        ABSORBS.forEach((absorber, absorbed) -> {
            if (scores.getOrDefault(absorber, 0) >= 3) {
                for (String tool : absorbed) {
                    Integer score = scores.remove(tool);
                    if (score != null) {
                        scores.merge(absorber, score, Integer::sum);
                    }
                }
            }
        });
    }

    private static boolean occurs(List<String> tokens, List<String> phrase) {
        for (int start = 0; start + phrase.size() <= tokens.size(); start++) {
            boolean all = true;
            for (int i = 0; i < phrase.size() && all; i++) {
                all = TextMatch.matches(tokens.get(start + i), phrase.get(i));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
