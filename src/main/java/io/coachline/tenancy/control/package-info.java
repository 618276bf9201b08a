/**
 * Caller (request-scoped, the only source of tenant and user), the user directory, the development issuer and
 * its configuration, the demo tenant's users.
 */
package io.coachline.tenancy.control;
