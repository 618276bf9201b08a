// Placeholder until the chat screen lands.
export function init() {}
export async function show() {}
