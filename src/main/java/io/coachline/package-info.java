/**
 * Coachline, packaged by feature: tenancy, coach, athlete, analytics, chat, tools, mcp, platform. Inside a feature,
 * boundary (JAX-RS resources and tool classes) calls control (EJBs and plain logic), which uses entity (JPA
 * entities and records); never backwards. The rules every feature follows, checked by ArchitectureTest: input
 * records (with their Bean Validation constraints) live in the feature's entity package; control learns who is
 * asking only by injecting the request-scoped tenancy.control.Caller; transactions start at the @Stateless EJBs
 * of control, never in a resource; EJBs are injected with @Inject like any other bean, never @EJB. Tools, prompts
 * and resources are declared with the annotations of tools.control; nothing outside mcp imports mcp.
 */
package io.coachline;
