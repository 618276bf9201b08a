/**
 * What entities of every feature share: JPA attribute converters (string lists as JSON text).
 */
package io.coachline.platform.entity;
