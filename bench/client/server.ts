/**
 * The bench's regions, in their own process (bench/client/run.ts forks it),
 * so the client's CPU time is measured apart from the servers'. One HTTP
 * server per region on 127.0.0.1, driven over IPC:
 *
 *   { id, start: { name, slowEvery?, slowMs? } } -> { id, url }
 *   { id, behave: { name, mode: 'ok' | 'hang' } } -> { id }
 *   { id, kill: name }                            -> { id }  (refuses connections from then on)
 */
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

interface Region {
  server: Server
  sockets: Set<Socket>
  mode: 'ok' | 'hang'
}

export type Command =
  | { id: number; start: { name: string; slowEvery?: number; slowMs?: number } }
  | { id: number; behave: { name: string; mode: 'ok' | 'hang' } }
  | { id: number; kill: string }

const regions = new Map<string, Region>()

async function start(name: string, slowEvery = 0, slowMs = 0): Promise<string> {
  let n = 0
  const body = Buffer.from(name)
  const region: Region = { server: undefined as unknown as Server, sockets: new Set(), mode: 'ok' }
  region.server = createServer({ keepAlive: true, keepAliveTimeout: 60_000 }, (req, res) => {
    req.resume()
    if (region.mode === 'hang') return
    const answer = () =>
      res.writeHead(200, { 'content-type': 'text/plain', 'x-region': name }).end(body)
    // One request in `slowEvery` answers after slowMs: the tail hedging is for.
    if (slowEvery > 0 && ++n % slowEvery === 0) setTimeout(answer, slowMs)
    else answer()
  })
  region.server.on('connection', socket => {
    region.sockets.add(socket)
    socket.on('close', () => region.sockets.delete(socket))
  })
  await new Promise<void>(resolve => region.server.listen(0, '127.0.0.1', 4096, resolve))
  regions.set(name, region)
  return `http://127.0.0.1:${(region.server.address() as AddressInfo).port}`
}

process.on('message', (command: Command) => {
  const reply = (extra: object = {}) => process.send!({ id: command.id, ...extra })
  if ('start' in command) {
    const { name, slowEvery, slowMs } = command.start
    void start(name, slowEvery, slowMs).then(url => reply({ url }))
  } else if ('behave' in command) {
    regions.get(command.behave.name)!.mode = command.behave.mode
    reply()
  } else {
    const region = regions.get(command.kill)
    regions.delete(command.kill)
    region?.server.close()
    for (const socket of region?.sockets ?? []) socket.destroy()
    reply()
  }
})
process.send!({ ready: true })
