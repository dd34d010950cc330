import { describe, expect, it } from '@jest/globals'
import { RetryBudget } from '../../src/client/budget.js'

/*
 * The budget runs on every request of a long-lived client, so what it keeps
 * and what one decision costs must not grow with the traffic it has seen.
 * Both are measured on the object itself: the numbers it holds, and the
 * element reads and writes one call makes on them; never the wall clock.
 */

/** Every number the budget holds, counted through its own properties (arrays included). */
function heldNumbers(budget: RetryBudget): number {
  let count = 0
  for (const value of Object.values(budget) as unknown[]) {
    if (Array.isArray(value) || ArrayBuffer.isView(value))
      count += (value as ArrayLike<unknown>).length
    else if (typeof value === 'number') count++
  }
  return count
}

/**
 * Wraps the budget's arrays so that every element read or write is counted;
 * past `limit` the trap throws, so an O(n) pass fails fast instead of hanging.
 */
function countAccesses(budget: RetryBudget, limit: number): { accesses: number } {
  const counter = { accesses: 0 }
  const target = budget as unknown as Record<string, unknown>
  for (const [key, value] of Object.entries(target)) {
    if (!Array.isArray(value)) continue
    const tick = (property: string | symbol) => {
      if (typeof property === 'string' && /^\d+$/.test(property) && ++counter.accesses > limit)
        throw new Error(`more than ${limit} element accesses in one call`)
    }
    target[key] = new Proxy(value, {
      get(array, property, receiver) {
        tick(property)
        return Reflect.get(array, property, receiver) as unknown
      },
      set(array, property, v, receiver) {
        tick(property)
        return Reflect.set(array, property, v, receiver)
      }
    })
  }
  return counter
}

describe('RetryBudget', () => {
  it('holds the same few counters after 200k healthy requests, and the first retry decision costs the same', () => {
    let now = 0
    const budget = new RetryBudget(0.2, 10, () => now)
    const before = heldNumbers(budget)
    // 200k requests over 100 s, none of which needed a retry.
    for (let i = 0; i < 200_000; i++) {
      now += 0.5
      budget.deposit()
    }
    expect(heldNumbers(budget)).toBe(before)
    expect(heldNumbers(budget)).toBeLessThan(64)
    const counted = countAccesses(budget, 1000)
    now += 0.5
    expect(budget.tryWithdraw()).toBe(true)
    // A pass over the window's buckets, not over the requests seen.
    expect(counted.accesses).toBeLessThan(100)
  })

  it('allows ratio × the requests of the last 10 s plus the per-second floor, and forgets older requests', () => {
    let now = 0
    const budget = new RetryBudget(0.5, 1, () => now)
    for (let i = 0; i < 100; i++) budget.deposit()
    let granted = 0
    while (budget.tryWithdraw()) granted++
    // 50% of 100 requests, plus 1 a second over a 10 s window.
    expect(granted).toBe(60)
    // 11 s later those requests and retries have left the window: only the floor is left.
    now += 11_000
    granted = 0
    while (budget.tryWithdraw()) granted++
    expect(granted).toBe(10)
  })

  it('lets retries taken in the window count against it until they age out', () => {
    let now = 0
    const budget = new RetryBudget(0.1, 0, () => now)
    for (let i = 0; i < 100; i++) budget.deposit()
    for (let i = 0; i < 10; i++) expect(budget.tryWithdraw()).toBe(true)
    expect(budget.tryWithdraw()).toBe(false)
    now += 5_000
    for (let i = 0; i < 100; i++) budget.deposit()
    // 200 requests in the window, 10 retries already taken: 10 more.
    let granted = 0
    while (budget.tryWithdraw()) granted++
    expect(granted).toBe(10)
  })
})
