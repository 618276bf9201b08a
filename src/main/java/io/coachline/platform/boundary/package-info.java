/**
 * The JAX-RS application, the exception mapper and error page (one JSON error shape), servlet filters for the
 * HTTP surface, readiness, the web page's files.
 */
package io.coachline.platform.boundary;
