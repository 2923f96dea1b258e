import fs from 'node:fs'
import { descendants } from './processes'

/* Memory of the server process (and any children it has), read from /proc. */

/** VmRSS of one process in KiB, null when it is gone. */
export function rssOf(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) : 0
  } catch {
    return null
  }
}

export function rssKb(pid: number): number {
  let total = 0
  for (const target of [pid, ...descendants(pid)]) total += rssOf(target) ?? 0
  return total
}

export function hwmKb(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) : null
  } catch {
    return null
  }
}

export class RssSampler {
  peakKb = 0
  private timer: NodeJS.Timeout | null = null
  constructor(private pid: number) {}
  start(): void {
    this.timer = setInterval(() => (this.peakKb = Math.max(this.peakKb, rssKb(this.pid))), 200)
  }
  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }
}
