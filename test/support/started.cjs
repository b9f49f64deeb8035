// Preloaded (node -r) by runAction's `signal: { when: 'start' }`: tells the test, on fd 3, that
// Node's own start-up is over and the first line of JavaScript runs; the action's bundle loads next.
require('node:fs').writeSync(3, 'started\n');
