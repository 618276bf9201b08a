/**
 * Conversations, messages and ledger rows as JPA entities; the chat's input records and views; the OpenAI wire
 * records.
 */
package io.coachline.chat.entity;
