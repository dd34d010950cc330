import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import { createServer as createNetServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const PROMETHEUS = process.env.PROMETHEUS ?? '/usr/bin/prometheus'

/** Requests a region has served, by status code; `errorShare` of each 100-request tick fail. */
export interface RegionTraffic {
  ok: number
  errors: number
  errorShare: number
}

/** A port nothing listens on (for a Prometheus that does not answer). */
export async function freePort(): Promise<number> {
  const server = createNetServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise(resolve => server.close(resolve))
  return port
}

/**
 * A real Prometheus (Debian's `prometheus` package) scraping, every second,
 * an exporter on loopback that serves http_requests_total{region,code} for
 * the regions in `traffic`: each region serves 100 requests every 100 ms, and
 * a region absent from the map exports nothing (a silent exporter).
 */
export class PrometheusWithExporter {
  private constructor(
    readonly url: string,
    /** The exporter's regions: the test changes a region's errorShare, or deletes it to silence it. */
    readonly traffic: Map<string, RegionTraffic>,
    private readonly dir: string,
    private readonly exporter: Server,
    private readonly prometheus: ChildProcess,
    private readonly ticker: NodeJS.Timeout
  ) {}

  static async start(regions: readonly string[]): Promise<PrometheusWithExporter> {
    if (!existsSync(PROMETHEUS))
      throw new Error(
        `prometheus is not at ${PROMETHEUS}: this test runs a real one. apt-get install -y prometheus, or set PROMETHEUS.`
      )
    const traffic = new Map<string, RegionTraffic>(
      regions.map(r => [r, { ok: 0, errors: 0, errorShare: 0 }])
    )
    const dir = mkdtempSync(join(tmpdir(), 'multiregion-prometheus-'))
    const exporter = createServer((_req, res) => {
      const lines = ['# TYPE http_requests_total counter']
      for (const [region, c] of traffic)
        lines.push(
          `http_requests_total{region="${region}",code="200"} ${c.ok}`,
          `http_requests_total{region="${region}",code="500"} ${c.errors}`
        )
      res.setHeader('content-type', 'text/plain; version=0.0.4')
      res.end(`${lines.join('\n')}\n`)
    })
    await new Promise<void>(resolve => exporter.listen(0, '127.0.0.1', resolve))
    const exporterPort = (exporter.address() as AddressInfo).port
    const ticker = setInterval(() => {
      for (const c of traffic.values()) {
        c.errors += Math.round(100 * c.errorShare)
        c.ok += 100 - Math.round(100 * c.errorShare)
      }
    }, 100)
    writeFileSync(
      join(dir, 'prometheus.yml'),
      [
        'global: { scrape_interval: 1s, evaluation_interval: 1s }',
        'scrape_configs:',
        '  - job_name: exporter',
        `    static_configs: [{ targets: ["127.0.0.1:${exporterPort}"] }]`,
        ''
      ].join('\n')
    )
    const { port, prometheus } = await listening(dir)
    return new PrometheusWithExporter(
      `http://127.0.0.1:${port}`,
      traffic,
      dir,
      exporter,
      prometheus,
      ticker
    )
  }

  async stop(): Promise<void> {
    clearInterval(this.ticker)
    // Gone before its storage is removed, and before jest looks for handles left open.
    await stopped(this.prometheus)
    await new Promise(resolve => this.exporter.close(resolve))
    rmSync(this.dir, { recursive: true, force: true })
  }
}

/**
 * Starts Prometheus on a free loopback port and waits until it is ready. A
 * port found free can be taken by another process before Prometheus binds it
 * (CI runs other suites meanwhile): one that exits first is started again on
 * a new port.
 */
async function listening(dir: string): Promise<{ port: number; prometheus: ChildProcess }> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    const prometheus = spawn(
      PROMETHEUS,
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`
      ],
      { stdio: 'ignore' }
    )
    for (
      let i = 0;
      i < 600 && prometheus.exitCode === null && prometheus.signalCode === null;
      i++
    ) {
      const ready = await fetch(`http://127.0.0.1:${port}/-/ready`).then(
        r => r.ok,
        () => false
      )
      if (ready) return { port, prometheus }
      await new Promise(resolve => setTimeout(resolve, 100))
    }
    await stopped(prometheus)
    if (attempt >= 3) throw new Error(`prometheus did not become ready on 127.0.0.1:${port}`)
  }
}

/** Stops the process and resolves once it has exited. */
async function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise(resolve => child.once('exit', resolve))
  child.kill()
  await exited
}
