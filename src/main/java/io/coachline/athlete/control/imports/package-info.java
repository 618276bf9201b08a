/**
 * Reading activity files (FIT, GPX, TCX, Strava CSV, zips of them) into plain records, with every size and
 * plausibility bound counted while reading. Plain Java.
 */
package io.coachline.athlete.control.imports;
