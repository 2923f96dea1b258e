export async function register() {
  // Only the Node.js server process, never the build's prerender workers.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build')
    return
  const { startServerTasks } = await import('./db/server-tasks')
  startServerTasks()
}
