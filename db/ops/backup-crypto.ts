import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto'
import fs from 'node:fs'
import { BackupError } from './backup-error'

/*
 * Encrypted backup files: AES-256-GCM with a key derived from BACKUP_KEY (scrypt, random salt per
 * file). Layout, all in one file:
 *
 *   16 bytes  "CPBACKUP-ENC-v1\n"   marks the format and its version
 *   16 bytes  salt                   for scrypt (N = 2^15, r = 8, p = 1) → 32-byte key
 *   12 bytes  nonce                  random per file
 *   n bytes   ciphertext             the SQLite backup file
 *   16 bytes  GCM tag                over the header (as additional data) and the ciphertext
 *
 * Decryption writes to a private temporary file and only hands it on once the tag checked out, so
 * a wrong key or a damaged file never gets near the database.
 *
 * No `server-only`: the command-line scripts use this module.
 */

export const ENCRYPTED_MAGIC = Buffer.from('CPBACKUP-ENC-v1\n', 'latin1')
const SALT_BYTES = 16
const NONCE_BYTES = 12
const TAG_BYTES = 16
const HEADER_BYTES = ENCRYPTED_MAGIC.length + SALT_BYTES + NONCE_BYTES
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }
export const MIN_KEY_LENGTH = 32
const CHUNK = 1024 * 1024

/** The key from the environment, checked; null when none is set. */
export function backupKeyFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  const key = env.BACKUP_KEY
  if (key === undefined || key === '') return null
  if (key.length < MIN_KEY_LENGTH)
    throw new BackupError(
      'bad-key',
      `BACKUP_KEY ist zu kurz (mindestens ${MIN_KEY_LENGTH} Zeichen, z. B. aus \`openssl rand -base64 32\`).`,
    )
  return key
}

/** Creates `file` empty and readable by its owner only (before anything is written into it). */
export function createPrivateFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'wx', 0o600))
  // The process umask cannot widen 0600, but an inherited ACL or an odd umask must not either.
  fs.chmodSync(file, 0o600)
}

export function isEncryptedBackup(file: string): boolean {
  const head = Buffer.alloc(ENCRYPTED_MAGIC.length)
  const fd = fs.openSync(file, 'r')
  try {
    return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.equals(ENCRYPTED_MAGIC)
  } finally {
    fs.closeSync(fd)
  }
}

function deriveKey(passphrase: string, salt: Buffer): Buffer {
  return scryptSync(passphrase, salt, 32, SCRYPT)
}

/** Writes `source` encrypted to the new file `dest` (mode 0600). */
export function encryptFile(source: string, dest: string, passphrase: string): void {
  const salt = randomBytes(SALT_BYTES)
  const nonce = randomBytes(NONCE_BYTES)
  const header = Buffer.concat([ENCRYPTED_MAGIC, salt, nonce])
  const cipher = createCipheriv('aes-256-gcm', deriveKey(passphrase, salt), nonce)
  cipher.setAAD(header)
  createPrivateFile(dest)
  const input = fs.openSync(source, 'r')
  const output = fs.openSync(dest, 'w')
  try {
    fs.writeSync(output, header)
    const buffer = Buffer.alloc(CHUNK)
    for (;;) {
      const read = fs.readSync(input, buffer, 0, CHUNK, null)
      if (read === 0) break
      fs.writeSync(output, cipher.update(buffer.subarray(0, read)))
    }
    fs.writeSync(output, cipher.final())
    fs.writeSync(output, cipher.getAuthTag())
    fs.fsyncSync(output)
  } finally {
    fs.closeSync(input)
    fs.closeSync(output)
  }
}

/**
 * Decrypts the encrypted backup `source` into the new file `dest` (mode 0600). Throws
 * BackupError('wrong-key') when the key does not fit or the file was altered; `dest` is then gone.
 */
export function decryptFile(source: string, dest: string, passphrase: string): void {
  const size = fs.statSync(source).size
  if (size < HEADER_BYTES + TAG_BYTES)
    throw new BackupError('corrupt', `Verschlüsselte Sicherung ist unvollständig: ${source}`)
  const input = fs.openSync(source, 'r')
  let output: number | null = null
  try {
    const header = Buffer.alloc(HEADER_BYTES)
    fs.readSync(input, header, 0, HEADER_BYTES, 0)
    const salt = header.subarray(ENCRYPTED_MAGIC.length, ENCRYPTED_MAGIC.length + SALT_BYTES)
    const nonce = header.subarray(ENCRYPTED_MAGIC.length + SALT_BYTES)
    const tag = Buffer.alloc(TAG_BYTES)
    fs.readSync(input, tag, 0, TAG_BYTES, size - TAG_BYTES)
    const decipher = createDecipheriv('aes-256-gcm', deriveKey(passphrase, salt), nonce)
    decipher.setAAD(header)
    decipher.setAuthTag(tag)
    createPrivateFile(dest)
    output = fs.openSync(dest, 'w')
    const buffer = Buffer.alloc(CHUNK)
    let position = HEADER_BYTES
    const end = size - TAG_BYTES
    while (position < end) {
      const read = fs.readSync(input, buffer, 0, Math.min(CHUNK, end - position), position)
      if (read === 0) break
      position += read
      fs.writeSync(output, decipher.update(buffer.subarray(0, read)))
    }
    try {
      fs.writeSync(output, decipher.final())
    } catch {
      throw new BackupError(
        'wrong-key',
        `Die Sicherung ließ sich nicht entschlüsseln – falscher BACKUP_KEY oder veränderte Datei: ${source}`,
      )
    }
    fs.fsyncSync(output)
  } catch (error) {
    if (output !== null) fs.closeSync(output)
    output = null
    fs.rmSync(dest, { force: true })
    throw error
  } finally {
    fs.closeSync(input)
    if (output !== null) fs.closeSync(output)
  }
}
