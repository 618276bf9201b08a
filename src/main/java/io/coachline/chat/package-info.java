/**
 * The coach chat: conversations, the intent router, the model providers (OpenAI-compatible and offline) with
 * the tool loop, the cost ledger and budgets.
 */
package io.coachline.chat;
