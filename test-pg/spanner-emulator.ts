import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { credentials } from '@grpc/grpc-js'
import { Spanner } from '@google-cloud/spanner'
import type { Database } from '@google-cloud/spanner'
import { eventually } from './support.js'

/** The Cloud SDK's emulator: gateway_main serves gRPC and REST, and starts emulator_main beside it. */
export const GATEWAY = '/usr/lib/google-cloud-sdk/bin/cloud_spanner_emulator/gateway_main'

/** Whether this machine has the emulator; a suite that needs it says loudly when it does not. */
export function emulatorInstalled(): boolean {
  return existsSync(GATEWAY)
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** A running gateway_main: its ports, and a stop that returns once it and its emulator are gone. */
export interface Gateway {
  grpc: number
  http: number
  stop(): Promise<void>
}

/**
 * Starts gateway_main on two free loopback ports and waits until its REST
 * API answers. A port found free can be taken by another process before the
 * gateway binds it (the CI machine runs other suites meanwhile): a gateway
 * that exits before it answers is started again on new ports.
 */
export async function startGateway(attempts = 3): Promise<Gateway> {
  for (let attempt = 1; ; attempt++) {
    const [grpc, http] = [await freePort(), await freePort()]
    // Its own process group, so the emulator it starts is stopped with it.
    const child = spawn(
      GATEWAY,
      ['--hostname', '127.0.0.1', '--grpc_port', String(grpc), '--http_port', String(http)],
      { detached: true, stdio: 'ignore' }
    )
    const exited = new Promise<void>(resolve => child.once('exit', () => resolve()))
    let gone = false
    void exited.then(() => (gone = true))
    const stop = async () => {
      if (!gone && child.pid) process.kill(-child.pid, 'SIGTERM')
      // Waited for, so jest's run does not end with the process still holding its handle.
      await exited
    }
    try {
      await eventually('the Spanner emulator to answer', async () => {
        if (gone) throw new Error(`gateway_main exited before answering on ports ${grpc}, ${http}`)
        const up = await fetch(`http://127.0.0.1:${http}/v1/projects/test-project/instances`).then(
          r => r.ok,
          () => false
        )
        return up ? true : undefined
      })
      return { grpc, http, stop }
    } catch (error) {
      await stop()
      if (!gone || attempt >= attempts) throw error
    }
  }
}

export interface Emulator {
  /** A client of the emulator, as an application would build it for its endpoint. */
  client: Spanner
  /** A client of a port nothing listens on: any request through it fails. */
  unreachable: Spanner
  /** Creates a database of the instance with the statements. */
  database(name: string, statements: string[]): Promise<Database>
  stop(): Promise<void>
}

function client(port: number): Spanner {
  return new Spanner({
    projectId: 'test-project',
    servicePath: '127.0.0.1',
    port,
    sslCreds: credentials.createInsecure(),
    disableBuiltInMetrics: true
  })
}

/**
 * Starts the emulator on loopback ports with one instance, `emulator`.
 * The emulator does not mark its multiplexed sessions as multiplexed, so the
 * client's default (multiplexed read-write sessions, since 8.x) fails to
 * release them ("Unable to release unknown resource"): tests use the
 * client's session pool, which it reads from this variable.
 */
export async function startEmulator(): Promise<Emulator> {
  process.env.GOOGLE_CLOUD_SPANNER_MULTIPLEXED_SESSIONS = 'false'
  const gateway = await startGateway()
  const spanner = client(gateway.grpc)
  const [instance, operation] = await spanner.createInstance('emulator', {
    config: 'emulator-config',
    nodes: 1
  })
  await operation.promise()
  const unreachable = client(1)
  return {
    client: spanner,
    unreachable,
    async database(name, statements) {
      const [db, op] = await instance.createDatabase(name, { schema: statements })
      await op.promise()
      return db
    },
    async stop() {
      await Promise.all([spanner.close(), unreachable.close()])
      await gateway.stop()
    }
  }
}
