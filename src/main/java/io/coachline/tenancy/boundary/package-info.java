/**
 * The authentication filter that turns a verified token into the Caller (and enforces @RequiresRole), /api/me,
 * the admin user list and the development issuer's endpoints and sign-in page.
 */
package io.coachline.tenancy.boundary;
