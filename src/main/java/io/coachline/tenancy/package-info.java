/**
 * Who is asking: tenants and users, provisioned on first sight of a verified token, roles, the development
 * issuer and the demo tenant.
 */
package io.coachline.tenancy;
