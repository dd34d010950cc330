import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Application } from '../../src/argocd/health.js'
import { FIXTURES } from './paths.js'

/** The commit the fixture apps were synced to, and the one before it. */
export const MERGED = '8c2e5f0d9b7a4c3e1f6a2b8d0c4e7f9a1b3d5c7e'
export const PREVIOUS = '4f1c2d3e5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d'

/** A fresh copy of fixtures/argocd/<name>.json, a payload in Argo CD's wire format, for a test to change. */
export function fixtureApp(name: string): Application {
  return JSON.parse(readFileSync(join(FIXTURES, 'argocd', `${name}.json`), 'utf8')) as Application
}
