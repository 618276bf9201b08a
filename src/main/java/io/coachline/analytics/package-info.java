/**
 * Training analytics as plain Java over plain records: no JPA, no Jakarta EE or MicroProfile import,
 * unit-tested against published values.
 */
package io.coachline.analytics;
