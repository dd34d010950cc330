import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compileGrpc } from '../../src/routing/grpc.js'
import { BREAKER_DEFAULTS } from '../../src/routing/mesh.js'
import type { MeshRoutes } from '../../src/routing/mesh.js'
import { ROOT } from '../support/paths.js'

/*
 * The generated gRPC service config through a second gRPC implementation:
 * Python grpcio, which is gRPC C-core (the core of C++, Python, Ruby and
 * PHP). Debian's python3-grpcio is for Debian's python, /usr/bin/python3
 * (.ci/run installs it when missing); PYTHON_GRPCIO names another.
 */

const PYTHON = process.env.PYTHON_GRPCIO ?? '/usr/bin/python3'
const EXERCISE = join(ROOT, 'conformance', 'grpc', 'grpcio_exercise.py')

const ROUTES: MeshRoutes = {
  service: 'checkout',
  hostname: 'checkout.internal.example.com',
  region: 'us-east',
  timeoutMs: 2000,
  deadlineMs: 8000,
  retries: 2,
  retryBudget: { ratio: 0.2, minPerSecond: 10 },
  order: ['us-east', 'us-west'],
  endpoints: {
    'us-east': 'https://checkout.us-east.internal.example.com',
    'us-west': 'https://checkout.us-west.internal.example.com'
  },
  locations: { 'us-east': 'us-east-1', 'us-west': 'us-west-2' },
  breaker: { ...BREAKER_DEFAULTS }
}

interface Result {
  grpcio: string
  scenarios: Record<string, { code: string; attempts: number }>
}

function throughGrpcio(config: unknown): Result {
  const dir = mkdtempSync(join(tmpdir(), 'grpcio-'))
  try {
    const file = join(dir, 'service-config.json')
    writeFileSync(file, JSON.stringify(config))
    return JSON.parse(
      execFileSync(PYTHON, [EXERCISE, file], { encoding: 'utf8', timeout: 60_000 })
    ) as Result
  } catch (error) {
    throw new Error(
      `${PYTHON} could not run ${EXERCISE} (install Debian's python3-grpcio, or set PYTHON_GRPCIO): ${String(error)}`,
      { cause: error }
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('the gRPC service config through Python grpcio (C-core)', () => {
  it('retries UNAVAILABLE up to the attempts, and no other status, with a hedge set too', () => {
    for (const routes of [ROUTES, { ...ROUTES, hedgeMs: 50 }]) {
      const { scenarios } = throughGrpcio(compileGrpc(routes).config)
      expect(scenarios).toEqual({
        'recovers-on-third': { code: 'OK', attempts: 3 },
        'always-unavailable': { code: 'UNAVAILABLE', attempts: 3 },
        'internal-is-an-answer': { code: 'INTERNAL', attempts: 1 }
      })
    }
  })

  it('ignores hedgingPolicy, which is why hedging lives in its own file for the languages that apply it', () => {
    const { hedging } = compileGrpc({ ...ROUTES, hedgeMs: 50 })
    expect(throughGrpcio(hedging).scenarios['recovers-on-third']).toEqual({
      code: 'UNAVAILABLE',
      attempts: 1
    })
  })
})
