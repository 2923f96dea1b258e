/* Expected failures of backup and restore (db/ops/backup.ts, db/ops/backup-crypto.ts). */

export type BackupErrorCode =
  | 'missing'
  | 'not-sqlite'
  | 'corrupt'
  | 'not-portal'
  | 'too-new'
  | 'in-use'
  | 'exists'
  | 'same-file'
  | 'bad-key'
  | 'key-missing'
  | 'wrong-key'

/** An expected failure; `message` is one German sentence meant for the operator. */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'BackupError'
  }
}
