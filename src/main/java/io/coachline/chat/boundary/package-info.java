/**
 * REST resources for conversations, messages (JSON or a stream), own costs and the admin cost report and
 * budgets.
 */
package io.coachline.chat.boundary;
