/**
 * Tenants and users as JPA entities.
 */
package io.coachline.tenancy.entity;
