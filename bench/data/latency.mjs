// A TCP proxy per region that holds each chunk from the client for the region's delay before
// passing it on, so a round trip to the region takes that much longer, as a distant region's
// does. bench/data/run.ts starts it as its own process, so its CPU is not the client's.
//   node bench/data/latency.mjs <port>:<delay ms> ...   prints the proxies' ports, as JSON, on one line
import { connect, createServer } from 'node:net'
import { setTimeout } from 'node:timers'

const proxies = process.argv.slice(2).map(arg => {
  const [port, delay] = arg.split(':').map(Number)
  const server = createServer(client => {
    const upstream = connect(port, '127.0.0.1')
    client.setNoDelay(true)
    upstream.setNoDelay(true)
    // Timers of one delay fire in the order they were set, so the chunks keep theirs.
    client.on('data', chunk => setTimeout(() => upstream.write(chunk), delay))
    upstream.on('data', chunk => client.write(chunk))
    const end = () => {
      client.destroy()
      upstream.destroy()
    }
    for (const socket of [client, upstream]) {
      socket.on('error', end)
      socket.on('close', end)
    }
  })
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server.address().port)))
})
process.stdout.write(`${JSON.stringify(await Promise.all(proxies))}\n`)
