import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/*
 * Every German message the backend can show a user, read from the source: the places where a
 * message is written (a zod `error`/`message`, a `reason` of the import report, a UserError or
 * FieldError, a success `message` of an action, guard.ts's MESSAGES) and the field labels the
 * message builders are given. A template literal is expanded into representative instances, one
 * for each combination of sample values of its parts; a part without known samples is reported,
 * so a new kind of built message cannot slip past the catalog unseen.
 */

export const ROOT = path.resolve(__dirname, '../..')

/** Where backend messages are written. app/(auth) is left out: the login pages stay German. */
const SOURCES = ['lib', 'db', 'app/admin']
const SKIPPED = [
  /\.test\.ts$/,
  /\.d\.m?ts$/,
  /^lib\/i18n\//,
  // Command-line only: seeding, migrations, backups, the import of news and events.
  /^lib\/content-files\.ts$/,
  /^db\/seed/,
  /^db\/migrate\.ts$/,
  /^db\/ops\//,
]
/**
 * In app/admin, actions and route handlers answer with messages, and a client form may make up
 * an answer of its own (a passkey the browser did not create); the rest renders them.
 */
const APP_FILES = /(^|\/|-)actions\.ts$|\/route\.ts$|\.tsx$/

const MESSAGE_PROPERTIES = new Set(['error', 'message', 'reason'])
/** Constructor → which argument is the message. */
const MESSAGE_ERRORS: Record<string, number> = { UserError: 0, ImageError: 0, FieldError: 1 }
/** Functions that take a message, or return one they build (`field` → "Feld „x“: …"). */
const MESSAGE_ARGUMENTS: Record<string, number> = { codesShown: 0, webauthnAnswer: 0 }
const MESSAGE_RETURNING = new Set(['field', 'readableReason'])
/** Functions that take a field label (or a noun) to build messages with: sample set by name. */
const LABEL_ARGUMENTS: Record<string, [number, string]> = {
  requiredText: [1, 'label'],
  optionalText: [1, 'label'],
  coordinate: [0, 'label'],
  linkNotice: [1, 'what'],
}
/** Object properties whose string values are samples for `${x.<property>}`. */
const SAMPLE_PROPERTIES = new Set(['noun'])

export type Found = { text: string; where: string }
/** A template literal: its literal text, and per part the values it is known to have or the part. */
export type Template = {
  parts: (string | string[] | ts.Expression)[]
  where: string
  file: ts.SourceFile
}
type Value = Found | Template

export type Collected = {
  messages: Found[]
  templates: Template[]
  /** Sample sets: labels given to the message builders, `noun` properties. */
  sets: Map<string, Found[]>
}

function sourceFiles(): string[] {
  const files: string[] = []
  for (const dir of SOURCES) {
    for (const name of fs.readdirSync(path.join(ROOT, dir), {
      recursive: true,
      encoding: 'utf8',
    })) {
      const relative = path.posix.join(dir, name.split(path.sep).join('/'))
      if (!/\.tsx?$/.test(relative) || SKIPPED.some((skip) => skip.test(relative))) continue
      if (dir === 'app/admin' && !APP_FILES.test(relative)) continue
      files.push(relative)
    }
  }
  return files
}

function calleeName(expression: ts.Expression): string | null {
  if (ts.isIdentifier(expression)) return expression.text
  if (ts.isPropertyAccessExpression(expression)) return expression.getText()
  return null
}

