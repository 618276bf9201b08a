/**
 * The plain records the analytics read and answer with.
 */
package io.coachline.analytics.entity;
