/**
 * The annotations, the registries that discover annotated methods, schema generation and the one place
 * where a call's JSON arguments become a validated input record.
 */
package io.coachline.tools.control;
