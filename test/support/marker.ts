import type { Marker } from '../../src/train/marker.js'

/** A promotion marker of checkout v1.5.0 in us-east, wave 1, with `overrides` applied. */
export function testMarker(overrides: Partial<Marker> = {}): Marker {
  return {
    v: 1,
    kind: 'promotion',
    service: 'checkout',
    region: 'us-east',
    release: 'v1.5.0',
    wave: 1,
    from: 'v1.4.2',
    to: 'v1.5.0',
    approvals: 1,
    times: { opened: 1 },
    outcome: null,
    ...overrides
  }
}
