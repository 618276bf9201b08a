/**
 * What every feature shares: the JAX-RS application, JSON settings, errors, HTTP limits and headers, readiness,
 * the datasource, migrations and converters.
 */
package io.coachline.platform;
