import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { beforeAll, describe, expect, it } from 'vitest'
import { AUDIT_ACTION_LABELS, auditActionLabel, auditActionsMatching } from './audit-actions'

/*
 * Reads the project's source for every audit entry written — each `recordAudit(…, { action })`
 * call — and works out which codes its `action` can be: literals, both sides of `?:` and `??`,
 * template strings over values whose TypeScript type is a union of literals, helper functions
 * (their return statements) and helper parameters (the arguments at their call sites). A code
 * without a German label fails, and so does an `action` this test cannot follow.
 */

const ROOT = path.join(__dirname, '..')
const SOURCE_DIRS = ['app', 'components', 'db', 'lib', 'scripts', 'auth.ts', 'proxy.ts']

function sourceFiles(): string[] {
  const files: string[] = []
  const walk = (entry: string) => {
    const full = path.join(ROOT, entry)
    if (!fs.existsSync(full)) return
    if (fs.statSync(full).isDirectory()) {
      for (const name of fs.readdirSync(full)) walk(path.join(entry, name))
    } else if (/\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) && !entry.endsWith('.d.ts')) {
      files.push(full)
    }
  }
  SOURCE_DIRS.forEach(walk)
  return files
}

type Written = { where: string; codes: string[] }

function auditWrites(): { writes: Written[]; problems: string[] } {
  const files = sourceFiles().filter((file) => /record\w*Audit/.test(fs.readFileSync(file, 'utf8')))
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  )!
  const program = ts.createProgram(files, { ...config.options, noEmit: true })
  const checker = program.getTypeChecker()
  const writes: Written[] = []
  const problems: string[] = []

  const where = (node: ts.Node) => {
    const file = node.getSourceFile()
    const { line } = file.getLineAndCharacterOfPosition(node.getStart())
    return `${path.relative(ROOT, file.fileName)}:${line + 1}`
  }
  const fail = (node: ts.Node, why: string): never => {
    throw new Error(`${where(node)}: ${why} (\`${node.getText().slice(0, 80)}\`)`)
  }

  function literalsOfType(node: ts.Expression): string[] | null {
    const type = checker.getTypeAtLocation(node)
    const members = type.isUnion() ? type.types : [type]
    const values: string[] = []
    for (const member of members) {
      if (member.isStringLiteral()) values.push(member.value)
      else if (member.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) continue
      else return null
    }
    return values.length > 0 ? values : null
  }

  function resolved(symbol: ts.Symbol | undefined): ts.Symbol | undefined {
    return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
  }

  function declarationOf(node: ts.Node): ts.Declaration | undefined {
    let symbol = checker.getSymbolAtLocation(node)
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol)
    return symbol?.valueDeclaration ?? symbol?.declarations?.[0]
  }

  /** The function a parameter belongs to, and the name it is called by. */
  function callsOfParameter(parameter: ts.ParameterDeclaration): ts.Expression[] {
    const fn = parameter.parent
    const index = fn.parameters.indexOf(parameter)
    let nameNode: ts.Node | undefined
    if (ts.isFunctionDeclaration(fn)) nameNode = fn.name
    else if (ts.isVariableDeclaration(fn.parent)) nameNode = fn.parent.name
    if (!nameNode) fail(parameter, 'a parameter of a function without a name')
    const target = checker.getSymbolAtLocation(nameNode!)
    const args: ts.Expression[] = []
    const visit = (node: ts.Node) => {
      if (
        ts.isCallExpression(node) &&
        resolved(checker.getSymbolAtLocation(node.expression)) === target &&
        node.arguments[index]
      )
        args.push(node.arguments[index]!)
      ts.forEachChild(node, visit)
    }
    // Exported helpers are called from other files too.
    for (const file of files) visit(program.getSourceFile(file)!)
    if (args.length === 0) fail(parameter, 'a helper parameter that is never passed')
    return args
  }

  function codes(node: ts.Expression): string[] {
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return codes(node.expression)
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text]
    if (ts.isConditionalExpression(node)) return [...codes(node.whenTrue), ...codes(node.whenFalse)]
    if (
      ts.isBinaryExpression(node) &&
      [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(
        node.operatorToken.kind,
      )
    ) {
      return [...(literalsOfType(node.left) ?? codes(node.left)), ...codes(node.right)]
    }
    if (ts.isTemplateExpression(node)) {
      let results = [node.head.text]
      for (const span of node.templateSpans) {
        const values = codes(span.expression)
        results = results.flatMap((prefix) =>
          values.map((v) => `${prefix}${v}${span.literal.text}`),
        )
      }
      return results
    }
    const fromType = literalsOfType(node)
    if (fromType) return fromType
    if (ts.isCallExpression(node)) {
      const declaration = declarationOf(node.expression)
      if (declaration && ts.isFunctionDeclaration(declaration) && declaration.body) {
        const returned: string[] = []
        const visit = (child: ts.Node) => {
          if (ts.isReturnStatement(child) && child.expression)
            returned.push(...codes(child.expression))
          else if (!ts.isFunctionLike(child)) ts.forEachChild(child, visit)
        }
        ts.forEachChild(declaration.body, visit)
        return returned
      }
    }
    if (ts.isIdentifier(node)) {
      const declaration = declarationOf(node)
      if (declaration && ts.isParameter(declaration))
        return callsOfParameter(declaration).flatMap(codes)
    }
    if (ts.isShorthandPropertyAssignment(node.parent)) {
      const symbol = checker.getShorthandAssignmentValueSymbol(node.parent)
      const declaration = symbol?.valueDeclaration
      if (declaration && ts.isParameter(declaration))
        return callsOfParameter(declaration).flatMap(codes)
    }
    return fail(node, 'cannot tell which audit codes this writes; use a literal or a literal type')
  }

  /**
   * The codes an entry can carry: an object literal's `action`, or the entry it spreads; a
   * variable's initializer; a helper parameter's arguments at its call sites.
   */
  function entryCodes(entry: ts.Expression): string[] {
    if (ts.isParenthesizedExpression(entry) || ts.isAsExpression(entry))
      return entryCodes(entry.expression)
    if (ts.isObjectLiteralExpression(entry)) {
      const action = entry.properties.find(
        (p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'action',
      )
      if (action) {
        const value = ts.isShorthandPropertyAssignment(action)
          ? action.name
          : ts.isPropertyAssignment(action)
            ? action.initializer
            : fail(action, 'an `action` that is neither `action: …` nor `action`')
        return codes(value)
      }
      const spread = entry.properties.find(ts.isSpreadAssignment)
      if (spread) return entryCodes(spread.expression)
      return fail(entry, 'no `action` in the entry')
    }
    if (ts.isIdentifier(entry)) {
      const declaration = declarationOf(entry)
      if (declaration && ts.isParameter(declaration))
        return callsOfParameter(declaration).flatMap(entryCodes)
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer)
        return entryCodes(declaration.initializer)
    }
    return fail(entry, 'the entry is neither an object literal nor a value this test can follow')
  }

  for (const file of files) {
    const source = program.getSourceFile(file)!
    const visit = (node: ts.Node) => {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'recordAudit'
      ) {
        try {
          const entry = node.arguments[1]
          if (!entry) fail(node, 'no entry')
          writes.push({ where: where(node), codes: [...new Set(entryCodes(entry!))] })
        } catch (error) {
          problems.push((error as Error).message)
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return { writes, problems }
}

describe('audit action labels', () => {
  let writes: Written[] = []
  let problems: string[] = []
  // Building the TypeScript program over the data layer takes a few seconds.
  beforeAll(() => {
    ;({ writes, problems } = auditWrites())
  }, 120_000)

  it('can follow every audit entry the code writes', () => {
    expect(problems).toEqual([])
    // Sanity: the reader found the writes it must find.
    const all = writes.flatMap((w) => w.codes)
    expect(all).toEqual(
      expect.arrayContaining([
        'login.success',
        'login.failed',
        'login.lockout',
        'partners.import',
        'news.withdraw',
        'event.review_reject',
        'partner.publish_scheduled',
        'page.restore',
        'event.schedule',
      ]),
    )
    expect(writes.length).toBeGreaterThan(30)
  })

  it('has a German label for every code written', () => {
    const missing = writes.flatMap(({ where, codes }) =>
      codes.filter((code) => !(code in AUDIT_ACTION_LABELS)).map((code) => `${code} (${where})`),
    )
    expect(missing).toEqual([])
  })

  it('shows an unknown code as it is, and matches labels and codes in the filter', () => {
    expect(auditActionLabel('login.success')).toBe('Anmeldung')
    expect(auditActionLabel('partners.import')).toBe('Import von Partnerprofilen')
    expect(auditActionLabel('alt.unbekannt')).toBe('alt.unbekannt')
    expect(auditActionsMatching('Anmeldung').codes).toEqual(['login.success'])
    expect(auditActionsMatching('anmeldung FEHL').codes).toEqual(['login.failed'])
    expect(auditActionsMatching('Meldung veröffentlicht').codes).toEqual(['news.publish'])
    expect(auditActionsMatching('login.failed')).toEqual({ prefix: 'login.failed', codes: [] })
  })
})
