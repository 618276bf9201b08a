/**
 * Profiles, activities, import jobs, loading an athlete's data for the analytics (and its cache), the demo
 * athlete.
 */
package io.coachline.athlete.control;
