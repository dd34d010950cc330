// Preloaded into each measured process (node --import): at exit, appends the process's own CPU time and
// peak memory to the file $MULTIREGION_BENCH_USAGE, so the bench reads figures the machine's other
// load does not inflate as much as wall time.
import { appendFileSync } from 'node:fs'

process.on('exit', () => {
  const cpu = process.cpuUsage()
  const line = JSON.stringify({
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024
  })
  appendFileSync(process.env.MULTIREGION_BENCH_USAGE, `${line}\n`)
})
