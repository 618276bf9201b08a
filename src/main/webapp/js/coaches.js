// Placeholder until the coaches screen lands.
export function init() {}
export async function show() {}