export function collect(): Collected {
  const parsed = sourceFiles().map((file) =>
    ts.createSourceFile(
      file,
      fs.readFileSync(path.join(ROOT, file), 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    ),
  )
  // Declarations by name: per file (any scope), and the top-level ones across files (imports).
  const local = new Map<ts.SourceFile, Map<string, ts.Expression>>()
  const global = new Map<string, ts.Expression>()
  const functions = new Map<ts.SourceFile, Map<string, ts.Node>>()
  for (const file of parsed) {
    const declarations = new Map<string, ts.Expression>()
    const fns = new Map<string, ts.Node>()
    const visit = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        declarations.set(node.name.text, node.initializer)
        if (node.parent.parent.parent === file) global.set(node.name.text, node.initializer)
        if (ts.isArrowFunction(node.initializer)) fns.set(node.name.text, node.initializer)
      }
      if (ts.isFunctionDeclaration(node) && node.name) fns.set(node.name.text, node)
      ts.forEachChild(node, visit)
    }
    visit(file)
    local.set(file, declarations)
    functions.set(file, fns)
  }

  const result: Collected = { messages: [], templates: [], sets: new Map() }
  const addToSet = (set: string, text: string, where: string) => {
    const list = result.sets.get(set) ?? []
    if (!list.some((found) => found.text === text)) list.push({ text, where })
    result.sets.set(set, list)
  }

  for (const file of parsed) {
    const where = (node: ts.Node) =>
      `${file.fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`

    /** The texts an expression can have; unknown parts (a value from elsewhere) drop out. */
    const values = (expression: ts.Expression, seen = new Set<ts.Node>()): Value[] => {
      if (seen.has(expression)) return []
      seen.add(expression)
      if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression))
        return [{ text: expression.text, where: where(expression) }]
      if (ts.isTemplateExpression(expression)) {
        const parts: Template['parts'] = [expression.head.text]
        for (const span of expression.templateSpans) {
          const resolved =
            ts.isIdentifier(span.expression) || ts.isPropertyAccessExpression(span.expression)
              ? values(span.expression, seen)
              : []
          const literals = resolved.filter((value): value is Found => 'text' in value)
          parts.push(
            literals.length > 0 && literals.length === resolved.length
              ? literals.map((found) => found.text)
              : span.expression,
            span.literal.text,
          )
        }
        // `state_${user.state}`: a code, not a message.
        const literal = parts.filter((part) => typeof part === 'string').join('')
        if (/^[a-z_]*$/.test(literal)) return []
        return [{ parts, where: where(expression), file }]
      }
      if (ts.isConditionalExpression(expression))
        return [...values(expression.whenTrue, seen), ...values(expression.whenFalse, seen)]
      if (ts.isBinaryExpression(expression)) {
        const op = expression.operatorToken.kind
        if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken)
          return [...values(expression.left, seen), ...values(expression.right, seen)]
        return []
      }
      if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression))
        return values(expression.expression, seen)
      if (ts.isIdentifier(expression)) {
        const declared = local.get(file)?.get(expression.text) ?? global.get(expression.text)
        return declared ? values(declared, seen) : []
      }
      if (ts.isPropertyAccessExpression(expression) && ts.isIdentifier(expression.expression)) {
        // `MESSAGES.failed`: a property of a constant object.
        const object = local.get(file)?.get(expression.expression.text)
        const inner = object && ts.isAsExpression(object) ? object.expression : object
        if (inner && ts.isObjectLiteralExpression(inner)) {
          for (const property of inner.properties)
            if (
              ts.isPropertyAssignment(property) &&
              property.name.getText() === expression.name.text
            )
              return values(property.initializer, seen)
        }
      }
      return []
    }
    const evaluate = (expression: ts.Expression) => {
      for (const value of values(expression)) {
        if ('text' in value) result.messages.push(value)
        else result.templates.push(value)
      }
    }

    const returns = (fn: ts.Node) => {
      const visit = (node: ts.Node) => {
        if (ts.isReturnStatement(node) && node.expression) evaluate(node.expression)
        else if (node === fn || !ts.isFunctionLike(node)) ts.forEachChild(node, visit)
      }
      if (ts.isArrowFunction(fn) && !ts.isBlock(fn.body)) evaluate(fn.body)
      else visit(fn)
    }

    const visit = (node: ts.Node) => {
      if (ts.isPropertyAssignment(node) && MESSAGE_PROPERTIES.has(node.name.getText())) {
        evaluate(node.initializer)
      } else if (ts.isPropertyAssignment(node) && SAMPLE_PROPERTIES.has(node.name.getText())) {
        if (ts.isStringLiteral(node.initializer))
          addToSet(node.name.getText(), node.initializer.text, where(node))
      } else if (ts.isNewExpression(node)) {
        const index = MESSAGE_ERRORS[node.expression.getText()]
        const argument = index === undefined ? undefined : node.arguments?.[index]
        if (argument) evaluate(argument)
      } else if (ts.isCallExpression(node)) {
        const name = calleeName(node.expression)
        if (name === 'warnings.push') node.arguments.forEach((argument) => evaluate(argument))
        const index = name ? MESSAGE_ARGUMENTS[name] : undefined
        if (index !== undefined && node.arguments[index]) evaluate(node.arguments[index])
        const label = name ? LABEL_ARGUMENTS[name] : undefined
        const argument = label && node.arguments[label[0]]
        if (label && argument && ts.isStringLiteral(argument))
          addToSet(label[1], argument.text, where(argument))
      } else if (ts.isParameter(node) && ts.isIdentifier(node.name) && node.initializer) {
        // `label = 'Dieses Feld'`: the default label.
        const set = Object.values(LABEL_ARGUMENTS).find(([, name]) => name === node.name.getText())
        if (set && ts.isStringLiteral(node.initializer))
          addToSet(set[1], node.initializer.text, where(node))
      } else if (
        ts.isVariableDeclaration(node) &&
        node.name.getText() === 'MESSAGES' &&
        node.initializer
      ) {
        const inner = ts.isAsExpression(node.initializer)
          ? node.initializer.expression
          : node.initializer
        if (ts.isObjectLiteralExpression(inner))
          for (const property of inner.properties)
            if (ts.isPropertyAssignment(property)) evaluate(property.initializer)
      }
      ts.forEachChild(node, visit)
    }
    visit(file)
    for (const name of MESSAGE_RETURNING) {
      const fn = functions.get(file)?.get(name)
      if (fn) returns(fn)
    }
  }
  return result
}

