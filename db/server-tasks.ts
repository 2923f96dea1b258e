import 'server-only'
import { startCacheSync } from './cache-sync'

/** Background work of the server process: cache sync (and, with it, scheduled publishing). */
export function startServerTasks(): void {
  startCacheSync()
}
