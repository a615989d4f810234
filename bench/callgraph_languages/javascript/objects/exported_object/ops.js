function start() {}
function stop() {}

export const ops = { start, stop };
