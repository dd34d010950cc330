import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { RouteTable } from '../../src/schema/generated.js'

export type Behaviour =
  | { kind: 'ok' }
  | { kind: 'status'; status: number }
  | { kind: 'delay'; ms: number }
  | { kind: 'hang' }
  /** Reads the request, then cuts the connection: the request was sent, the answer never comes. */
  | { kind: 'reset' }

/** One region of a service: a real HTTP server on 127.0.0.1 whose behaviour a test can change or kill. */
export interface LoopbackRegion {
  name: string
  url: string
  /** Requests received, by method. */
  requests: { method: string; path: string }[]
  /** Connections opened and closed so far. */
  connections: { opened: number; closed: number }
  behave(behaviour: Behaviour): void
  /** Stops listening and cuts every connection, as a dead region would. */
  kill(): Promise<void>
}

export async function startRegion(name: string, behaviour: Behaviour = { kind: 'ok' }) {
  let current = behaviour
  const sockets = new Set<Socket>()
  const connections = { opened: 0, closed: 0 }
  const requests: { method: string; path: string }[] = []
  const timers = new Set<NodeJS.Timeout>()
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '' })
    req.resume()
    // The behaviour when the request arrived decides its answer, even if a test changes it meanwhile.
    const behaviour = current
    const answer = () => {
      if (res.destroyed) return
      res.writeHead(behaviour.kind === 'status' ? behaviour.status : 200, {
        'content-type': 'text/plain',
        'x-region': name
      })
      res.end(name)
    }
    if (behaviour.kind === 'hang') return
    if (behaviour.kind === 'reset') return void req.on('end', () => req.socket.destroy())
    if (behaviour.kind !== 'delay') return answer()
    const timer = setTimeout(() => {
      timers.delete(timer)
      answer()
    }, behaviour.ms)
    timers.add(timer)
  }
  const server: Server = createServer({ keepAlive: true }, handle)
  server.on('connection', socket => {
    connections.opened++
    sockets.add(socket)
    socket.on('close', () => {
      connections.closed++
      sockets.delete(socket)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const region: LoopbackRegion = {
    name,
    url: `http://127.0.0.1:${port}`,
    requests,
    connections,
    behave: next => {
      current = next
    },
    kill: () =>
      new Promise(resolve => {
        server.close(() => resolve())
        for (const timer of timers) clearTimeout(timer)
        for (const socket of sockets) socket.destroy()
      })
  }
  return region
}

/** A route table over loopback regions, each client region trying `order` as given. */
export function tableFor(
  regions: readonly LoopbackRegion[],
  settings: Partial<Omit<RouteTable, 'endpoints' | 'order'>> = {}
): RouteTable {
  const names = regions.map(r => r.name)
  return {
    service: 'checkout',
    hostname: 'checkout.internal.example.com',
    timeoutMs: 1000,
    deadlineMs: 5000,
    retries: 2,
    retryBudget: { ratio: 0.2, minPerSecond: 10 },
    ...settings,
    endpoints: Object.fromEntries(regions.map(r => [r.name, r.url])),
    order: Object.fromEntries(names.map(n => [n, [n, ...names.filter(o => o !== n)]]))
  }
}
