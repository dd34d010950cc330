import { afterEach, expect } from '@jest/globals'
import { TrainHarness } from './train-harness.js'

/**
 * After each test, stops the train harnesses it left running and checks that
 * every request and response crossed real HTTP and matched GitHub's and Argo
 * CD's own descriptions. (Kept apart from train-harness.ts, which the bench
 * imports without jest.)
 */
export function stopHarnessesAfterEach(): void {
  afterEach(async () => {
    const left = TrainHarness.running()
    await Promise.all(left.map(h => h.stop()))
    for (const { github, argocd } of left) {
      expect(github.violations).toEqual([])
      expect(argocd.violations).toEqual([])
    }
  })
}
