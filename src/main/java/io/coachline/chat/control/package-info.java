/**
 * Turns of a conversation, routing, prompt building, model calls with retries and the circuit breaker, offline
 * answers, the ledger, budgets and cost reports.
 */
package io.coachline.chat.control;
