/**
 * Coachline, packaged by feature: tenancy, coach, athlete, analytics, chat, mcp, platform. Inside a feature,
 * boundary (JAX-RS resources and MCP tool classes) calls control (EJBs and plain logic), which uses entity (JPA
 * entities and records); never backwards. The rules every feature follows, checked by ArchitectureTest: input
 * records (with their Bean Validation constraints) live in the feature's entity package; control learns who is
 * asking only by injecting the request-scoped tenancy.control.Caller; transactions start at the @Stateless EJBs
 * of control, never in a resource; EJBs are injected with @Inject like any other bean, never @EJB. Exception,
 * until issue #15 moves the tool catalogue out of mcp: the tool classes and the chat's tool loop use mcp's registry.
 */
package io.coachline;