/** A message text worth translating: German words, not a code or an identifier. */
export function isGermanText(text: string): boolean {
  return (
    (/[A-Za-zÄÖÜäöüß]{2,}/.test(text) && /\s/.test(text.trim())) || /^[A-ZÄÖÜ][a-zäöüß]+/.test(text)
  )
}

export type Samples = Record<string, { values: string[]; messages?: boolean }>

/**
 * The instances of a template: each part replaced by its samples (a local constant's values, a
 * sample set, or the table given); parts without samples are returned as missing.
 */
export function instances(
  template: Template,
  collected: Collected,
  samples: Samples,
  used: Set<string>,
): { texts: string[]; missing: string[]; nested: string[] } {
  let texts = ['']
  const missing: string[] = []
  const nested: string[] = []
  for (const part of template.parts) {
    let values: string[]
    if (typeof part === 'string') values = [part]
    else if (Array.isArray(part)) {
      // A local constant's texts: messages of their own, within the built one.
      values = part
      nested.push(...part)
    } else {
      const key = part.getText(template.file)
      const property = ts.isPropertyAccessExpression(part) ? part.name.text : null
      const table = samples[key]
      if (table) {
        used.add(key)
        values = table.values
        if (table.messages) nested.push(...values)
      } else if (collected.sets.has(key)) {
        values = collected.sets.get(key)!.map((found) => found.text)
      } else if (property && collected.sets.has(property)) {
        values = collected.sets.get(property)!.map((found) => found.text)
      } else {
        missing.push(key)
        values = ['?']
      }
    }
    texts = texts.flatMap((text) => values.map((value) => text + value))
  }
  return { texts, missing, nested }
}
