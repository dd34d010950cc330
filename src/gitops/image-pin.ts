import { isMap, isScalar, isSeq } from 'yaml'
import type { YAMLMap, YAMLSeq } from 'yaml'
import {
  insertAfter,
  lineOf,
  mapAt,
  onlyFieldChanged,
  parseFile,
  replaceScalar,
  scalarIn,
  scalarText
} from './yaml-edit.js'
import type { ParsedFile } from './yaml-edit.js'

/** What a release pins: an image tag or a digest. */
export type Pin = { tag: string; digest?: undefined } | { digest: string; tag?: undefined }

/** The outcome of pinning one file to a release. */
export type PinResult =
  | {
      kind: 'edit'
      field: string
      before: string | null
      after: string
      text: string
      line: number
    }
  | { kind: 'current'; current: string }
  | { kind: 'problem'; rule: string; message: string; line: number; current: string | null }

function problem(
  rule: string,
  message: string,
  line = 1,
  current: string | null = null
): PinResult {
  return { kind: 'problem', rule, message, line, current }
}

function startLine(file: ParsedFile, node: { range?: unknown } | undefined): number {
  const range = node?.range as [number, number, number] | undefined
  return range ? lineOf(file, range[0]) : 1
}

/** Where a field lives: its mapping node, that mapping's path in the document's value, and the field's display name. */
interface FieldTarget {
  map: YAMLMap
  path: readonly (string | number)[]
  key: string
  field: string
}

/**
 * Sets the field to `value`: a no-op when it already holds it, a splice of the
 * scalar when present, or a new line after the first present key of `after`
 * when absent. Every edit is re-parsed and must change nothing but the field;
 * otherwise the file is refused with a finding, never damaged.
 */
function setField(
  file: ParsedFile,
  target: FieldTarget,
  value: string,
  after: readonly string[]
): PinResult {
  const { map, key, field } = target
  const node = scalarIn(map, key)
  const before = scalarText(node)
  if (before === value) return { kind: 'current', current: value }
  if (!node && map.has(key)) {
    return problem(
      'unsupported-value',
      `${field} holds a list or mapping; it must be a plain value.`,
      startLine(file, map),
      before
    )
  }
  const anchor = after.find(k => map.has(k))
  const edited = node
    ? replaceScalar(file, node, value)
    : anchor === undefined
      ? undefined
      : insertAfter(file, map, anchor, key, value)
  if (!edited || !onlyFieldChanged(file, edited.text, [...target.path, key], value)) {
    const how = node ? `set ${field} to ${value}` : `add "${key}: ${value}" to the entry`
    return problem(
      'unsupported-layout',
      `${field} is written in a form multiregion does not edit automatically (a block or multi-line scalar, an inline {...} mapping, an explicit ? key or an alias); ${how} by hand, or write it as a plain "${key}: <value>" line.`,
      startLine(file, node ?? map),
      before
    )
  }
  return { kind: 'edit', field, before, after: value, ...edited }
}

function parsed(text: string, what: string): ParsedFile | PinResult {
  const file = parseFile(text)
  if ('error' in file)
    return problem(
      'invalid-yaml',
      `${what} is not valid YAML (${file.error}); fix it in the environments repository.`
    )
  return file
}

/** Where one image's tag and digest live, in either layout. */
interface PinTarget {
  map: YAMLMap
  path: readonly (string | number)[]
  /** The field name prefix shown to people: `image` or `images[name=...]`. */
  field: string
  tagKey: string
  /** Keys after which a missing tag line is added, in order of preference. */
  tagAfter: readonly string[]
  /** How to stop pinning by digest, with DIGEST standing for the pinned digest. */
  clearDigest: string
}

/**
 * Pins a tag (refused where a digest is pinned, since the tag would change
 * nothing) or a digest (added after the tag when absent).
 */
