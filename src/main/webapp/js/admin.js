// Placeholder until the admin screen lands.
export function init() {}
export async function show() {}
