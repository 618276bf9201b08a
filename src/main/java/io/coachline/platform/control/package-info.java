/**
 * ApiException, JSON mapping, input checks, the SQLite datasource and Flyway migrations, JPA converters,
 * bounded caches.
 */
package io.coachline.platform.control;