function pinTagOrDigest(file: ParsedFile, pin: Pin, target: PinTarget): PinResult {
  const { map, path, field, tagKey } = target
  const digest = scalarText(scalarIn(map, 'digest'))
  if (pin.tag !== undefined) {
    if (digest !== null) {
      return problem(
        'pinned-by-digest',
        `${target.clearDigest.replace('DIGEST', digest)}, or release by digest (--release sha256:...): a tag release would not change what runs.`,
        startLine(file, map.get('digest', true) as { range?: unknown }),
        digest
      )
    }
    return setField(
      file,
      { map, path, key: tagKey, field: `${field}.${tagKey}` },
      pin.tag,
      target.tagAfter
    )
  }
  const result = setField(
    file,
    { map, path, key: 'digest', field: `${field}.digest` },
    pin.digest,
    [tagKey, ...target.tagAfter]
  )
  // A first digest replaces what the tag pinned: show that as the version before.
  const tag = scalarText(scalarIn(map, tagKey))
  return result.kind === 'edit' && result.before === null ? { ...result, before: tag } : result
}

/** Pins `image` in a kustomization.yaml: images[].newTag for a tag, images[].digest for a digest. */
export function pinKustomize(text: string, image: string, pin: Pin, path: string): PinResult {
  const file = parsed(text, path)
  if ('kind' in file) return file
  const root = mapAt(file, [])
  const images = root?.get('images', true)
  const entries = isSeq(images) ? images.items.filter(isMap) : []
  const entry = entries.find(e => [e.get('name'), e.get('newName')].includes(image))
  if (!entry) {
    const names = entries.map(e => String(e.get('name')))
    const found = names.length > 0 ? ` It lists ${names.join(', ')}.` : ''
    return problem(
      'image-not-found',
      `${path} has no images entry for ${image}, so the release cannot be pinned.${found} Add "images: [{name: ${image}, newTag: <current tag>}]".`,
      startLine(
        file,
        root?.items.find(p => isScalar(p.key) && p.key.value === 'images')?.key as
          { range?: unknown } | undefined
      )
    )
  }
  // The entry's index in the document's images list, for the post-edit check.
  const index = (images as unknown as YAMLSeq).items.indexOf(entry)
  return pinTagOrDigest(file, pin, {
    map: entry,
    path: ['images', index],
    field: `images[name=${String(entry.get('name'))}]`,
    tagKey: 'newTag',
    tagAfter: ['newName', 'name'],
    clearDigest: `${path} pins ${image} by digest DIGEST; remove the digest line`
  })
}

/** Pins the image in a Helm values file: image.tag for a tag, image.digest for a digest. */
export function pinHelm(text: string, image: string, pin: Pin, path: string): PinResult {
  const file = parsed(text, path)
  if ('kind' in file) return file
  const map = mapAt(file, ['image'])
  if (!map) {
    return problem(
      'image-not-found',
      `${path} has no "image:" mapping, so the release cannot be pinned. Add "image: {repository: ${image}, tag: <current tag>}" and use it in the chart.`
    )
  }
  const repository = scalarText(scalarIn(map, 'repository'))
  if (repository !== null && repository !== image && !image.endsWith(`/${repository}`)) {
    return problem(
      'image-mismatch',
      `${path} sets image.repository to ${repository}, but the manifest's spec.image is ${image}. Make them agree.`,
      startLine(file, map.get('repository', true) as { range?: unknown })
    )
  }
  return pinTagOrDigest(file, pin, {
    map,
    path: ['image'],
    field: 'image',
    tagKey: 'tag',
    tagAfter: ['repository'],
    clearDigest: `${path} pins the image by digest DIGEST; empty image.digest`
  })
}

/**
 * What a file pins `image` to (the digest when there is one, else the tag),
 * read the way the pin functions above write it; null when the file pins
 * nothing readable. Used to list the versions a region ran from the
 * history of its file.
 */
export function readPin(text: string, image: string, layout: 'kustomize' | 'helm'): string | null {
  const file = parseFile(text)
  if ('error' in file) return null
  if (layout === 'helm') {
    const map = mapAt(file, ['image'])
    return map ? (scalarText(scalarIn(map, 'digest')) ?? scalarText(scalarIn(map, 'tag'))) : null
  }
  const images = mapAt(file, [])?.get('images', true)
  const entry = (isSeq(images) ? images.items.filter(isMap) : []).find(e =>
    [e.get('name'), e.get('newName')].includes(image)
  )
  return entry
    ? (scalarText(scalarIn(entry, 'digest')) ?? scalarText(scalarIn(entry, 'newTag')))
    : null
}
