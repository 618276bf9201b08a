/**
 * The catalogue of what the server offers a model: tools, prompts and resources, each declared as one
 * annotated method of a feature's boundary class, with JSON schemas generated from its records. Both the
 * MCP adapter and the chat's tool loop use it; it knows nothing of either protocol.
 */
package io.coachline.tools;
