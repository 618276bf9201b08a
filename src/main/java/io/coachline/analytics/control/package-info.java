/**
 * The calculators: training load, race prediction, efficiency, recovery, personal-best patterns, correlations,
 * insights, plan week.
 */
package io.coachline.analytics.control;
