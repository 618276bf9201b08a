// Placeholder until the training screen lands.
export function init() {}
export async function show() {}
