package io.coachline.chat.control;

import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * USD per million tokens per model: {@code coachline.llm.price.<model>.input} / {@code .output}, with list
 * prices of current OpenAI models as defaults (2026-11). A model with no price costs 0 and says so in the log.
 */
public final class PriceTable {

    /** input, output USD per 1M tokens. */
    static final Map<String, double[]> DEFAULTS = Map.of(
            "gpt-4.1-nano", new double[] {0.10, 0.40},
            "gpt-4.1-mini", new double[] {0.40, 1.60},
            "gpt-4.1", new double[] {2.00, 8.00},
            "gpt-4o-mini", new double[] {0.15, 0.60},
            "gpt-4o", new double[] {2.50, 10.00});

    private PriceTable() {
    }

    public static double cost(String model, long promptTokens, long completionTokens) {
        return cost(price(model, "input"), price(model, "output"), promptTokens, completionTokens);
    }

    static double cost(double inputPerMillion, double outputPerMillion, long promptTokens, long completionTokens) {
        return (promptTokens * inputPerMillion + completionTokens * outputPerMillion) / 1_000_000.0;
    }

    static double price(String model, String direction) {
        Config config = ConfigProvider.getConfig();
        return config.getOptionalValue("coachline.llm.price." + model + "." + direction, Double.class)
                .orElseGet(() -> {
                    double[] known = DEFAULTS.get(model);
                    return known == null ? 0.0 : known["input".equals(direction) ? 0 : 1];
                });
    }
}
