// Exits 0 when http://127.0.0.1:<port>/health answers with version <version> within a second:
// deploy.sh's readiness probe, so that the example needs nothing but Node (no curl).
//   node probe.js <port> <version>
const [port, version] = process.argv.slice(2);
try {
  const res = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1000) });
  const body = await res.json();
  process.exit(res.ok && body.version === version ? 0 : 1);
} catch {
  process.exit(1);
}
