#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  clip,
  hasErrors,
  listSome,
  quote,
  sortDiagnostics
} from "./cli-chunk-FELDZ6CB.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./cli-chunk-HWCCQPND.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode2;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document2 = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document2;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document2 = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document2.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document2 = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document2.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document2.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document2.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/schema/formats.ts
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
function isDnsLabel(value) {
  return DNS_LABEL.test(value);
}
var DURATION_UNITS = {
  ms: 1e-3,
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800
};
var DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/;
function parseDuration(value) {
  if (value === "") return void 0;
  let rest = value;
  let seconds = 0;
  while (rest !== "") {
    const match = DURATION.exec(rest);
    if (!match) return void 0;
    seconds += Number(match[1]) * DURATION_UNITS[match[2]];
    rest = rest.slice(match[0].length);
  }
  return seconds;
}
var SIZE_UNITS = {
  B: 1,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12,
  KiB: 2 ** 10,
  MiB: 2 ** 20,
  GiB: 2 ** 30,
  TiB: 2 ** 40
};
var SIZE = /^(\d+(?:\.\d+)?)\s?(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/;
function parseSize(value) {
  const match = SIZE.exec(value);
  if (!match) return void 0;
  return Number(match[1]) * SIZE_UNITS[match[2]];
}
var HOSTNAME_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/i;
function isHostname(value) {
  if (value.length > 253) return false;
  const labels = value.replace(/\.$/, "").split(".");
  return labels.length > 1 && labels.every((label) => HOSTNAME_LABEL.test(label));
}
function isImageRepository(value) {
  return /^[a-z0-9]+([._-][a-z0-9]+)*(:\d+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/.test(value);
}
function isSqlIdentifier(value) {
  return /^[a-z_][a-z0-9_]{0,62}$/.test(value);
}
function isHttpUrl(value) {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}
function escapesFolder(path) {
  if (path.startsWith("/") || path.includes("\\") || /^[a-zA-Z]:/.test(path)) return true;
  return path.split("/").some((segment) => segment === "..");
}
function isRelativePath(value) {
  return value !== "" && !escapesFolder(value) && !value.includes("\0");
}
function isPathTemplate(value) {
  return isRelativePath(value) && value.replace(/\{(region|service)\}/g, "x").match(/[{}]/) === null;
}
var FORMAT_TESTS = {
  "dns-label": isDnsLabel,
  duration: (value) => parseDuration(value) !== void 0,
  size: (value) => parseSize(value) !== void 0,
  hostname: isHostname,
  "image-repository": isImageRepository,
  "relative-path": isRelativePath,
  "path-template": isPathTemplate,
  "sql-identifier": isSqlIdentifier,
  uri: isHttpUrl
};

// src/manifest/model.ts
var DEFAULTS = {
  approvals: 1,
  bake: "10m",
  timeout: "30m",
  onFailure: "rollback",
  valuesFile: "values.yaml",
  argocdApp: "{service}-{region}",
  argocdProject: "default",
  annotationPrefix: "external-dns.kubernetes.io/",
  rollbackApprovals: 0
};

// src/manifest/routing.ts
var ROUTING_DEFAULTS = {
  policy: "latency",
  ttl: 60,
  timeout: "2s",
  retries: 2,
  weight: 100,
  alias: true
};
function normalName(name) {
  return name.toLowerCase().replace(/\.$/, "");
}
function hostnameOf(routing, region) {
  return normalName(routing.hostnames?.[region] ?? routing.hostname);
}

// src/manifest/route53-locations.ts
var COUNTRIES = new Set(
  `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ
   BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
   CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
   DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
   GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
   HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP
   KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY
   MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
   NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY
   QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
   TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ
   VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`.split(/\s+/)
);
var US_SUBDIVISIONS = new Set(
  `AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV
   NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY`.split(/\s+/)
);
var DEFAULT_COUNTRY = "*";
var LATENCY_REGIONS = new Set(
  `af-south-1 ap-east-1 ap-east-2 ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-south-1
   ap-south-2 ap-southeast-1 ap-southeast-2 ap-southeast-3 ap-southeast-4 ap-southeast-5
   ap-southeast-6 ap-southeast-7 ca-central-1 ca-west-1 cn-north-1 cn-northwest-1
   eu-central-1 eu-central-2 eu-north-1 eu-south-1 eu-south-2 eu-west-1 eu-west-2 eu-west-3
   eusc-de-east-1 il-central-1 me-central-1 me-south-1 mx-central-1 sa-east-1 us-east-1
   us-east-2 us-gov-east-1 us-gov-west-1 us-west-1 us-west-2`.split(/\s+/)
);

// src/manifest/routing-rules.ts
var MAX_TIMER_MS = 2 ** 31 - 1;
var ms = (duration) => Math.round((parseDuration(duration) ?? 0) * 1e3);
function routingSpecRules(source, m) {
  const routing = m.spec.routing;
  if (!routing) return [];
  const out = [];
  const add = (rule, message, path, severity = "error", at = "value") => out.push({ rule, severity, message, file: source.file, ...source.locate(path, at) });
  const geoPath = ["spec", "routing", "geolocation"];
  const geolocation = (routing.policy ?? ROUTING_DEFAULTS.policy) === "geolocation";
  const seen = /* @__PURE__ */ new Map();
  for (const [region, geo] of Object.entries(routing.geolocation ?? {})) {
    const path = [...geoPath, region];
    if (Object.keys(geo).length === 0) {
      add(
        "dns-geolocation-empty",
        `spec.routing.geolocation.${region} names no location, so Route 53 would refuse its record. Give it a continent, a country (with a subdivision for a US state) or country '*' for the rest of the world.`,
        path
      );
      continue;
    }
    const country = geo.country;
    if (country !== void 0 && country !== DEFAULT_COUNTRY && !COUNTRIES.has(country))
      add(
        "dns-geolocation-code",
        `spec.routing.geolocation.${region}.country is "${country}", which is not an ISO 3166-1 alpha-2 code Route 53 accepts${country === "UK" ? " (the United Kingdom is GB)" : ""}. Use a code of the Route 53 GeoLocation type, or '*' for the default record.`,
        [...path, "country"]
      );
    if (geo.subdivision !== void 0 && country !== void 0) {
      if (country !== "US")
        add(
          "dns-geolocation-code",
          `spec.routing.geolocation.${region}.subdivision is set for country ${country}, but Route 53 takes subdivisions only for US states. Remove the subdivision, or route the whole country.`,
          [...path, "subdivision"]
        );
      else if (!US_SUBDIVISIONS.has(geo.subdivision))
        add(
          "dns-geolocation-code",
          `spec.routing.geolocation.${region}.subdivision is "${geo.subdivision}", which is not a US state Route 53 knows (two letters, such as CA or NY; territories such as PR have country codes of their own).`,
          [...path, "subdivision"]
        );
    }
    if (!geolocation) continue;
    const name = hostnameOf(routing, region);
    const location = geo.continent ?? `${country}${geo.subdivision ? `-${geo.subdivision}` : ""}`;
    const first = seen.get(`${name} ${location}`);
    if (first !== void 0)
      add(
        "dns-geolocation-duplicate",
        `${region} and ${first} both answer for ${location} on ${name}; Route 53 takes one geolocation record per location and name. Give each region a location of its own.`,
        path
      );
    else seen.set(`${name} ${location}`, region);
  }
  if (geolocation) {
    const names = /* @__PURE__ */ new Map();
    for (const region of m.spec.regions) {
      const name = hostnameOf(routing, region);
      names.set(name, [...names.get(name) ?? [], region]);
    }
    for (const [name, regions] of names) {
      if (regions.some((r) => routing.geolocation?.[r]?.country === DEFAULT_COUNTRY)) continue;
      const whom = names.size > 1 ? ` of ${name} (${regions.join(", ")})` : "";
      add(
        "dns-geolocation-default",
        `No region${whom} answers for locations outside spec.routing.geolocation, so Route 53 returns no answer (NODATA) to those clients. Give one region${whom} country '*'.`,
        routing.geolocation ? geoPath : ["spec", "routing", "policy"],
        "warning",
        routing.geolocation ? "key" : "value"
      );
    }
  }
  const timeout = ms(routing.timeout ?? ROUTING_DEFAULTS.timeout);
  const retries = routing.retries ?? ROUTING_DEFAULTS.retries;
  const deadline = routing.deadline === void 0 ? timeout * (retries + 1) : ms(routing.deadline);
  const durationPath = (field) => ["spec", "routing", field];
  if (timeout <= 0)
    add(
      "routing-duration",
      "spec.routing.timeout is zero, so every attempt would time out before it is sent. Give attempts time, such as 2s.",
      durationPath("timeout")
    );
  else if (routing.deadline !== void 0 && timeout > deadline)
    add(
      "routing-duration",
      `spec.routing.timeout (${routing.timeout ?? ROUTING_DEFAULTS.timeout}) is longer than spec.routing.deadline (${routing.deadline}), which ends every request first. Make the attempt timeout at most the deadline.`,
      durationPath("timeout")
    );
  for (const [field, value] of [
    ["timeout", timeout],
    ["deadline", deadline],
    ["hedge", routing.hedge === void 0 ? 0 : ms(routing.hedge)]
  ])
    if (value > MAX_TIMER_MS)
      add(
        "routing-duration",
        `spec.routing.${field} is ${value} ms; Node's timers hold at most 2^31 - 1 ms (about 24.8 days) and fire at once beyond it, so every request would fail. Use a shorter duration.`,
        durationPath(field === "deadline" && routing.deadline === void 0 ? "timeout" : field)
      );
  if (routing.hedge !== void 0 && ms(routing.hedge) <= 0)
    add(
      "routing-duration",
      `spec.routing.hedge is ${routing.hedge}, so every idempotent request goes to two regions at once and doubles the load on the service. Set the hedge to a latency most requests beat (such as their p95), or remove it.`,
      durationPath("hedge")
    );
  else if (routing.hedge !== void 0 && ms(routing.hedge) >= deadline)
    add(
      "routing-duration",
      `spec.routing.hedge (${routing.hedge}) is not shorter than the deadline (${deadline} ms), so no hedge would ever be sent. Make it shorter, or remove it.`,
      durationPath("hedge")
    );
  routing.shift?.forEach((step, i) => {
    const before = routing.shift[i - 1];
    if (before !== void 0 && step <= before)
      add(
        "routing-shift-order",
        `spec.routing.shift step ${i + 1} (${step}%) does not rise above step ${i} (${before}%); a joining region's weight must only grow towards its target. List the steps in rising order.`,
        ["spec", "routing", "shift", i]
      );
  });
  return out;
}

// src/manifest/suggest.ts
function distance(a, b) {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(
        above + 1,
        previous[j - 1] + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
      diagonal = above;
    }
  }
  return previous[b.length];
}
function closest(value, candidates) {
  let best;
  let bestDistance = Infinity;
  const lower = value.toLowerCase();
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.max(2, Math.floor(value.length / 3));
  return bestDistance <= allowed ? best : void 0;
}
function didYouMean(value, candidates) {
  const match = closest(value, candidates);
  return match === void 0 ? "" : ` Did you mean "${match}"?`;
}
function suggester(candidates, comparisons = 1e5) {
  const all = [...candidates];
  let left = comparisons;
  return (value) => {
    left -= all.length;
    return left >= 0 ? didYouMean(value, all) : "";
  };
}

// src/schema/validators.ts
var func2Module = __toESM(require_ucs2length(), 1);
var func0Module = __toESM(require_equal(), 1);
var validateService = validate10;
var schema11 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://multiregion.dev/schema/multiregion.schema.json",
  title: "ServiceManifest",
  description: "A service's multiregion.yaml: which regions it runs in, how releases travel between them, how traffic is routed and where its data lives.",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "kind", "metadata", "spec"],
  properties: {
    apiVersion: { description: "Version of this file's format.", const: "multiregion.dev/v1" },
    kind: { description: "Always Service for a service manifest.", const: "Service" },
    metadata: {
      title: "ServiceMetadata",
      description: "Who the service is and who owns it.",
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: {
          description: "The service's name: a DNS-1123 label (lower-case letters, digits and '-', at most 63 characters). It names the service's folder in the environments repository.",
          type: "string",
          format: "dns-label"
        },
        team: {
          description: "The team that owns the service; shown in plans and pull requests.",
          type: "string",
          minLength: 1
        },
        labels: {
          description: "Free-form labels copied onto the promotion pull requests.",
          type: "object",
          additionalProperties: { type: "string" }
        }
      }
    },
    spec: {
      title: "ServiceSpec",
      description: "What the service runs, where, and how releases, traffic and data move between regions.",
      type: "object",
      additionalProperties: false,
      required: ["image", "regions"],
      properties: {
        image: {
          description: "The container image repository, without a tag or digest (for example ghcr.io/acme/checkout). The release names the tag or digest.",
          type: "string",
          format: "image-repository"
        },
        regions: {
          description: "The platform regions the service runs in. Each must be defined in platform.yaml.",
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: { type: "string", format: "dns-label" }
        },
        train: { $ref: "#/definitions/Train" },
        routing: { $ref: "#/definitions/Routing" },
        data: { $ref: "#/definitions/Data" },
        capacity: { $ref: "#/definitions/Capacity" }
      }
    }
  },
  definitions: {
    Capacity: {
      title: "CapacitySpec",
      description: "How much of the service each region runs: a fixed replica count or autoscaling bounds, the requests of each pod, a disruption budget, and the traffic figures the failover headroom check reads. `plan` writes it into each region's folder as a HorizontalPodAutoscaler, a PodDisruptionBudget and a Deployment patch; docs/capacity.md has an example and the failover model.",
      type: "object",
      additionalProperties: false,
      properties: {
        replicas: { $ref: "#/definitions/CapacityReplicas" },
        autoscaling: { $ref: "#/definitions/CapacityAutoscaling" },
        requests: { $ref: "#/definitions/CapacityRequests" },
        disruptionBudget: { $ref: "#/definitions/CapacityDisruptionBudget" },
        perPodRps: { $ref: "#/definitions/CapacityPerPodRps" },
        rps: { $ref: "#/definitions/CapacityRps" },
        deployment: {
          description: "The Deployment the capacity applies to. Default: the service's name.",
          type: "string",
          format: "dns-label"
        },
        container: {
          description: "The container of that Deployment whose requests are set. Default: the service's name.",
          type: "string",
          format: "dns-label"
        },
        selector: {
          description: "Labels of the service's pods, which the PodDisruptionBudget selects. Default app.kubernetes.io/name: <service>.",
          type: "object",
          minProperties: 1,
          additionalProperties: { type: "string" }
        },
        regions: {
          description: "Per-region overrides of replicas, autoscaling, requests, disruptionBudget, perPodRps and rps.",
          type: "object",
          propertyNames: { format: "dns-label" },
          additionalProperties: {
            title: "CapacityOverride",
            type: "object",
            additionalProperties: false,
            properties: {
              replicas: { $ref: "#/definitions/CapacityReplicas" },
              autoscaling: { $ref: "#/definitions/CapacityAutoscaling" },
              requests: { $ref: "#/definitions/CapacityRequests" },
              disruptionBudget: { $ref: "#/definitions/CapacityDisruptionBudget" },
              perPodRps: { $ref: "#/definitions/CapacityPerPodRps" },
              rps: { $ref: "#/definitions/CapacityRps" }
            }
          }
        }
      }
    },
    CapacityReplicas: {
      description: "A fixed number of pods (no autoscaler). Set replicas or autoscaling, not both.",
      type: "integer",
      minimum: 1,
      maximum: 1e4
    },
    CapacityAutoscaling: {
      title: "CapacityAutoscaling",
      description: "HorizontalPodAutoscaler bounds (autoscaling/v2), scaling on CPU utilisation.",
      type: "object",
      additionalProperties: false,
      required: ["min", "max"],
      properties: {
        min: { description: "minReplicas.", type: "integer", minimum: 1, maximum: 1e4 },
        max: {
          description: "maxReplicas; at least min.",
          type: "integer",
          minimum: 1,
          maximum: 1e4
        },
        cpuUtilization: {
          description: "Target average CPU utilisation, in percent of the requests. Default 70.",
          type: "integer",
          minimum: 1,
          maximum: 100
        }
      }
    },
    CapacityRequests: {
      title: "CapacityRequests",
      description: "Resource requests of one pod, as Kubernetes quantities.",
      type: "object",
      additionalProperties: false,
      required: ["cpu", "memory"],
      properties: {
        cpu: {
          description: "CPU, such as 250m or 2.",
          type: "string",
          pattern: "^([0-9]+m|[0-9]+(\\.[0-9]+)?)$"
        },
        memory: {
          description: "Memory, such as 512Mi or 2Gi.",
          type: "string",
          pattern: "^[0-9]+(Ki|Mi|Gi|Ti|k|M|G|T)?$"
        }
      }
    },
    CapacityDisruptionBudget: {
      title: "CapacityDisruptionBudget",
      description: 'A PodDisruptionBudget (policy/v1): minAvailable or maxUnavailable, as a count or a percentage ("50%").',
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
      properties: {
        minAvailable: {
          description: "Pods that must stay up during a voluntary disruption (a node drain), as a count or a percentage.",
          oneOf: [
            { type: "integer", minimum: 0 },
            { type: "string", pattern: "^[0-9]{1,3}%$" }
          ]
        },
        maxUnavailable: {
          description: "Pods a voluntary disruption may take down at once, as a count or a percentage.",
          oneOf: [
            { type: "integer", minimum: 1 },
            { type: "string", pattern: "^[0-9]{1,3}%$" }
          ]
        }
      }
    },
    CapacityPerPodRps: {
      description: "Requests per second one pod serves at its target utilisation; with rps, it turns replicas into traffic for the failover headroom check.",
      type: "number",
      exclusiveMinimum: 0
    },
    CapacityRps: {
      description: "The region's expected peak traffic in requests per second, before any failover.",
      type: "number",
      minimum: 0
    },
    Train: {
      title: "TrainSpec",
      description: "How a release travels from region to region.",
      type: "object",
      additionalProperties: false,
      properties: {
        waves: {
          description: "Regions promoted together, in order. Each region of spec.regions appears exactly once. Default: one region a wave, in the order of spec.regions.",
          type: "array",
          minItems: 1,
          items: { type: "array", minItems: 1, items: { type: "string", format: "dns-label" } }
        },
        approvals: {
          description: "Approvals each promotion pull request needs before it merges. The platform may require more for a region. Default 1.",
          type: "integer",
          minimum: 0,
          maximum: 10
        },
        bake: {
          description: "How long a wave must stay healthy before the next wave opens, as a duration (30s, 10m, 1h). Default 10m.",
          type: "string",
          format: "duration"
        },
        timeout: {
          description: "How long Argo CD may take to sync and report healthy after a merge before the wave fails. Default 30m.",
          type: "string",
          format: "duration"
        },
        onFailure: {
          description: "What a failed wave does: rollback (revert every region this train promoted) or halt (stop and leave the regions as they are). Default rollback.",
          enum: ["rollback", "halt"]
        },
        checks: {
          description: "Metric checks that decide each region's bake: when the bake ends the train runs each PromQL query against the region's Prometheus (platform regions.<name>.prometheus.url). A value above max or below min fails the region, which rolls back as an unhealthy app does; a query with no data, or a Prometheus that does not answer, halts the train: it never passes. docs/bakes.md has an example.",
          type: "array",
          items: {
            title: "MetricCheckSpec",
            type: "object",
            additionalProperties: false,
            required: ["name", "query"],
            properties: {
              name: {
                description: "The check's name, as the status, the job summary and the PR's marker show it.",
                type: "string",
                format: "dns-label"
              },
              query: {
                description: `An instant PromQL query; {region} is replaced by the region's name, as in the label matcher region="{region}". Several series: the worst value counts.`,
                type: "string",
                minLength: 1
              },
              max: { description: "The value passes when at most this.", type: "number" },
              min: { description: "The value passes when at least this.", type: "number" }
            }
          }
        }
      }
    },
    Routing: {
      title: "RoutingSpec",
      description: "How clients reach the service: DNS records per region and the client library's defaults.",
      type: "object",
      additionalProperties: false,
      required: ["hostname"],
      properties: {
        hostname: {
          description: "The name clients use, inside each region's DNS zone.",
          type: "string",
          format: "hostname"
        },
        hostnames: {
          description: "Per-region hostname in place of hostname, for a region whose DNS zone is separate (such as an ICP-licensed zone in China). Regions with the same hostname share one record set; the client library fails over only within it.",
          type: "object",
          propertyNames: { format: "dns-label" },
          additionalProperties: { type: "string", format: "hostname" }
        },
        policy: {
          description: "The DNS routing policy. Default latency.",
          enum: ["latency", "failover", "weighted", "geolocation"]
        },
        ttl: {
          description: "DNS record TTL in seconds. Default 60.",
          type: "integer",
          minimum: 1,
          maximum: 86400
        },
        timeout: {
          description: "Per-attempt request timeout for the client library, as a duration. Default 2s.",
          type: "string",
          format: "duration"
        },
        retries: {
          description: "Retries of an idempotent request after the first attempt. Default 2.",
          type: "integer",
          minimum: 0,
          maximum: 10
        },
        deadline: {
          description: "Total time the client library gives one request, every attempt and hedge included, as a duration. Default timeout \xD7 (retries + 1).",
          type: "string",
          format: "duration"
        },
        hedge: {
          description: "Delay after which the client library also sends an idempotent request to the next region and takes the first answer, as a duration. Default: no hedging.",
          type: "string",
          format: "duration"
        },
        failover: {
          description: "Regions in failover order. Policy failover: the first is PRIMARY, and more than two are nested through a DNSEndpoint carried by the first. Every policy: the client library's order after the caller's own region.",
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: { type: "string", format: "dns-label" }
        },
        weights: {
          description: "Per-region weight, 0 to 255 (policy weighted). A region not listed weighs 100.",
          type: "object",
          propertyNames: { format: "dns-label" },
          additionalProperties: { type: "integer", minimum: 0, maximum: 255 }
        },
        shift: {
          description: "Policy weighted: the percentages of its weight a region gets when it joins the record set for the first time, one step per wave of the train (for example [10, 50, 100]). Steps must rise and the last should be 100.",
          type: "array",
          minItems: 1,
          items: { type: "integer", minimum: 1, maximum: 100 }
        },
        geolocation: {
          description: "Per-region location the region answers for (policy geolocation).",
          type: "object",
          propertyNames: { format: "dns-label" },
          additionalProperties: {
            title: "GeoLocation",
            type: "object",
            additionalProperties: false,
            properties: {
              continent: {
                description: "Continent code (AF, AN, AS, EU, NA, OC, SA).",
                enum: ["AF", "AN", "AS", "EU", "NA", "OC", "SA"]
              },
              country: {
                description: "ISO 3166-1 alpha-2 country code, or * for the default record.",
                type: "string",
                pattern: "^([A-Z]{2}|\\*)$"
              },
              subdivision: {
                description: "Subdivision code within the country (for example CA for California).",
                type: "string",
                pattern: "^[A-Z0-9]{1,3}$"
              }
            }
          }
        },
        alias: {
          description: "Publish ALIAS records to each region's load balancer, whose health Route 53 then evaluates (aws-evaluate-target-health). false publishes plain records, which need healthCheck.id for failover. Default true.",
          type: "boolean"
        },
        healthCheck: {
          title: "HealthCheck",
          description: "The HTTP check that decides whether a region answers for the hostname.",
          type: "object",
          additionalProperties: false,
          properties: {
            path: { description: "Request path, starting with /.", type: "string", pattern: "^/" },
            port: {
              description: "TCP port. Default 443.",
              type: "integer",
              minimum: 1,
              maximum: 65535
            },
            id: {
              description: "Per-region Route 53 health check ids, when the platform team created them.",
              type: "object",
              propertyNames: { format: "dns-label" },
              additionalProperties: { type: "string", minLength: 1 }
            }
          }
        }
      }
    },
    Data: {
      title: "DataSpec",
      description: "The service's tables: where each table's source of truth lives, who may read which column, and where rows may be stored.",
      type: "object",
      additionalProperties: false,
      required: ["engine"],
      properties: {
        engine: {
          description: "The database engine the migrations are compiled for.",
          enum: ["postgres", "cockroachdb", "spanner", "cassandra"]
        },
        migrations: {
          description: "Folder of hand-written SQL migrations, relative to the manifest, applied in name order.",
          type: "string",
          format: "relative-path"
        },
        subjectRequests: {
          description: "Who may run data subject requests (export and erasure) through multiregion/data. Without it no role may.",
          type: "object",
          additionalProperties: false,
          required: ["roles"],
          properties: {
            roles: {
              description: "Database roles that may export and erase a subject's rows. The migrations grant them what erasure needs (DELETE, or UPDATE of the personal columns for erase: nullify) on every table with a subject, and the subject request table; an export returns only the columns the role may read.",
              type: "array",
              minItems: 1,
              uniqueItems: true,
              items: { type: "string", format: "sql-identifier" }
            }
          }
        },
        tables: {
          description: "Tables by name.",
          type: "object",
          propertyNames: { format: "sql-identifier" },
          additionalProperties: { $ref: "#/definitions/Table" }
        }
      }
    },
    Table: {
      title: "TableSpec",
      type: "object",
      additionalProperties: false,
      required: ["home"],
      properties: {
        home: {
          description: "The region that holds the table's source of truth. One of spec.regions.",
          type: "string",
          format: "dns-label"
        },
        locality: {
          description: "regional: rows live in the home region only; global: rows are replicated to every region; by-row: each row lives in the region named by its region column. Default regional.",
          enum: ["regional", "global", "by-row"]
        },
        residency: {
          description: "Jurisdictions (platform region jurisdictions, such as EU or US) the table's rows may be stored in.",
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: { type: "string", pattern: "^[A-Z]{2,3}$" }
        },
        transfers: {
          description: "Jurisdictions outside residency whose regions may read the rows remotely: each is a declared transfer (EDPB Guidelines 05/2021 count remote access as one; PIPL article 38). multiregion/data refuses a read of the rows from any other jurisdiction.",
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: { type: "string", pattern: "^[A-Z]{2,3}$" }
        },
        writers: {
          description: "Database roles that may insert, update and delete rows. The migrations grant them INSERT, UPDATE and DELETE, and SELECT on the unclassified columns (PostgreSQL requires SELECT on every column a WHERE reads); multiregion/data runs each write as the caller's role, so the grants check it.",
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: { type: "string", format: "sql-identifier" }
        },
        retention: {
          description: "How long rows are kept, as a duration (for example 730d).",
          type: "string",
          format: "duration"
        },
        subject: {
          description: "The column that names the person a row is about (the data subject), for data subject export and erasure through multiregion/data (GDPR articles 15 and 17, PIPL articles 45 and 47).",
          type: "object",
          additionalProperties: false,
          required: ["column"],
          properties: {
            column: {
              description: "The column holding the subject's identifier, one of the table's columns.",
              type: "string",
              format: "sql-identifier"
            },
            erase: {
              description: "delete: erasure deletes the subject's rows; nullify: erasure keeps the rows and sets their personal (user.*) columns to NULL, for records the law says to keep (invoices, for example). Default delete.",
              enum: ["delete", "nullify"]
            }
          }
        },
        expectedSize: {
          description: "Expected table size (for example 20GiB); used to warn about replicating large tables.",
          type: "string",
          format: "size"
        },
        columns: {
          description: "Columns by name.",
          type: "object",
          propertyNames: { format: "sql-identifier" },
          additionalProperties: { $ref: "#/definitions/Column" }
        }
      }
    },
    Column: {
      title: "ColumnSpec",
      type: "object",
      additionalProperties: false,
      required: ["type"],
      properties: {
        type: {
          description: "SQL type, such as uuid, text, bigint or timestamptz.",
          type: "string",
          minLength: 1
        },
        primaryKey: { description: "Part of the primary key.", type: "boolean" },
        nullable: {
          description: "Whether the column may be NULL. Default true unless it is part of the primary key.",
          type: "boolean"
        },
        category: {
          description: "Data category from the Fides taxonomy, such as user.contact.email. Classified columns are checked against placement and readers.",
          type: "string",
          pattern: "^[a-z_]+(\\.[a-z_]+)*$"
        },
        readers: {
          description: "Database roles allowed to read a classified column.",
          type: "array",
          uniqueItems: true,
          items: { type: "string", format: "sql-identifier" }
        }
      }
    }
  }
};
var schema12 = {
  title: "TrainSpec",
  description: "How a release travels from region to region.",
  type: "object",
  additionalProperties: false,
  properties: {
    waves: {
      description: "Regions promoted together, in order. Each region of spec.regions appears exactly once. Default: one region a wave, in the order of spec.regions.",
      type: "array",
      minItems: 1,
      items: { type: "array", minItems: 1, items: { type: "string", format: "dns-label" } }
    },
    approvals: {
      description: "Approvals each promotion pull request needs before it merges. The platform may require more for a region. Default 1.",
      type: "integer",
      minimum: 0,
      maximum: 10
    },
    bake: {
      description: "How long a wave must stay healthy before the next wave opens, as a duration (30s, 10m, 1h). Default 10m.",
      type: "string",
      format: "duration"
    },
    timeout: {
      description: "How long Argo CD may take to sync and report healthy after a merge before the wave fails. Default 30m.",
      type: "string",
      format: "duration"
    },
    onFailure: {
      description: "What a failed wave does: rollback (revert every region this train promoted) or halt (stop and leave the regions as they are). Default rollback.",
      enum: ["rollback", "halt"]
    },
    checks: {
      description: "Metric checks that decide each region's bake: when the bake ends the train runs each PromQL query against the region's Prometheus (platform regions.<name>.prometheus.url). A value above max or below min fails the region, which rolls back as an unhealthy app does; a query with no data, or a Prometheus that does not answer, halts the train: it never passes. docs/bakes.md has an example.",
      type: "array",
      items: {
        title: "MetricCheckSpec",
        type: "object",
        additionalProperties: false,
        required: ["name", "query"],
        properties: {
          name: {
            description: "The check's name, as the status, the job summary and the PR's marker show it.",
            type: "string",
            format: "dns-label"
          },
          query: {
            description: `An instant PromQL query; {region} is replaced by the region's name, as in the label matcher region="{region}". Several series: the worst value counts.`,
            type: "string",
            minLength: 1
          },
          max: { description: "The value passes when at most this.", type: "number" },
          min: { description: "The value passes when at least this.", type: "number" }
        }
      }
    }
  }
};
var schema13 = {
  title: "RoutingSpec",
  description: "How clients reach the service: DNS records per region and the client library's defaults.",
  type: "object",
  additionalProperties: false,
  required: ["hostname"],
  properties: {
    hostname: {
      description: "The name clients use, inside each region's DNS zone.",
      type: "string",
      format: "hostname"
    },
    hostnames: {
      description: "Per-region hostname in place of hostname, for a region whose DNS zone is separate (such as an ICP-licensed zone in China). Regions with the same hostname share one record set; the client library fails over only within it.",
      type: "object",
      propertyNames: { format: "dns-label" },
      additionalProperties: { type: "string", format: "hostname" }
    },
    policy: {
      description: "The DNS routing policy. Default latency.",
      enum: ["latency", "failover", "weighted", "geolocation"]
    },
    ttl: {
      description: "DNS record TTL in seconds. Default 60.",
      type: "integer",
      minimum: 1,
      maximum: 86400
    },
    timeout: {
      description: "Per-attempt request timeout for the client library, as a duration. Default 2s.",
      type: "string",
      format: "duration"
    },
    retries: {
      description: "Retries of an idempotent request after the first attempt. Default 2.",
      type: "integer",
      minimum: 0,
      maximum: 10
    },
    deadline: {
      description: "Total time the client library gives one request, every attempt and hedge included, as a duration. Default timeout \xD7 (retries + 1).",
      type: "string",
      format: "duration"
    },
    hedge: {
      description: "Delay after which the client library also sends an idempotent request to the next region and takes the first answer, as a duration. Default: no hedging.",
      type: "string",
      format: "duration"
    },
    failover: {
      description: "Regions in failover order. Policy failover: the first is PRIMARY, and more than two are nested through a DNSEndpoint carried by the first. Every policy: the client library's order after the caller's own region.",
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { type: "string", format: "dns-label" }
    },
    weights: {
      description: "Per-region weight, 0 to 255 (policy weighted). A region not listed weighs 100.",
      type: "object",
      propertyNames: { format: "dns-label" },
      additionalProperties: { type: "integer", minimum: 0, maximum: 255 }
    },
    shift: {
      description: "Policy weighted: the percentages of its weight a region gets when it joins the record set for the first time, one step per wave of the train (for example [10, 50, 100]). Steps must rise and the last should be 100.",
      type: "array",
      minItems: 1,
      items: { type: "integer", minimum: 1, maximum: 100 }
    },
    geolocation: {
      description: "Per-region location the region answers for (policy geolocation).",
      type: "object",
      propertyNames: { format: "dns-label" },
      additionalProperties: {
        title: "GeoLocation",
        type: "object",
        additionalProperties: false,
        properties: {
          continent: {
            description: "Continent code (AF, AN, AS, EU, NA, OC, SA).",
            enum: ["AF", "AN", "AS", "EU", "NA", "OC", "SA"]
          },
          country: {
            description: "ISO 3166-1 alpha-2 country code, or * for the default record.",
            type: "string",
            pattern: "^([A-Z]{2}|\\*)$"
          },
          subdivision: {
            description: "Subdivision code within the country (for example CA for California).",
            type: "string",
            pattern: "^[A-Z0-9]{1,3}$"
          }
        }
      }
    },
    alias: {
      description: "Publish ALIAS records to each region's load balancer, whose health Route 53 then evaluates (aws-evaluate-target-health). false publishes plain records, which need healthCheck.id for failover. Default true.",
      type: "boolean"
    },
    healthCheck: {
      title: "HealthCheck",
      description: "The HTTP check that decides whether a region answers for the hostname.",
      type: "object",
      additionalProperties: false,
      properties: {
        path: { description: "Request path, starting with /.", type: "string", pattern: "^/" },
        port: {
          description: "TCP port. Default 443.",
          type: "integer",
          minimum: 1,
          maximum: 65535
        },
        id: {
          description: "Per-region Route 53 health check ids, when the platform team created them.",
          type: "object",
          propertyNames: { format: "dns-label" },
          additionalProperties: { type: "string", minLength: 1 }
        }
      }
    }
  }
};
var formats0 = FORMAT_TESTS["dns-label"];
var formats2 = FORMAT_TESTS["image-repository"];
var formats8 = FORMAT_TESTS.duration;
var formats14 = FORMAT_TESTS.hostname;
var func2 = typeof func2Module.default === "function" ? func2Module.default : func2Module.default.default;
var func4 = Object.prototype.hasOwnProperty;
var pattern0 = new RegExp("^([A-Z]{2}|\\*)$", "u");
var pattern1 = new RegExp("^[A-Z0-9]{1,3}$", "u");
var pattern2 = new RegExp("^/", "u");
var schema14 = {
  title: "DataSpec",
  description: "The service's tables: where each table's source of truth lives, who may read which column, and where rows may be stored.",
  type: "object",
  additionalProperties: false,
  required: ["engine"],
  properties: {
    engine: {
      description: "The database engine the migrations are compiled for.",
      enum: ["postgres", "cockroachdb", "spanner", "cassandra"]
    },
    migrations: {
      description: "Folder of hand-written SQL migrations, relative to the manifest, applied in name order.",
      type: "string",
      format: "relative-path"
    },
    subjectRequests: {
      description: "Who may run data subject requests (export and erasure) through multiregion/data. Without it no role may.",
      type: "object",
      additionalProperties: false,
      required: ["roles"],
      properties: {
        roles: {
          description: "Database roles that may export and erase a subject's rows. The migrations grant them what erasure needs (DELETE, or UPDATE of the personal columns for erase: nullify) on every table with a subject, and the subject request table; an export returns only the columns the role may read.",
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: { type: "string", format: "sql-identifier" }
        }
      }
    },
    tables: {
      description: "Tables by name.",
      type: "object",
      propertyNames: { format: "sql-identifier" },
      additionalProperties: { $ref: "#/definitions/Table" }
    }
  }
};
var formats34 = FORMAT_TESTS["relative-path"];
var formats36 = FORMAT_TESTS["sql-identifier"];
var schema15 = {
  title: "TableSpec",
  type: "object",
  additionalProperties: false,
  required: ["home"],
  properties: {
    home: {
      description: "The region that holds the table's source of truth. One of spec.regions.",
      type: "string",
      format: "dns-label"
    },
    locality: {
      description: "regional: rows live in the home region only; global: rows are replicated to every region; by-row: each row lives in the region named by its region column. Default regional.",
      enum: ["regional", "global", "by-row"]
    },
    residency: {
      description: "Jurisdictions (platform region jurisdictions, such as EU or US) the table's rows may be stored in.",
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { type: "string", pattern: "^[A-Z]{2,3}$" }
    },
    transfers: {
      description: "Jurisdictions outside residency whose regions may read the rows remotely: each is a declared transfer (EDPB Guidelines 05/2021 count remote access as one; PIPL article 38). multiregion/data refuses a read of the rows from any other jurisdiction.",
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { type: "string", pattern: "^[A-Z]{2,3}$" }
    },
    writers: {
      description: "Database roles that may insert, update and delete rows. The migrations grant them INSERT, UPDATE and DELETE, and SELECT on the unclassified columns (PostgreSQL requires SELECT on every column a WHERE reads); multiregion/data runs each write as the caller's role, so the grants check it.",
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { type: "string", format: "sql-identifier" }
    },
    retention: {
      description: "How long rows are kept, as a duration (for example 730d).",
      type: "string",
      format: "duration"
    },
    subject: {
      description: "The column that names the person a row is about (the data subject), for data subject export and erasure through multiregion/data (GDPR articles 15 and 17, PIPL articles 45 and 47).",
      type: "object",
      additionalProperties: false,
      required: ["column"],
      properties: {
        column: {
          description: "The column holding the subject's identifier, one of the table's columns.",
          type: "string",
          format: "sql-identifier"
        },
        erase: {
          description: "delete: erasure deletes the subject's rows; nullify: erasure keeps the rows and sets their personal (user.*) columns to NULL, for records the law says to keep (invoices, for example). Default delete.",
          enum: ["delete", "nullify"]
        }
      }
    },
    expectedSize: {
      description: "Expected table size (for example 20GiB); used to warn about replicating large tables.",
      type: "string",
      format: "size"
    },
    columns: {
      description: "Columns by name.",
      type: "object",
      propertyNames: { format: "sql-identifier" },
      additionalProperties: { $ref: "#/definitions/Column" }
    }
  }
};
var schema16 = {
  title: "ColumnSpec",
  type: "object",
  additionalProperties: false,
  required: ["type"],
  properties: {
    type: {
      description: "SQL type, such as uuid, text, bigint or timestamptz.",
      type: "string",
      minLength: 1
    },
    primaryKey: { description: "Part of the primary key.", type: "boolean" },
    nullable: {
      description: "Whether the column may be NULL. Default true unless it is part of the primary key.",
      type: "boolean"
    },
    category: {
      description: "Data category from the Fides taxonomy, such as user.contact.email. Classified columns are checked against placement and readers.",
      type: "string",
      pattern: "^[a-z_]+(\\.[a-z_]+)*$"
    },
    readers: {
      description: "Database roles allowed to read a classified column.",
      type: "array",
      uniqueItems: true,
      items: { type: "string", format: "sql-identifier" }
    }
  }
};
var formats48 = FORMAT_TESTS.size;
var pattern3 = new RegExp("^[A-Z]{2,3}$", "u");
var pattern5 = new RegExp("^[a-z_]+(\\.[a-z_]+)*$", "u");
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.home === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "home" },
        message: "must have required property 'home'",
        schema: schema15.required,
        parentSchema: schema15,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func4.call(schema15.properties, key0)) {
        const err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema15,
          data
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.home !== void 0) {
      let data0 = data.home;
      if (typeof data0 === "string") {
        if (!formats0(data0)) {
          const err2 = {
            instancePath: instancePath + "/home",
            schemaPath: "#/properties/home/format",
            keyword: "format",
            params: { format: "dns-label" },
            message: 'must match format "dns-label"',
            schema: "dns-label",
            parentSchema: schema15.properties.home,
            data: data0
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + "/home",
          schemaPath: "#/properties/home/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema15.properties.home.type,
          parentSchema: schema15.properties.home,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.locality !== void 0) {
      let data1 = data.locality;
      if (!(data1 === "regional" || data1 === "global" || data1 === "by-row")) {
        const err4 = {
          instancePath: instancePath + "/locality",
          schemaPath: "#/properties/locality/enum",
          keyword: "enum",
          params: { allowedValues: schema15.properties.locality.enum },
          message: "must be equal to one of the allowed values",
          schema: schema15.properties.locality.enum,
          parentSchema: schema15.properties.locality,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.residency !== void 0) {
      let data2 = data.residency;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err5 = {
            instancePath: instancePath + "/residency",
            schemaPath: "#/properties/residency/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
            schema: 1,
            parentSchema: schema15.properties.residency,
            data: data2
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (!pattern3.test(data3)) {
              const err6 = {
                instancePath: instancePath + "/residency/" + i0,
                schemaPath: "#/properties/residency/items/pattern",
                keyword: "pattern",
                params: { pattern: "^[A-Z]{2,3}$" },
                message: 'must match pattern "^[A-Z]{2,3}$"',
                schema: "^[A-Z]{2,3}$",
                parentSchema: schema15.properties.residency.items,
                data: data3
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = {
              instancePath: instancePath + "/residency/" + i0,
              schemaPath: "#/properties/residency/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema15.properties.residency.items.type,
              parentSchema: schema15.properties.residency.items,
              data: data3
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data2[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err8 = {
                instancePath: instancePath + "/residency",
                schemaPath: "#/properties/residency/uniqueItems",
                keyword: "uniqueItems",
                params: { i: i1, j: j0 },
                message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
                schema: true,
                parentSchema: schema15.properties.residency,
                data: data2
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/residency",
          schemaPath: "#/properties/residency/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema15.properties.residency.type,
          parentSchema: schema15.properties.residency,
          data: data2
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.transfers !== void 0) {
      let data4 = data.transfers;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err10 = {
            instancePath: instancePath + "/transfers",
            schemaPath: "#/properties/transfers/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
            schema: 1,
            parentSchema: schema15.properties.transfers,
            data: data4
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        const len1 = data4.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data5 = data4[i2];
          if (typeof data5 === "string") {
            if (!pattern3.test(data5)) {
              const err11 = {
                instancePath: instancePath + "/transfers/" + i2,
                schemaPath: "#/properties/transfers/items/pattern",
                keyword: "pattern",
                params: { pattern: "^[A-Z]{2,3}$" },
                message: 'must match pattern "^[A-Z]{2,3}$"',
                schema: "^[A-Z]{2,3}$",
                parentSchema: schema15.properties.transfers.items,
                data: data5
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = {
              instancePath: instancePath + "/transfers/" + i2,
              schemaPath: "#/properties/transfers/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema15.properties.transfers.items.type,
              parentSchema: schema15.properties.transfers.items,
              data: data5
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        let i3 = data4.length;
        let j1;
        if (i3 > 1) {
          const indices1 = {};
          for (; i3--; ) {
            let item1 = data4[i3];
            if (typeof item1 !== "string") {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j1 = indices1[item1];
              const err13 = {
                instancePath: instancePath + "/transfers",
                schemaPath: "#/properties/transfers/uniqueItems",
                keyword: "uniqueItems",
                params: { i: i3, j: j1 },
                message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)",
                schema: true,
                parentSchema: schema15.properties.transfers,
                data: data4
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
              break;
            }
            indices1[item1] = i3;
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + "/transfers",
          schemaPath: "#/properties/transfers/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema15.properties.transfers.type,
          parentSchema: schema15.properties.transfers,
          data: data4
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.writers !== void 0) {
      let data6 = data.writers;
      if (Array.isArray(data6)) {
        if (data6.length < 1) {
          const err15 = {
            instancePath: instancePath + "/writers",
            schemaPath: "#/properties/writers/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
            schema: 1,
            parentSchema: schema15.properties.writers,
            data: data6
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len2 = data6.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data7 = data6[i4];
          if (typeof data7 === "string") {
            if (!formats36(data7)) {
              const err16 = {
                instancePath: instancePath + "/writers/" + i4,
                schemaPath: "#/properties/writers/items/format",
                keyword: "format",
                params: { format: "sql-identifier" },
                message: 'must match format "sql-identifier"',
                schema: "sql-identifier",
                parentSchema: schema15.properties.writers.items,
                data: data7
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = {
              instancePath: instancePath + "/writers/" + i4,
              schemaPath: "#/properties/writers/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema15.properties.writers.items.type,
              parentSchema: schema15.properties.writers.items,
              data: data7
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        let i5 = data6.length;
        let j2;
        if (i5 > 1) {
          const indices2 = {};
          for (; i5--; ) {
            let item2 = data6[i5];
            if (typeof item2 !== "string") {
              continue;
            }
            if (typeof indices2[item2] == "number") {
              j2 = indices2[item2];
              const err18 = {
                instancePath: instancePath + "/writers",
                schemaPath: "#/properties/writers/uniqueItems",
                keyword: "uniqueItems",
                params: { i: i5, j: j2 },
                message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)",
                schema: true,
                parentSchema: schema15.properties.writers,
                data: data6
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
              break;
            }
            indices2[item2] = i5;
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + "/writers",
          schemaPath: "#/properties/writers/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema15.properties.writers.type,
          parentSchema: schema15.properties.writers,
          data: data6
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.retention !== void 0) {
      let data8 = data.retention;
      if (typeof data8 === "string") {
        if (!formats8(data8)) {
          const err20 = {
            instancePath: instancePath + "/retention",
            schemaPath: "#/properties/retention/format",
            keyword: "format",
            params: { format: "duration" },
            message: 'must match format "duration"',
            schema: "duration",
            parentSchema: schema15.properties.retention,
            data: data8
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = {
          instancePath: instancePath + "/retention",
          schemaPath: "#/properties/retention/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema15.properties.retention.type,
          parentSchema: schema15.properties.retention,
          data: data8
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.subject !== void 0) {
      let data9 = data.subject;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.column === void 0) {
          const err22 = {
            instancePath: instancePath + "/subject",
            schemaPath: "#/properties/subject/required",
            keyword: "required",
            params: { missingProperty: "column" },
            message: "must have required property 'column'",
            schema: schema15.properties.subject.required,
            parentSchema: schema15.properties.subject,
            data: data9
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        for (const key1 in data9) {
          if (!(key1 === "column" || key1 === "erase")) {
            const err23 = {
              instancePath: instancePath + "/subject",
              schemaPath: "#/properties/subject/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema15.properties.subject,
              data: data9
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data9.column !== void 0) {
          let data10 = data9.column;
          if (typeof data10 === "string") {
            if (!formats36(data10)) {
              const err24 = {
                instancePath: instancePath + "/subject/column",
                schemaPath: "#/properties/subject/properties/column/format",
                keyword: "format",
                params: { format: "sql-identifier" },
                message: 'must match format "sql-identifier"',
                schema: "sql-identifier",
                parentSchema: schema15.properties.subject.properties.column,
                data: data10
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = {
              instancePath: instancePath + "/subject/column",
              schemaPath: "#/properties/subject/properties/column/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema15.properties.subject.properties.column.type,
              parentSchema: schema15.properties.subject.properties.column,
              data: data10
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data9.erase !== void 0) {
          let data11 = data9.erase;
          if (!(data11 === "delete" || data11 === "nullify")) {
            const err26 = {
              instancePath: instancePath + "/subject/erase",
              schemaPath: "#/properties/subject/properties/erase/enum",
              keyword: "enum",
              params: { allowedValues: schema15.properties.subject.properties.erase.enum },
              message: "must be equal to one of the allowed values",
              schema: schema15.properties.subject.properties.erase.enum,
              parentSchema: schema15.properties.subject.properties.erase,
              data: data11
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = {
          instancePath: instancePath + "/subject",
          schemaPath: "#/properties/subject/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema15.properties.subject.type,
          parentSchema: schema15.properties.subject,
          data: data9
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.expectedSize !== void 0) {
      let data12 = data.expectedSize;
      if (typeof data12 === "string") {
        if (!formats48(data12)) {
          const err28 = {
            instancePath: instancePath + "/expectedSize",
            schemaPath: "#/properties/expectedSize/format",
            keyword: "format",
            params: { format: "size" },
            message: 'must match format "size"',
            schema: "size",
            parentSchema: schema15.properties.expectedSize,
            data: data12
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = {
          instancePath: instancePath + "/expectedSize",
          schemaPath: "#/properties/expectedSize/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema15.properties.expectedSize.type,
          parentSchema: schema15.properties.expectedSize,
          data: data12
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.columns !== void 0) {
      let data13 = data.columns;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key2 in data13) {
          const _errs29 = errors;
          if (typeof key2 === "string") {
            if (!formats36(key2)) {
              const err30 = {
                instancePath: instancePath + "/columns",
                schemaPath: "#/properties/columns/propertyNames/format",
                keyword: "format",
                params: { format: "sql-identifier" },
                message: 'must match format "sql-identifier"',
                schema: "sql-identifier",
                parentSchema: schema15.properties.columns.propertyNames,
                data: key2,
                propertyName: key2
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
          var valid11 = _errs29 === errors;
          if (!valid11) {
            const err31 = {
              instancePath: instancePath + "/columns",
              schemaPath: "#/properties/columns/propertyNames",
              keyword: "propertyNames",
              params: { propertyName: key2 },
              message: "property name must be valid",
              schema: schema15.properties.columns.propertyNames,
              parentSchema: schema15.properties.columns,
              data: data13
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        for (const key3 in data13) {
          let data14 = data13[key3];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.type === void 0) {
              const err32 = {
                instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/definitions/Column/required",
                keyword: "required",
                params: { missingProperty: "type" },
                message: "must have required property 'type'",
                schema: schema16.required,
                parentSchema: schema16,
                data: data14
              };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            for (const key4 in data14) {
              if (!(key4 === "type" || key4 === "primaryKey" || key4 === "nullable" || key4 === "category" || key4 === "readers")) {
                const err33 = {
                  instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/definitions/Column/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key4 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema16,
                  data: data14
                };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data14.type !== void 0) {
              let data15 = data14.type;
              if (typeof data15 === "string") {
                if (func2(data15) < 1) {
                  const err34 = {
                    instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/type",
                    schemaPath: "#/definitions/Column/properties/type/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                    schema: 1,
                    parentSchema: schema16.properties.type,
                    data: data15
                  };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              } else {
                const err35 = {
                  instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/type",
                  schemaPath: "#/definitions/Column/properties/type/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema16.properties.type.type,
                  parentSchema: schema16.properties.type,
                  data: data15
                };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data14.primaryKey !== void 0) {
              let data16 = data14.primaryKey;
              if (typeof data16 !== "boolean") {
                const err36 = {
                  instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/primaryKey",
                  schemaPath: "#/definitions/Column/properties/primaryKey/type",
                  keyword: "type",
                  params: { type: "boolean" },
                  message: "must be boolean",
                  schema: schema16.properties.primaryKey.type,
                  parentSchema: schema16.properties.primaryKey,
                  data: data16
                };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data14.nullable !== void 0) {
              let data17 = data14.nullable;
              if (typeof data17 !== "boolean") {
                const err37 = {
                  instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/nullable",
                  schemaPath: "#/definitions/Column/properties/nullable/type",
                  keyword: "type",
                  params: { type: "boolean" },
                  message: "must be boolean",
                  schema: schema16.properties.nullable.type,
                  parentSchema: schema16.properties.nullable,
                  data: data17
                };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data14.category !== void 0) {
              let data18 = data14.category;
              if (typeof data18 === "string") {
                if (!pattern5.test(data18)) {
                  const err38 = {
                    instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/category",
                    schemaPath: "#/definitions/Column/properties/category/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[a-z_]+(\\.[a-z_]+)*$" },
                    message: 'must match pattern "^[a-z_]+(\\.[a-z_]+)*$"',
                    schema: "^[a-z_]+(\\.[a-z_]+)*$",
                    parentSchema: schema16.properties.category,
                    data: data18
                  };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              } else {
                const err39 = {
                  instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/category",
                  schemaPath: "#/definitions/Column/properties/category/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema16.properties.category.type,
                  parentSchema: schema16.properties.category,
                  data: data18
                };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data14.readers !== void 0) {
              let data19 = data14.readers;
              if (Array.isArray(data19)) {
                const len3 = data19.length;
                for (let i6 = 0; i6 < len3; i6++) {
                  let data20 = data19[i6];
                  if (typeof data20 === "string") {
                    if (!formats36(data20)) {
                      const err40 = {
                        instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/readers/" + i6,
                        schemaPath: "#/definitions/Column/properties/readers/items/format",
                        keyword: "format",
                        params: { format: "sql-identifier" },
                        message: 'must match format "sql-identifier"',
                        schema: "sql-identifier",
                        parentSchema: schema16.properties.readers.items,
                        data: data20
                      };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                  } else {
                    const err41 = {
                      instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/readers/" + i6,
                      schemaPath: "#/definitions/Column/properties/readers/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema16.properties.readers.items.type,
                      parentSchema: schema16.properties.readers.items,
                      data: data20
                    };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                let i7 = data19.length;
                let j3;
                if (i7 > 1) {
                  const indices3 = {};
                  for (; i7--; ) {
                    let item3 = data19[i7];
                    if (typeof item3 !== "string") {
                      continue;
                    }
                    if (typeof indices3[item3] == "number") {
                      j3 = indices3[item3];
                      const err42 = {
                        instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/readers",
                        schemaPath: "#/definitions/Column/properties/readers/uniqueItems",
                        keyword: "uniqueItems",
                        params: { i: i7, j: j3 },
                        message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)",
                        schema: true,
                        parentSchema: schema16.properties.readers,
                        data: data19
                      };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                      break;
                    }
                    indices3[item3] = i7;
                  }
                }
              } else {
                const err43 = {
                  instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/readers",
                  schemaPath: "#/definitions/Column/properties/readers/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                  schema: schema16.properties.readers.type,
                  parentSchema: schema16.properties.readers,
                  data: data19
                };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = {
              instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/definitions/Column/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema16.type,
              parentSchema: schema16,
              data: data14
            };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = {
          instancePath: instancePath + "/columns",
          schemaPath: "#/properties/columns/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema15.properties.columns.type,
          parentSchema: schema15.properties.columns,
          data: data13
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
  } else {
    const err46 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema15.type,
      parentSchema: schema15,
      data
    };
    if (vErrors === null) {
      vErrors = [err46];
    } else {
      vErrors.push(err46);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.engine === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "engine" },
        message: "must have required property 'engine'",
        schema: schema14.required,
        parentSchema: schema14,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "engine" || key0 === "migrations" || key0 === "subjectRequests" || key0 === "tables")) {
        const err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema14,
          data
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.engine !== void 0) {
      let data0 = data.engine;
      if (!(data0 === "postgres" || data0 === "cockroachdb" || data0 === "spanner" || data0 === "cassandra")) {
        const err2 = {
          instancePath: instancePath + "/engine",
          schemaPath: "#/properties/engine/enum",
          keyword: "enum",
          params: { allowedValues: schema14.properties.engine.enum },
          message: "must be equal to one of the allowed values",
          schema: schema14.properties.engine.enum,
          parentSchema: schema14.properties.engine,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.migrations !== void 0) {
      let data1 = data.migrations;
      if (typeof data1 === "string") {
        if (!formats34(data1)) {
          const err3 = {
            instancePath: instancePath + "/migrations",
            schemaPath: "#/properties/migrations/format",
            keyword: "format",
            params: { format: "relative-path" },
            message: 'must match format "relative-path"',
            schema: "relative-path",
            parentSchema: schema14.properties.migrations,
            data: data1
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + "/migrations",
          schemaPath: "#/properties/migrations/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties.migrations.type,
          parentSchema: schema14.properties.migrations,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.subjectRequests !== void 0) {
      let data2 = data.subjectRequests;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.roles === void 0) {
          const err5 = {
            instancePath: instancePath + "/subjectRequests",
            schemaPath: "#/properties/subjectRequests/required",
            keyword: "required",
            params: { missingProperty: "roles" },
            message: "must have required property 'roles'",
            schema: schema14.properties.subjectRequests.required,
            parentSchema: schema14.properties.subjectRequests,
            data: data2
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "roles")) {
            const err6 = {
              instancePath: instancePath + "/subjectRequests",
              schemaPath: "#/properties/subjectRequests/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema14.properties.subjectRequests,
              data: data2
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data2.roles !== void 0) {
          let data3 = data2.roles;
          if (Array.isArray(data3)) {
            if (data3.length < 1) {
              const err7 = {
                instancePath: instancePath + "/subjectRequests/roles",
                schemaPath: "#/properties/subjectRequests/properties/roles/minItems",
                keyword: "minItems",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 items",
                schema: 1,
                parentSchema: schema14.properties.subjectRequests.properties.roles,
                data: data3
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data4 = data3[i0];
              if (typeof data4 === "string") {
                if (!formats36(data4)) {
                  const err8 = {
                    instancePath: instancePath + "/subjectRequests/roles/" + i0,
                    schemaPath: "#/properties/subjectRequests/properties/roles/items/format",
                    keyword: "format",
                    params: { format: "sql-identifier" },
                    message: 'must match format "sql-identifier"',
                    schema: "sql-identifier",
                    parentSchema: schema14.properties.subjectRequests.properties.roles.items,
                    data: data4
                  };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              } else {
                const err9 = {
                  instancePath: instancePath + "/subjectRequests/roles/" + i0,
                  schemaPath: "#/properties/subjectRequests/properties/roles/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema14.properties.subjectRequests.properties.roles.items.type,
                  parentSchema: schema14.properties.subjectRequests.properties.roles.items,
                  data: data4
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            let i1 = data3.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data3[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err10 = {
                    instancePath: instancePath + "/subjectRequests/roles",
                    schemaPath: "#/properties/subjectRequests/properties/roles/uniqueItems",
                    keyword: "uniqueItems",
                    params: { i: i1, j: j0 },
                    message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
                    schema: true,
                    parentSchema: schema14.properties.subjectRequests.properties.roles,
                    data: data3
                  };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err11 = {
              instancePath: instancePath + "/subjectRequests/roles",
              schemaPath: "#/properties/subjectRequests/properties/roles/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema14.properties.subjectRequests.properties.roles.type,
              parentSchema: schema14.properties.subjectRequests.properties.roles,
              data: data3
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = {
          instancePath: instancePath + "/subjectRequests",
          schemaPath: "#/properties/subjectRequests/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema14.properties.subjectRequests.type,
          parentSchema: schema14.properties.subjectRequests,
          data: data2
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.tables !== void 0) {
      let data5 = data.tables;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key2 in data5) {
          const _errs14 = errors;
          if (typeof key2 === "string") {
            if (!formats36(key2)) {
              const err13 = {
                instancePath: instancePath + "/tables",
                schemaPath: "#/properties/tables/propertyNames/format",
                keyword: "format",
                params: { format: "sql-identifier" },
                message: 'must match format "sql-identifier"',
                schema: "sql-identifier",
                parentSchema: schema14.properties.tables.propertyNames,
                data: key2,
                propertyName: key2
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          var valid5 = _errs14 === errors;
          if (!valid5) {
            const err14 = {
              instancePath: instancePath + "/tables",
              schemaPath: "#/properties/tables/propertyNames",
              keyword: "propertyNames",
              params: { propertyName: key2 },
              message: "property name must be valid",
              schema: schema14.properties.tables.propertyNames,
              parentSchema: schema14.properties.tables,
              data: data5
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        for (const key3 in data5) {
          if (!validate12(data5[key3], {
            instancePath: instancePath + "/tables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),
            parentData: data5,
            parentDataProperty: key3,
            rootData
          })) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + "/tables",
          schemaPath: "#/properties/tables/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema14.properties.tables.type,
          parentSchema: schema14.properties.tables,
          data: data5
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema14.type,
      parentSchema: schema14,
      data
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema17 = {
  title: "CapacitySpec",
  description: "How much of the service each region runs: a fixed replica count or autoscaling bounds, the requests of each pod, a disruption budget, and the traffic figures the failover headroom check reads. `plan` writes it into each region's folder as a HorizontalPodAutoscaler, a PodDisruptionBudget and a Deployment patch; docs/capacity.md has an example and the failover model.",
  type: "object",
  additionalProperties: false,
  properties: {
    replicas: { $ref: "#/definitions/CapacityReplicas" },
    autoscaling: { $ref: "#/definitions/CapacityAutoscaling" },
    requests: { $ref: "#/definitions/CapacityRequests" },
    disruptionBudget: { $ref: "#/definitions/CapacityDisruptionBudget" },
    perPodRps: { $ref: "#/definitions/CapacityPerPodRps" },
    rps: { $ref: "#/definitions/CapacityRps" },
    deployment: {
      description: "The Deployment the capacity applies to. Default: the service's name.",
      type: "string",
      format: "dns-label"
    },
    container: {
      description: "The container of that Deployment whose requests are set. Default: the service's name.",
      type: "string",
      format: "dns-label"
    },
    selector: {
      description: "Labels of the service's pods, which the PodDisruptionBudget selects. Default app.kubernetes.io/name: <service>.",
      type: "object",
      minProperties: 1,
      additionalProperties: { type: "string" }
    },
    regions: {
      description: "Per-region overrides of replicas, autoscaling, requests, disruptionBudget, perPodRps and rps.",
      type: "object",
      propertyNames: { format: "dns-label" },
      additionalProperties: {
        title: "CapacityOverride",
        type: "object",
        additionalProperties: false,
        properties: {
          replicas: { $ref: "#/definitions/CapacityReplicas" },
          autoscaling: { $ref: "#/definitions/CapacityAutoscaling" },
          requests: { $ref: "#/definitions/CapacityRequests" },
          disruptionBudget: { $ref: "#/definitions/CapacityDisruptionBudget" },
          perPodRps: { $ref: "#/definitions/CapacityPerPodRps" },
          rps: { $ref: "#/definitions/CapacityRps" }
        }
      }
    }
  }
};
var schema18 = {
  description: "A fixed number of pods (no autoscaler). Set replicas or autoscaling, not both.",
  type: "integer",
  minimum: 1,
  maximum: 1e4
};
var schema19 = {
  title: "CapacityAutoscaling",
  description: "HorizontalPodAutoscaler bounds (autoscaling/v2), scaling on CPU utilisation.",
  type: "object",
  additionalProperties: false,
  required: ["min", "max"],
  properties: {
    min: { description: "minReplicas.", type: "integer", minimum: 1, maximum: 1e4 },
    max: { description: "maxReplicas; at least min.", type: "integer", minimum: 1, maximum: 1e4 },
    cpuUtilization: {
      description: "Target average CPU utilisation, in percent of the requests. Default 70.",
      type: "integer",
      minimum: 1,
      maximum: 100
    }
  }
};
var schema20 = {
  title: "CapacityRequests",
  description: "Resource requests of one pod, as Kubernetes quantities.",
  type: "object",
  additionalProperties: false,
  required: ["cpu", "memory"],
  properties: {
    cpu: {
      description: "CPU, such as 250m or 2.",
      type: "string",
      pattern: "^([0-9]+m|[0-9]+(\\.[0-9]+)?)$"
    },
    memory: {
      description: "Memory, such as 512Mi or 2Gi.",
      type: "string",
      pattern: "^[0-9]+(Ki|Mi|Gi|Ti|k|M|G|T)?$"
    }
  }
};
var schema21 = {
  title: "CapacityDisruptionBudget",
  description: 'A PodDisruptionBudget (policy/v1): minAvailable or maxUnavailable, as a count or a percentage ("50%").',
  type: "object",
  additionalProperties: false,
  minProperties: 1,
  maxProperties: 1,
  properties: {
    minAvailable: {
      description: "Pods that must stay up during a voluntary disruption (a node drain), as a count or a percentage.",
      oneOf: [
        { type: "integer", minimum: 0 },
        { type: "string", pattern: "^[0-9]{1,3}%$" }
      ]
    },
    maxUnavailable: {
      description: "Pods a voluntary disruption may take down at once, as a count or a percentage.",
      oneOf: [
        { type: "integer", minimum: 1 },
        { type: "string", pattern: "^[0-9]{1,3}%$" }
      ]
    }
  }
};
var schema22 = {
  description: "Requests per second one pod serves at its target utilisation; with rps, it turns replicas into traffic for the failover headroom check.",
  type: "number",
  exclusiveMinimum: 0
};
var schema23 = {
  description: "The region's expected peak traffic in requests per second, before any failover.",
  type: "number",
  minimum: 0
};
var pattern6 = new RegExp("^([0-9]+m|[0-9]+(\\.[0-9]+)?)$", "u");
var pattern7 = new RegExp("^[0-9]+(Ki|Mi|Gi|Ti|k|M|G|T)?$", "u");
var pattern8 = new RegExp("^[0-9]{1,3}%$", "u");
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func4.call(schema17.properties, key0)) {
        const err0 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema17,
          data
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.replicas !== void 0) {
      let data0 = data.replicas;
      if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err1 = {
          instancePath: instancePath + "/replicas",
          schemaPath: "#/definitions/CapacityReplicas/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
          schema: schema18.type,
          parentSchema: schema18,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 1e4 || isNaN(data0)) {
          const err2 = {
            instancePath: instancePath + "/replicas",
            schemaPath: "#/definitions/CapacityReplicas/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 1e4 },
            message: "must be <= 10000",
            schema: 1e4,
            parentSchema: schema18,
            data: data0
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err3 = {
            instancePath: instancePath + "/replicas",
            schemaPath: "#/definitions/CapacityReplicas/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 1 },
            message: "must be >= 1",
            schema: 1,
            parentSchema: schema18,
            data: data0
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.autoscaling !== void 0) {
      let data1 = data.autoscaling;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.min === void 0) {
          const err4 = {
            instancePath: instancePath + "/autoscaling",
            schemaPath: "#/definitions/CapacityAutoscaling/required",
            keyword: "required",
            params: { missingProperty: "min" },
            message: "must have required property 'min'",
            schema: schema19.required,
            parentSchema: schema19,
            data: data1
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1.max === void 0) {
          const err5 = {
            instancePath: instancePath + "/autoscaling",
            schemaPath: "#/definitions/CapacityAutoscaling/required",
            keyword: "required",
            params: { missingProperty: "max" },
            message: "must have required property 'max'",
            schema: schema19.required,
            parentSchema: schema19,
            data: data1
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "min" || key1 === "max" || key1 === "cpuUtilization")) {
            const err6 = {
              instancePath: instancePath + "/autoscaling",
              schemaPath: "#/definitions/CapacityAutoscaling/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema19,
              data: data1
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data1.min !== void 0) {
          let data2 = data1.min;
          if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
            const err7 = {
              instancePath: instancePath + "/autoscaling/min",
              schemaPath: "#/definitions/CapacityAutoscaling/properties/min/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema19.properties.min.type,
              parentSchema: schema19.properties.min,
              data: data2
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (typeof data2 == "number" && isFinite(data2)) {
            if (data2 > 1e4 || isNaN(data2)) {
              const err8 = {
                instancePath: instancePath + "/autoscaling/min",
                schemaPath: "#/definitions/CapacityAutoscaling/properties/min/maximum",
                keyword: "maximum",
                params: { comparison: "<=", limit: 1e4 },
                message: "must be <= 10000",
                schema: 1e4,
                parentSchema: schema19.properties.min,
                data: data2
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data2 < 1 || isNaN(data2)) {
              const err9 = {
                instancePath: instancePath + "/autoscaling/min",
                schemaPath: "#/definitions/CapacityAutoscaling/properties/min/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 1 },
                message: "must be >= 1",
                schema: 1,
                parentSchema: schema19.properties.min,
                data: data2
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          }
        }
        if (data1.max !== void 0) {
          let data3 = data1.max;
          if (!(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
            const err10 = {
              instancePath: instancePath + "/autoscaling/max",
              schemaPath: "#/definitions/CapacityAutoscaling/properties/max/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema19.properties.max.type,
              parentSchema: schema19.properties.max,
              data: data3
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (typeof data3 == "number" && isFinite(data3)) {
            if (data3 > 1e4 || isNaN(data3)) {
              const err11 = {
                instancePath: instancePath + "/autoscaling/max",
                schemaPath: "#/definitions/CapacityAutoscaling/properties/max/maximum",
                keyword: "maximum",
                params: { comparison: "<=", limit: 1e4 },
                message: "must be <= 10000",
                schema: 1e4,
                parentSchema: schema19.properties.max,
                data: data3
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (data3 < 1 || isNaN(data3)) {
              const err12 = {
                instancePath: instancePath + "/autoscaling/max",
                schemaPath: "#/definitions/CapacityAutoscaling/properties/max/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 1 },
                message: "must be >= 1",
                schema: 1,
                parentSchema: schema19.properties.max,
                data: data3
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
        }
        if (data1.cpuUtilization !== void 0) {
          let data4 = data1.cpuUtilization;
          if (!(typeof data4 == "number" && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
            const err13 = {
              instancePath: instancePath + "/autoscaling/cpuUtilization",
              schemaPath: "#/definitions/CapacityAutoscaling/properties/cpuUtilization/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema19.properties.cpuUtilization.type,
              parentSchema: schema19.properties.cpuUtilization,
              data: data4
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (typeof data4 == "number" && isFinite(data4)) {
            if (data4 > 100 || isNaN(data4)) {
              const err14 = {
                instancePath: instancePath + "/autoscaling/cpuUtilization",
                schemaPath: "#/definitions/CapacityAutoscaling/properties/cpuUtilization/maximum",
                keyword: "maximum",
                params: { comparison: "<=", limit: 100 },
                message: "must be <= 100",
                schema: 100,
                parentSchema: schema19.properties.cpuUtilization,
                data: data4
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data4 < 1 || isNaN(data4)) {
              const err15 = {
                instancePath: instancePath + "/autoscaling/cpuUtilization",
                schemaPath: "#/definitions/CapacityAutoscaling/properties/cpuUtilization/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 1 },
                message: "must be >= 1",
                schema: 1,
                parentSchema: schema19.properties.cpuUtilization,
                data: data4
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + "/autoscaling",
          schemaPath: "#/definitions/CapacityAutoscaling/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema19.type,
          parentSchema: schema19,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.requests !== void 0) {
      let data5 = data.requests;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.cpu === void 0) {
          const err17 = {
            instancePath: instancePath + "/requests",
            schemaPath: "#/definitions/CapacityRequests/required",
            keyword: "required",
            params: { missingProperty: "cpu" },
            message: "must have required property 'cpu'",
            schema: schema20.required,
            parentSchema: schema20,
            data: data5
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data5.memory === void 0) {
          const err18 = {
            instancePath: instancePath + "/requests",
            schemaPath: "#/definitions/CapacityRequests/required",
            keyword: "required",
            params: { missingProperty: "memory" },
            message: "must have required property 'memory'",
            schema: schema20.required,
            parentSchema: schema20,
            data: data5
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key2 in data5) {
          if (!(key2 === "cpu" || key2 === "memory")) {
            const err19 = {
              instancePath: instancePath + "/requests",
              schemaPath: "#/definitions/CapacityRequests/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key2 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema20,
              data: data5
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data5.cpu !== void 0) {
          let data6 = data5.cpu;
          if (typeof data6 === "string") {
            if (!pattern6.test(data6)) {
              const err20 = {
                instancePath: instancePath + "/requests/cpu",
                schemaPath: "#/definitions/CapacityRequests/properties/cpu/pattern",
                keyword: "pattern",
                params: { pattern: "^([0-9]+m|[0-9]+(\\.[0-9]+)?)$" },
                message: 'must match pattern "^([0-9]+m|[0-9]+(\\.[0-9]+)?)$"',
                schema: "^([0-9]+m|[0-9]+(\\.[0-9]+)?)$",
                parentSchema: schema20.properties.cpu,
                data: data6
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = {
              instancePath: instancePath + "/requests/cpu",
              schemaPath: "#/definitions/CapacityRequests/properties/cpu/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema20.properties.cpu.type,
              parentSchema: schema20.properties.cpu,
              data: data6
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data5.memory !== void 0) {
          let data7 = data5.memory;
          if (typeof data7 === "string") {
            if (!pattern7.test(data7)) {
              const err22 = {
                instancePath: instancePath + "/requests/memory",
                schemaPath: "#/definitions/CapacityRequests/properties/memory/pattern",
                keyword: "pattern",
                params: { pattern: "^[0-9]+(Ki|Mi|Gi|Ti|k|M|G|T)?$" },
                message: 'must match pattern "^[0-9]+(Ki|Mi|Gi|Ti|k|M|G|T)?$"',
                schema: "^[0-9]+(Ki|Mi|Gi|Ti|k|M|G|T)?$",
                parentSchema: schema20.properties.memory,
                data: data7
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = {
              instancePath: instancePath + "/requests/memory",
              schemaPath: "#/definitions/CapacityRequests/properties/memory/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema20.properties.memory.type,
              parentSchema: schema20.properties.memory,
              data: data7
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = {
          instancePath: instancePath + "/requests",
          schemaPath: "#/definitions/CapacityRequests/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema20.type,
          parentSchema: schema20,
          data: data5
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.disruptionBudget !== void 0) {
      let data8 = data.disruptionBudget;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (Object.keys(data8).length > 1) {
          const err25 = {
            instancePath: instancePath + "/disruptionBudget",
            schemaPath: "#/definitions/CapacityDisruptionBudget/maxProperties",
            keyword: "maxProperties",
            params: { limit: 1 },
            message: "must NOT have more than 1 properties",
            schema: 1,
            parentSchema: schema21,
            data: data8
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (Object.keys(data8).length < 1) {
          const err26 = {
            instancePath: instancePath + "/disruptionBudget",
            schemaPath: "#/definitions/CapacityDisruptionBudget/minProperties",
            keyword: "minProperties",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 properties",
            schema: 1,
            parentSchema: schema21,
            data: data8
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        for (const key3 in data8) {
          if (!(key3 === "minAvailable" || key3 === "maxUnavailable")) {
            const err27 = {
              instancePath: instancePath + "/disruptionBudget",
              schemaPath: "#/definitions/CapacityDisruptionBudget/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key3 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema21,
              data: data8
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data8.minAvailable !== void 0) {
          let data9 = data8.minAvailable;
          const _errs28 = errors;
          let valid8 = false;
          let passing0 = null;
          const _errs29 = errors;
          if (!(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
            const err28 = {
              instancePath: instancePath + "/disruptionBudget/minAvailable",
              schemaPath: "#/definitions/CapacityDisruptionBudget/properties/minAvailable/oneOf/0/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema21.properties.minAvailable.oneOf[0].type,
              parentSchema: schema21.properties.minAvailable.oneOf[0],
              data: data9
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 < 0 || isNaN(data9)) {
              const err29 = {
                instancePath: instancePath + "/disruptionBudget/minAvailable",
                schemaPath: "#/definitions/CapacityDisruptionBudget/properties/minAvailable/oneOf/0/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema21.properties.minAvailable.oneOf[0],
                data: data9
              };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
          var _valid0 = _errs29 === errors;
          if (_valid0) {
            valid8 = true;
            passing0 = 0;
          }
          const _errs31 = errors;
          if (typeof data9 === "string") {
            if (!pattern8.test(data9)) {
              const err30 = {
                instancePath: instancePath + "/disruptionBudget/minAvailable",
                schemaPath: "#/definitions/CapacityDisruptionBudget/properties/minAvailable/oneOf/1/pattern",
                keyword: "pattern",
                params: { pattern: "^[0-9]{1,3}%$" },
                message: 'must match pattern "^[0-9]{1,3}%$"',
                schema: "^[0-9]{1,3}%$",
                parentSchema: schema21.properties.minAvailable.oneOf[1],
                data: data9
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = {
              instancePath: instancePath + "/disruptionBudget/minAvailable",
              schemaPath: "#/definitions/CapacityDisruptionBudget/properties/minAvailable/oneOf/1/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema21.properties.minAvailable.oneOf[1].type,
              parentSchema: schema21.properties.minAvailable.oneOf[1],
              data: data9
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          var _valid0 = _errs31 === errors;
          if (_valid0 && valid8) {
            valid8 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid8 = true;
              passing0 = 1;
            }
          }
          if (!valid8) {
            const err32 = {
              instancePath: instancePath + "/disruptionBudget/minAvailable",
              schemaPath: "#/definitions/CapacityDisruptionBudget/properties/minAvailable/oneOf",
              keyword: "oneOf",
              params: { passingSchemas: passing0 },
              message: "must match exactly one schema in oneOf",
              schema: schema21.properties.minAvailable.oneOf,
              parentSchema: schema21.properties.minAvailable,
              data: data9
            };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          } else {
            errors = _errs28;
            if (vErrors !== null) {
              if (_errs28) {
                vErrors.length = _errs28;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data8.maxUnavailable !== void 0) {
          let data10 = data8.maxUnavailable;
          const _errs34 = errors;
          let valid9 = false;
          let passing1 = null;
          const _errs35 = errors;
          if (!(typeof data10 == "number" && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
            const err33 = {
              instancePath: instancePath + "/disruptionBudget/maxUnavailable",
              schemaPath: "#/definitions/CapacityDisruptionBudget/properties/maxUnavailable/oneOf/0/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema21.properties.maxUnavailable.oneOf[0].type,
              parentSchema: schema21.properties.maxUnavailable.oneOf[0],
              data: data10
            };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 1 || isNaN(data10)) {
              const err34 = {
                instancePath: instancePath + "/disruptionBudget/maxUnavailable",
                schemaPath: "#/definitions/CapacityDisruptionBudget/properties/maxUnavailable/oneOf/0/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 1 },
                message: "must be >= 1",
                schema: 1,
                parentSchema: schema21.properties.maxUnavailable.oneOf[0],
                data: data10
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
          var _valid1 = _errs35 === errors;
          if (_valid1) {
            valid9 = true;
            passing1 = 0;
          }
          const _errs37 = errors;
          if (typeof data10 === "string") {
            if (!pattern8.test(data10)) {
              const err35 = {
                instancePath: instancePath + "/disruptionBudget/maxUnavailable",
                schemaPath: "#/definitions/CapacityDisruptionBudget/properties/maxUnavailable/oneOf/1/pattern",
                keyword: "pattern",
                params: { pattern: "^[0-9]{1,3}%$" },
                message: 'must match pattern "^[0-9]{1,3}%$"',
                schema: "^[0-9]{1,3}%$",
                parentSchema: schema21.properties.maxUnavailable.oneOf[1],
                data: data10
              };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = {
              instancePath: instancePath + "/disruptionBudget/maxUnavailable",
              schemaPath: "#/definitions/CapacityDisruptionBudget/properties/maxUnavailable/oneOf/1/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema21.properties.maxUnavailable.oneOf[1].type,
              parentSchema: schema21.properties.maxUnavailable.oneOf[1],
              data: data10
            };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          var _valid1 = _errs37 === errors;
          if (_valid1 && valid9) {
            valid9 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid9 = true;
              passing1 = 1;
            }
          }
          if (!valid9) {
            const err37 = {
              instancePath: instancePath + "/disruptionBudget/maxUnavailable",
              schemaPath: "#/definitions/CapacityDisruptionBudget/properties/maxUnavailable/oneOf",
              keyword: "oneOf",
              params: { passingSchemas: passing1 },
              message: "must match exactly one schema in oneOf",
              schema: schema21.properties.maxUnavailable.oneOf,
              parentSchema: schema21.properties.maxUnavailable,
              data: data10
            };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          } else {
            errors = _errs34;
            if (vErrors !== null) {
              if (_errs34) {
                vErrors.length = _errs34;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err38 = {
          instancePath: instancePath + "/disruptionBudget",
          schemaPath: "#/definitions/CapacityDisruptionBudget/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema21.type,
          parentSchema: schema21,
          data: data8
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.perPodRps !== void 0) {
      let data11 = data.perPodRps;
      if (typeof data11 == "number" && isFinite(data11)) {
        if (data11 <= 0 || isNaN(data11)) {
          const err39 = {
            instancePath: instancePath + "/perPodRps",
            schemaPath: "#/definitions/CapacityPerPodRps/exclusiveMinimum",
            keyword: "exclusiveMinimum",
            params: { comparison: ">", limit: 0 },
            message: "must be > 0",
            schema: 0,
            parentSchema: schema22,
            data: data11
          };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = {
          instancePath: instancePath + "/perPodRps",
          schemaPath: "#/definitions/CapacityPerPodRps/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
          schema: schema22.type,
          parentSchema: schema22,
          data: data11
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.rps !== void 0) {
      let data12 = data.rps;
      if (typeof data12 == "number" && isFinite(data12)) {
        if (data12 < 0 || isNaN(data12)) {
          const err41 = {
            instancePath: instancePath + "/rps",
            schemaPath: "#/definitions/CapacityRps/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
            schema: 0,
            parentSchema: schema23,
            data: data12
          };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      } else {
        const err42 = {
          instancePath: instancePath + "/rps",
          schemaPath: "#/definitions/CapacityRps/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
          schema: schema23.type,
          parentSchema: schema23,
          data: data12
        };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.deployment !== void 0) {
      let data13 = data.deployment;
      if (typeof data13 === "string") {
        if (!formats0(data13)) {
          const err43 = {
            instancePath: instancePath + "/deployment",
            schemaPath: "#/properties/deployment/format",
            keyword: "format",
            params: { format: "dns-label" },
            message: 'must match format "dns-label"',
            schema: "dns-label",
            parentSchema: schema17.properties.deployment,
            data: data13
          };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      } else {
        const err44 = {
          instancePath: instancePath + "/deployment",
          schemaPath: "#/properties/deployment/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema17.properties.deployment.type,
          parentSchema: schema17.properties.deployment,
          data: data13
        };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.container !== void 0) {
      let data14 = data.container;
      if (typeof data14 === "string") {
        if (!formats0(data14)) {
          const err45 = {
            instancePath: instancePath + "/container",
            schemaPath: "#/properties/container/format",
            keyword: "format",
            params: { format: "dns-label" },
            message: 'must match format "dns-label"',
            schema: "dns-label",
            parentSchema: schema17.properties.container,
            data: data14
          };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      } else {
        const err46 = {
          instancePath: instancePath + "/container",
          schemaPath: "#/properties/container/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema17.properties.container.type,
          parentSchema: schema17.properties.container,
          data: data14
        };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.selector !== void 0) {
      let data15 = data.selector;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (Object.keys(data15).length < 1) {
          const err47 = {
            instancePath: instancePath + "/selector",
            schemaPath: "#/properties/selector/minProperties",
            keyword: "minProperties",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 properties",
            schema: 1,
            parentSchema: schema17.properties.selector,
            data: data15
          };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        for (const key4 in data15) {
          let data16 = data15[key4];
          if (typeof data16 !== "string") {
            const err48 = {
              instancePath: instancePath + "/selector/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/selector/additionalProperties/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema17.properties.selector.additionalProperties.type,
              parentSchema: schema17.properties.selector.additionalProperties,
              data: data16
            };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
      } else {
        const err49 = {
          instancePath: instancePath + "/selector",
          schemaPath: "#/properties/selector/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema17.properties.selector.type,
          parentSchema: schema17.properties.selector,
          data: data15
        };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.regions !== void 0) {
      let data17 = data.regions;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key5 in data17) {
          const _errs56 = errors;
          if (typeof key5 === "string") {
            if (!formats0(key5)) {
              const err50 = {
                instancePath: instancePath + "/regions",
                schemaPath: "#/properties/regions/propertyNames/format",
                keyword: "format",
                params: { format: "dns-label" },
                message: 'must match format "dns-label"',
                schema: "dns-label",
                parentSchema: schema17.properties.regions.propertyNames,
                data: key5,
                propertyName: key5
              };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          }
          var valid13 = _errs56 === errors;
          if (!valid13) {
            const err51 = {
              instancePath: instancePath + "/regions",
              schemaPath: "#/properties/regions/propertyNames",
              keyword: "propertyNames",
              params: { propertyName: key5 },
              message: "property name must be valid",
              schema: schema17.properties.regions.propertyNames,
              parentSchema: schema17.properties.regions,
              data: data17
            };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        for (const key6 in data17) {
          let data18 = data17[key6];
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            for (const key7 in data18) {
              if (!(key7 === "replicas" || key7 === "autoscaling" || key7 === "requests" || key7 === "disruptionBudget" || key7 === "perPodRps" || key7 === "rps")) {
                const err52 = {
                  instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/properties/regions/additionalProperties/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key7 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema17.properties.regions.additionalProperties,
                  data: data18
                };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data18.replicas !== void 0) {
              let data19 = data18.replicas;
              if (!(typeof data19 == "number" && !(data19 % 1) && !isNaN(data19) && isFinite(data19))) {
                const err53 = {
                  instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas",
                  schemaPath: "#/definitions/CapacityReplicas/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
                  schema: schema18.type,
                  parentSchema: schema18,
                  data: data19
                };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
              if (typeof data19 == "number" && isFinite(data19)) {
                if (data19 > 1e4 || isNaN(data19)) {
                  const err54 = {
                    instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas",
                    schemaPath: "#/definitions/CapacityReplicas/maximum",
                    keyword: "maximum",
                    params: { comparison: "<=", limit: 1e4 },
                    message: "must be <= 10000",
                    schema: 1e4,
                    parentSchema: schema18,
                    data: data19
                  };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                if (data19 < 1 || isNaN(data19)) {
                  const err55 = {
                    instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas",
                    schemaPath: "#/definitions/CapacityReplicas/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 1 },
                    message: "must be >= 1",
                    schema: 1,
                    parentSchema: schema18,
                    data: data19
                  };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              }
            }
            if (data18.autoscaling !== void 0) {
              let data20 = data18.autoscaling;
              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                if (data20.min === void 0) {
                  const err56 = {
                    instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoscaling",
                    schemaPath: "#/definitions/CapacityAutoscaling/required",
                    keyword: "required",
                    params: { missingProperty: "min" },
                    message: "must have required property 'min'",
                    schema: schema19.required,
                    parentSchema: schema19,
                    data: data20
                  };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
                if (data20.max === void 0) {
                  const err57 = {
                    instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoscaling",
                    schemaPath: "#/definitions/CapacityAutoscaling/required",
                    keyword: "required",
                    params: { missingProperty: "max" },
                    message: "must have required property 'max'",
                    schema: schema19.required,
                    parentSchema: schema19,
                    data: data20
                  };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
                for (const key8 in data20) {
                  if (!(key8 === "min" || key8 === "max" || key8 === "cpuUtilization")) {
                    const err58 = {
                      instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoscaling",
                      schemaPath: "#/definitions/CapacityAutoscaling/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key8 },
                      message: "must NOT have additional properties",
                      schema: false,
                      parentSchema: schema19,
                      data: data20
                    };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
                if (data20.min !== void 0) {
                  let data21 = data20.min;
                  if (!(typeof data21 == "number" && !(data21 % 1) && !isNaN(data21) && isFinite(data21))) {
                    const err59 = {
                      instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoscaling/min",
                      schemaPath: "#/definitions/CapacityAutoscaling/properties/min/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                      schema: schema19.properties.min.type,
                      parentSchema: schema19.properties.min,
                      data: data21
                    };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                  if (typeof data21 == "number" && isFinite(data21)) {
                    if (data21 > 1e4 || isNaN(data21)) {
                      const err60 = {
                        instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoscaling/min",
                        schemaPath: "#/definitions/CapacityAutoscaling/properties/min/maximum",
                        keyword: "maximum",
                        params: { comparison: "<=", limit: 1e4 },
                        message: "must be <= 10000",
                        schema: 1e4,
                        parentSchema: schema19.properties.min,
                        data: data21
                      };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                    if (data21 < 1 || isNaN(data21)) {
                      const err61 = {
                        instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoscaling/min",
                        schemaPath: "#/definitions/CapacityAutoscaling/properties/min/minimum",
                        keyword: "minimum",
                        params: { comparison: ">=", limit: 1 },
                        message: "must be >= 1",
                        schema: 1,
                        parentSchema: schema19.properties.min,
                        data: data21
                      };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                  }
                }
                if (data20.max !== void 0) {
                  let data22 = data20.max;
                  if (!(typeof data22 == "number" && !(data22 % 1) && !isNaN(data22) && isFinite(data22))) {
                    const err62 = {
                      instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoscaling/max",
                      schemaPath: "#/definitions/CapacityAutoscaling/properties/max/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                      schema: schema19.properties.max.type,
                      parentSchema: schema19.properties.max,
                      data: data22
                    };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                  if (typeof data22 == "number" && isFinite(data22)) {
                    if (data22 > 1e4 || isNaN(data22)) {
                      const err63 = {
                        instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoscaling/max",
                        schemaPath: "#/definitions/CapacityAutoscaling/properties/max/maximum",
                        keyword: "maximum",
                        params: { comparison: "<=", limit: 1e4 },
                        message: "must be <= 10000",
                        schema: 1e4,
                        parentSchema: schema19.properties.max,
                        data: data22
                      };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                    if (data22 < 1 || isNaN(data22)) {
                      const err64 = {
                        instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoscaling/max",
                        schemaPath: "#/definitions/CapacityAutoscaling/properties/max/minimum",
                        keyword: "minimum",
                        params: { comparison: ">=", limit: 1 },
                        message: "must be >= 1",
                        schema: 1,
                        parentSchema: schema19.properties.max,
                        data: data22
                      };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                  }
                }
                if (data20.cpuUtilization !== void 0) {
                  let data23 = data20.cpuUtilization;
                  if (!(typeof data23 == "number" && !(data23 % 1) && !isNaN(data23) && isFinite(data23))) {
                    const err65 = {
                      instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoscaling/cpuUtilization",
                      schemaPath: "#/definitions/CapacityAutoscaling/properties/cpuUtilization/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                      schema: schema19.properties.cpuUtilization.type,
                      parentSchema: schema19.properties.cpuUtilization,
                      data: data23
                    };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                  if (typeof data23 == "number" && isFinite(data23)) {
                    if (data23 > 100 || isNaN(data23)) {
                      const err66 = {
                        instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoscaling/cpuUtilization",
                        schemaPath: "#/definitions/CapacityAutoscaling/properties/cpuUtilization/maximum",
                        keyword: "maximum",
                        params: { comparison: "<=", limit: 100 },
                        message: "must be <= 100",
                        schema: 100,
                        parentSchema: schema19.properties.cpuUtilization,
                        data: data23
                      };
                      if (vErrors === null) {
                        vErrors = [err66];
                      } else {
                        vErrors.push(err66);
                      }
                      errors++;
                    }
                    if (data23 < 1 || isNaN(data23)) {
                      const err67 = {
                        instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoscaling/cpuUtilization",
                        schemaPath: "#/definitions/CapacityAutoscaling/properties/cpuUtilization/minimum",
                        keyword: "minimum",
                        params: { comparison: ">=", limit: 1 },
                        message: "must be >= 1",
                        schema: 1,
                        parentSchema: schema19.properties.cpuUtilization,
                        data: data23
                      };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err68 = {
                  instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoscaling",
                  schemaPath: "#/definitions/CapacityAutoscaling/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema19.type,
                  parentSchema: schema19,
                  data: data20
                };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data18.requests !== void 0) {
              let data24 = data18.requests;
              if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                if (data24.cpu === void 0) {
                  const err69 = {
                    instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/requests",
                    schemaPath: "#/definitions/CapacityRequests/required",
                    keyword: "required",
                    params: { missingProperty: "cpu" },
                    message: "must have required property 'cpu'",
                    schema: schema20.required,
                    parentSchema: schema20,
                    data: data24
                  };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
                if (data24.memory === void 0) {
                  const err70 = {
                    instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/requests",
                    schemaPath: "#/definitions/CapacityRequests/required",
                    keyword: "required",
                    params: { missingProperty: "memory" },
                    message: "must have required property 'memory'",
                    schema: schema20.required,
                    parentSchema: schema20,
                    data: data24
                  };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
                for (const key9 in data24) {
                  if (!(key9 === "cpu" || key9 === "memory")) {
                    const err71 = {
                      instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/requests",
                      schemaPath: "#/definitions/CapacityRequests/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key9 },
                      message: "must NOT have additional properties",
                      schema: false,
                      parentSchema: schema20,
                      data: data24
                    };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
                if (data24.cpu !== void 0) {
                  let data25 = data24.cpu;
                  if (typeof data25 === "string") {
                    if (!pattern6.test(data25)) {
                      const err72 = {
                        instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/requests/cpu",
                        schemaPath: "#/definitions/CapacityRequests/properties/cpu/pattern",
                        keyword: "pattern",
                        params: { pattern: "^([0-9]+m|[0-9]+(\\.[0-9]+)?)$" },
                        message: 'must match pattern "^([0-9]+m|[0-9]+(\\.[0-9]+)?)$"',
                        schema: "^([0-9]+m|[0-9]+(\\.[0-9]+)?)$",
                        parentSchema: schema20.properties.cpu,
                        data: data25
                      };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                  } else {
                    const err73 = {
                      instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/requests/cpu",
                      schemaPath: "#/definitions/CapacityRequests/properties/cpu/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema20.properties.cpu.type,
                      parentSchema: schema20.properties.cpu,
                      data: data25
                    };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                if (data24.memory !== void 0) {
                  let data26 = data24.memory;
                  if (typeof data26 === "string") {
                    if (!pattern7.test(data26)) {
                      const err74 = {
                        instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/requests/memory",
                        schemaPath: "#/definitions/CapacityRequests/properties/memory/pattern",
                        keyword: "pattern",
                        params: { pattern: "^[0-9]+(Ki|Mi|Gi|Ti|k|M|G|T)?$" },
                        message: 'must match pattern "^[0-9]+(Ki|Mi|Gi|Ti|k|M|G|T)?$"',
                        schema: "^[0-9]+(Ki|Mi|Gi|Ti|k|M|G|T)?$",
                        parentSchema: schema20.properties.memory,
                        data: data26
                      };
                      if (vErrors === null) {
                        vErrors = [err74];
                      } else {
                        vErrors.push(err74);
                      }
                      errors++;
                    }
                  } else {
                    const err75 = {
                      instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/requests/memory",
                      schemaPath: "#/definitions/CapacityRequests/properties/memory/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema20.properties.memory.type,
                      parentSchema: schema20.properties.memory,
                      data: data26
                    };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                }
              } else {
                const err76 = {
                  instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/requests",
                  schemaPath: "#/definitions/CapacityRequests/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema20.type,
                  parentSchema: schema20,
                  data: data24
                };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data18.disruptionBudget !== void 0) {
              let data27 = data18.disruptionBudget;
              if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                if (Object.keys(data27).length > 1) {
                  const err77 = {
                    instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/disruptionBudget",
                    schemaPath: "#/definitions/CapacityDisruptionBudget/maxProperties",
                    keyword: "maxProperties",
                    params: { limit: 1 },
                    message: "must NOT have more than 1 properties",
                    schema: 1,
                    parentSchema: schema21,
                    data: data27
                  };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
                if (Object.keys(data27).length < 1) {
                  const err78 = {
                    instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/disruptionBudget",
                    schemaPath: "#/definitions/CapacityDisruptionBudget/minProperties",
                    keyword: "minProperties",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 properties",
                    schema: 1,
                    parentSchema: schema21,
                    data: data27
                  };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
                for (const key10 in data27) {
                  if (!(key10 === "minAvailable" || key10 === "maxUnavailable")) {
                    const err79 = {
                      instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/disruptionBudget",
                      schemaPath: "#/definitions/CapacityDisruptionBudget/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key10 },
                      message: "must NOT have additional properties",
                      schema: false,
                      parentSchema: schema21,
                      data: data27
                    };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
                if (data27.minAvailable !== void 0) {
                  let data28 = data27.minAvailable;
                  const _errs87 = errors;
                  let valid23 = false;
                  let passing2 = null;
                  const _errs88 = errors;
                  if (!(typeof data28 == "number" && !(data28 % 1) && !isNaN(data28) && isFinite(data28))) {
                    const err80 = {
                      instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/disruptionBudget/minAvailable",
                      schemaPath: "#/definitions/CapacityDisruptionBudget/properties/minAvailable/oneOf/0/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                      schema: schema21.properties.minAvailable.oneOf[0].type,
                      parentSchema: schema21.properties.minAvailable.oneOf[0],
                      data: data28
                    };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                  if (typeof data28 == "number" && isFinite(data28)) {
                    if (data28 < 0 || isNaN(data28)) {
                      const err81 = {
                        instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/disruptionBudget/minAvailable",
                        schemaPath: "#/definitions/CapacityDisruptionBudget/properties/minAvailable/oneOf/0/minimum",
                        keyword: "minimum",
                        params: { comparison: ">=", limit: 0 },
                        message: "must be >= 0",
                        schema: 0,
                        parentSchema: schema21.properties.minAvailable.oneOf[0],
                        data: data28
                      };
                      if (vErrors === null) {
                        vErrors = [err81];
                      } else {
                        vErrors.push(err81);
                      }
                      errors++;
                    }
                  }
                  var _valid2 = _errs88 === errors;
                  if (_valid2) {
                    valid23 = true;
                    passing2 = 0;
                  }
                  const _errs90 = errors;
                  if (typeof data28 === "string") {
                    if (!pattern8.test(data28)) {
                      const err82 = {
                        instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/disruptionBudget/minAvailable",
                        schemaPath: "#/definitions/CapacityDisruptionBudget/properties/minAvailable/oneOf/1/pattern",
                        keyword: "pattern",
                        params: { pattern: "^[0-9]{1,3}%$" },
                        message: 'must match pattern "^[0-9]{1,3}%$"',
                        schema: "^[0-9]{1,3}%$",
                        parentSchema: schema21.properties.minAvailable.oneOf[1],
                        data: data28
                      };
                      if (vErrors === null) {
                        vErrors = [err82];
                      } else {
                        vErrors.push(err82);
                      }
                      errors++;
                    }
                  } else {
                    const err83 = {
                      instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/disruptionBudget/minAvailable",
                      schemaPath: "#/definitions/CapacityDisruptionBudget/properties/minAvailable/oneOf/1/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema21.properties.minAvailable.oneOf[1].type,
                      parentSchema: schema21.properties.minAvailable.oneOf[1],
                      data: data28
                    };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                  var _valid2 = _errs90 === errors;
                  if (_valid2 && valid23) {
                    valid23 = false;
                    passing2 = [passing2, 1];
                  } else {
                    if (_valid2) {
                      valid23 = true;
                      passing2 = 1;
                    }
                  }
                  if (!valid23) {
                    const err84 = {
                      instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/disruptionBudget/minAvailable",
                      schemaPath: "#/definitions/CapacityDisruptionBudget/properties/minAvailable/oneOf",
                      keyword: "oneOf",
                      params: { passingSchemas: passing2 },
                      message: "must match exactly one schema in oneOf",
                      schema: schema21.properties.minAvailable.oneOf,
                      parentSchema: schema21.properties.minAvailable,
                      data: data28
                    };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  } else {
                    errors = _errs87;
                    if (vErrors !== null) {
                      if (_errs87) {
                        vErrors.length = _errs87;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data27.maxUnavailable !== void 0) {
                  let data29 = data27.maxUnavailable;
                  const _errs93 = errors;
                  let valid24 = false;
                  let passing3 = null;
                  const _errs94 = errors;
                  if (!(typeof data29 == "number" && !(data29 % 1) && !isNaN(data29) && isFinite(data29))) {
                    const err85 = {
                      instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/disruptionBudget/maxUnavailable",
                      schemaPath: "#/definitions/CapacityDisruptionBudget/properties/maxUnavailable/oneOf/0/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                      schema: schema21.properties.maxUnavailable.oneOf[0].type,
                      parentSchema: schema21.properties.maxUnavailable.oneOf[0],
                      data: data29
                    };
                    if (vErrors === null) {
                      vErrors = [err85];
                    } else {
                      vErrors.push(err85);
                    }
                    errors++;
                  }
                  if (typeof data29 == "number" && isFinite(data29)) {
                    if (data29 < 1 || isNaN(data29)) {
                      const err86 = {
                        instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/disruptionBudget/maxUnavailable",
                        schemaPath: "#/definitions/CapacityDisruptionBudget/properties/maxUnavailable/oneOf/0/minimum",
                        keyword: "minimum",
                        params: { comparison: ">=", limit: 1 },
                        message: "must be >= 1",
                        schema: 1,
                        parentSchema: schema21.properties.maxUnavailable.oneOf[0],
                        data: data29
                      };
                      if (vErrors === null) {
                        vErrors = [err86];
                      } else {
                        vErrors.push(err86);
                      }
                      errors++;
                    }
                  }
                  var _valid3 = _errs94 === errors;
                  if (_valid3) {
                    valid24 = true;
                    passing3 = 0;
                  }
                  const _errs96 = errors;
                  if (typeof data29 === "string") {
                    if (!pattern8.test(data29)) {
                      const err87 = {
                        instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/disruptionBudget/maxUnavailable",
                        schemaPath: "#/definitions/CapacityDisruptionBudget/properties/maxUnavailable/oneOf/1/pattern",
                        keyword: "pattern",
                        params: { pattern: "^[0-9]{1,3}%$" },
                        message: 'must match pattern "^[0-9]{1,3}%$"',
                        schema: "^[0-9]{1,3}%$",
                        parentSchema: schema21.properties.maxUnavailable.oneOf[1],
                        data: data29
                      };
                      if (vErrors === null) {
                        vErrors = [err87];
                      } else {
                        vErrors.push(err87);
                      }
                      errors++;
                    }
                  } else {
                    const err88 = {
                      instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/disruptionBudget/maxUnavailable",
                      schemaPath: "#/definitions/CapacityDisruptionBudget/properties/maxUnavailable/oneOf/1/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema21.properties.maxUnavailable.oneOf[1].type,
                      parentSchema: schema21.properties.maxUnavailable.oneOf[1],
                      data: data29
                    };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                  var _valid3 = _errs96 === errors;
                  if (_valid3 && valid24) {
                    valid24 = false;
                    passing3 = [passing3, 1];
                  } else {
                    if (_valid3) {
                      valid24 = true;
                      passing3 = 1;
                    }
                  }
                  if (!valid24) {
                    const err89 = {
                      instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/disruptionBudget/maxUnavailable",
                      schemaPath: "#/definitions/CapacityDisruptionBudget/properties/maxUnavailable/oneOf",
                      keyword: "oneOf",
                      params: { passingSchemas: passing3 },
                      message: "must match exactly one schema in oneOf",
                      schema: schema21.properties.maxUnavailable.oneOf,
                      parentSchema: schema21.properties.maxUnavailable,
                      data: data29
                    };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  } else {
                    errors = _errs93;
                    if (vErrors !== null) {
                      if (_errs93) {
                        vErrors.length = _errs93;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err90 = {
                  instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/disruptionBudget",
                  schemaPath: "#/definitions/CapacityDisruptionBudget/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema21.type,
                  parentSchema: schema21,
                  data: data27
                };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
            if (data18.perPodRps !== void 0) {
              let data30 = data18.perPodRps;
              if (typeof data30 == "number" && isFinite(data30)) {
                if (data30 <= 0 || isNaN(data30)) {
                  const err91 = {
                    instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/perPodRps",
                    schemaPath: "#/definitions/CapacityPerPodRps/exclusiveMinimum",
                    keyword: "exclusiveMinimum",
                    params: { comparison: ">", limit: 0 },
                    message: "must be > 0",
                    schema: 0,
                    parentSchema: schema22,
                    data: data30
                  };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              } else {
                const err92 = {
                  instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/perPodRps",
                  schemaPath: "#/definitions/CapacityPerPodRps/type",
                  keyword: "type",
                  params: { type: "number" },
                  message: "must be number",
                  schema: schema22.type,
                  parentSchema: schema22,
                  data: data30
                };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data18.rps !== void 0) {
              let data31 = data18.rps;
              if (typeof data31 == "number" && isFinite(data31)) {
                if (data31 < 0 || isNaN(data31)) {
                  const err93 = {
                    instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/rps",
                    schemaPath: "#/definitions/CapacityRps/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 0 },
                    message: "must be >= 0",
                    schema: 0,
                    parentSchema: schema23,
                    data: data31
                  };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              } else {
                const err94 = {
                  instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/rps",
                  schemaPath: "#/definitions/CapacityRps/type",
                  keyword: "type",
                  params: { type: "number" },
                  message: "must be number",
                  schema: schema23.type,
                  parentSchema: schema23,
                  data: data31
                };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
          } else {
            const err95 = {
              instancePath: instancePath + "/regions/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/regions/additionalProperties/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema17.properties.regions.additionalProperties.type,
              parentSchema: schema17.properties.regions.additionalProperties,
              data: data18
            };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
      } else {
        const err96 = {
          instancePath: instancePath + "/regions",
          schemaPath: "#/properties/regions/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema17.properties.regions.type,
          parentSchema: schema17.properties.regions,
          data: data17
        };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
    }
  } else {
    const err97 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema17.type,
      parentSchema: schema17,
      data
    };
    if (vErrors === null) {
      vErrors = [err97];
    } else {
      vErrors.push(err97);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "apiVersion" },
        message: "must have required property 'apiVersion'",
        schema: schema11.required,
        parentSchema: schema11,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "kind" },
        message: "must have required property 'kind'",
        schema: schema11.required,
        parentSchema: schema11,
        data
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "metadata" },
        message: "must have required property 'metadata'",
        schema: schema11.required,
        parentSchema: schema11,
        data
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "spec" },
        message: "must have required property 'spec'",
        schema: schema11.required,
        parentSchema: schema11,
        data
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema11,
          data
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("multiregion.dev/v1" !== data0) {
        const err5 = {
          instancePath: instancePath + "/apiVersion",
          schemaPath: "#/properties/apiVersion/const",
          keyword: "const",
          params: { allowedValue: "multiregion.dev/v1" },
          message: "must be equal to constant",
          schema: "multiregion.dev/v1",
          parentSchema: schema11.properties.apiVersion,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("Service" !== data1) {
        const err6 = {
          instancePath: instancePath + "/kind",
          schemaPath: "#/properties/kind/const",
          keyword: "const",
          params: { allowedValue: "Service" },
          message: "must be equal to constant",
          schema: "Service",
          parentSchema: schema11.properties.kind,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err7 = {
            instancePath: instancePath + "/metadata",
            schemaPath: "#/properties/metadata/required",
            keyword: "required",
            params: { missingProperty: "name" },
            message: "must have required property 'name'",
            schema: schema11.properties.metadata.required,
            parentSchema: schema11.properties.metadata,
            data: data2
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "name" || key1 === "team" || key1 === "labels")) {
            const err8 = {
              instancePath: instancePath + "/metadata",
              schemaPath: "#/properties/metadata/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema11.properties.metadata,
              data: data2
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (!formats0(data3)) {
              const err9 = {
                instancePath: instancePath + "/metadata/name",
                schemaPath: "#/properties/metadata/properties/name/format",
                keyword: "format",
                params: { format: "dns-label" },
                message: 'must match format "dns-label"',
                schema: "dns-label",
                parentSchema: schema11.properties.metadata.properties.name,
                data: data3
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = {
              instancePath: instancePath + "/metadata/name",
              schemaPath: "#/properties/metadata/properties/name/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema11.properties.metadata.properties.name.type,
              parentSchema: schema11.properties.metadata.properties.name,
              data: data3
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data2.team !== void 0) {
          let data4 = data2.team;
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err11 = {
                instancePath: instancePath + "/metadata/team",
                schemaPath: "#/properties/metadata/properties/team/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                schema: 1,
                parentSchema: schema11.properties.metadata.properties.team,
                data: data4
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = {
              instancePath: instancePath + "/metadata/team",
              schemaPath: "#/properties/metadata/properties/team/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema11.properties.metadata.properties.team.type,
              parentSchema: schema11.properties.metadata.properties.team,
              data: data4
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data2.labels !== void 0) {
          let data5 = data2.labels;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key2 in data5) {
              let data6 = data5[key2];
              if (typeof data6 !== "string") {
                const err13 = {
                  instancePath: instancePath + "/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/properties/metadata/properties/labels/additionalProperties/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.metadata.properties.labels.additionalProperties.type,
                  parentSchema: schema11.properties.metadata.properties.labels.additionalProperties,
                  data: data6
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = {
              instancePath: instancePath + "/metadata/labels",
              schemaPath: "#/properties/metadata/properties/labels/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema11.properties.metadata.properties.labels.type,
              parentSchema: schema11.properties.metadata.properties.labels,
              data: data5
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + "/metadata",
          schemaPath: "#/properties/metadata/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema11.properties.metadata.type,
          parentSchema: schema11.properties.metadata,
          data: data2
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data7 = data.spec;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.image === void 0) {
          const err16 = {
            instancePath: instancePath + "/spec",
            schemaPath: "#/properties/spec/required",
            keyword: "required",
            params: { missingProperty: "image" },
            message: "must have required property 'image'",
            schema: schema11.properties.spec.required,
            parentSchema: schema11.properties.spec,
            data: data7
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data7.regions === void 0) {
          const err17 = {
            instancePath: instancePath + "/spec",
            schemaPath: "#/properties/spec/required",
            keyword: "required",
            params: { missingProperty: "regions" },
            message: "must have required property 'regions'",
            schema: schema11.properties.spec.required,
            parentSchema: schema11.properties.spec,
            data: data7
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key3 in data7) {
          if (!(key3 === "image" || key3 === "regions" || key3 === "train" || key3 === "routing" || key3 === "data" || key3 === "capacity")) {
            const err18 = {
              instancePath: instancePath + "/spec",
              schemaPath: "#/properties/spec/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key3 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema11.properties.spec,
              data: data7
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data7.image !== void 0) {
          let data8 = data7.image;
          if (typeof data8 === "string") {
            if (!formats2(data8)) {
              const err19 = {
                instancePath: instancePath + "/spec/image",
                schemaPath: "#/properties/spec/properties/image/format",
                keyword: "format",
                params: { format: "image-repository" },
                message: 'must match format "image-repository"',
                schema: "image-repository",
                parentSchema: schema11.properties.spec.properties.image,
                data: data8
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = {
              instancePath: instancePath + "/spec/image",
              schemaPath: "#/properties/spec/properties/image/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema11.properties.spec.properties.image.type,
              parentSchema: schema11.properties.spec.properties.image,
              data: data8
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data7.regions !== void 0) {
          let data9 = data7.regions;
          if (Array.isArray(data9)) {
            if (data9.length < 1) {
              const err21 = {
                instancePath: instancePath + "/spec/regions",
                schemaPath: "#/properties/spec/properties/regions/minItems",
                keyword: "minItems",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 items",
                schema: 1,
                parentSchema: schema11.properties.spec.properties.regions,
                data: data9
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            const len0 = data9.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data10 = data9[i0];
              if (typeof data10 === "string") {
                if (!formats0(data10)) {
                  const err22 = {
                    instancePath: instancePath + "/spec/regions/" + i0,
                    schemaPath: "#/properties/spec/properties/regions/items/format",
                    keyword: "format",
                    params: { format: "dns-label" },
                    message: 'must match format "dns-label"',
                    schema: "dns-label",
                    parentSchema: schema11.properties.spec.properties.regions.items,
                    data: data10
                  };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = {
                  instancePath: instancePath + "/spec/regions/" + i0,
                  schemaPath: "#/properties/spec/properties/regions/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.spec.properties.regions.items.type,
                  parentSchema: schema11.properties.spec.properties.regions.items,
                  data: data10
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            let i1 = data9.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data9[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err24 = {
                    instancePath: instancePath + "/spec/regions",
                    schemaPath: "#/properties/spec/properties/regions/uniqueItems",
                    keyword: "uniqueItems",
                    params: { i: i1, j: j0 },
                    message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
                    schema: true,
                    parentSchema: schema11.properties.spec.properties.regions,
                    data: data9
                  };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err25 = {
              instancePath: instancePath + "/spec/regions",
              schemaPath: "#/properties/spec/properties/regions/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema11.properties.spec.properties.regions.type,
              parentSchema: schema11.properties.spec.properties.regions,
              data: data9
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data7.train !== void 0) {
          let data11 = data7.train;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            for (const key4 in data11) {
              if (!(key4 === "waves" || key4 === "approvals" || key4 === "bake" || key4 === "timeout" || key4 === "onFailure" || key4 === "checks")) {
                const err26 = {
                  instancePath: instancePath + "/spec/train",
                  schemaPath: "#/definitions/Train/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key4 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema12,
                  data: data11
                };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data11.waves !== void 0) {
              let data12 = data11.waves;
              if (Array.isArray(data12)) {
                if (data12.length < 1) {
                  const err27 = {
                    instancePath: instancePath + "/spec/train/waves",
                    schemaPath: "#/definitions/Train/properties/waves/minItems",
                    keyword: "minItems",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 items",
                    schema: 1,
                    parentSchema: schema12.properties.waves,
                    data: data12
                  };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                const len1 = data12.length;
                for (let i2 = 0; i2 < len1; i2++) {
                  let data13 = data12[i2];
                  if (Array.isArray(data13)) {
                    if (data13.length < 1) {
                      const err28 = {
                        instancePath: instancePath + "/spec/train/waves/" + i2,
                        schemaPath: "#/definitions/Train/properties/waves/items/minItems",
                        keyword: "minItems",
                        params: { limit: 1 },
                        message: "must NOT have fewer than 1 items",
                        schema: 1,
                        parentSchema: schema12.properties.waves.items,
                        data: data13
                      };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                    const len2 = data13.length;
                    for (let i3 = 0; i3 < len2; i3++) {
                      let data14 = data13[i3];
                      if (typeof data14 === "string") {
                        if (!formats0(data14)) {
                          const err29 = {
                            instancePath: instancePath + "/spec/train/waves/" + i2 + "/" + i3,
                            schemaPath: "#/definitions/Train/properties/waves/items/items/format",
                            keyword: "format",
                            params: { format: "dns-label" },
                            message: 'must match format "dns-label"',
                            schema: "dns-label",
                            parentSchema: schema12.properties.waves.items.items,
                            data: data14
                          };
                          if (vErrors === null) {
                            vErrors = [err29];
                          } else {
                            vErrors.push(err29);
                          }
                          errors++;
                        }
                      } else {
                        const err30 = {
                          instancePath: instancePath + "/spec/train/waves/" + i2 + "/" + i3,
                          schemaPath: "#/definitions/Train/properties/waves/items/items/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema12.properties.waves.items.items.type,
                          parentSchema: schema12.properties.waves.items.items,
                          data: data14
                        };
                        if (vErrors === null) {
                          vErrors = [err30];
                        } else {
                          vErrors.push(err30);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err31 = {
                      instancePath: instancePath + "/spec/train/waves/" + i2,
                      schemaPath: "#/definitions/Train/properties/waves/items/type",
                      keyword: "type",
                      params: { type: "array" },
                      message: "must be array",
                      schema: schema12.properties.waves.items.type,
                      parentSchema: schema12.properties.waves.items,
                      data: data13
                    };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              } else {
                const err32 = {
                  instancePath: instancePath + "/spec/train/waves",
                  schemaPath: "#/definitions/Train/properties/waves/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                  schema: schema12.properties.waves.type,
                  parentSchema: schema12.properties.waves,
                  data: data12
                };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data11.approvals !== void 0) {
              let data15 = data11.approvals;
              if (!(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
                const err33 = {
                  instancePath: instancePath + "/spec/train/approvals",
                  schemaPath: "#/definitions/Train/properties/approvals/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
                  schema: schema12.properties.approvals.type,
                  parentSchema: schema12.properties.approvals,
                  data: data15
                };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
              if (typeof data15 == "number" && isFinite(data15)) {
                if (data15 > 10 || isNaN(data15)) {
                  const err34 = {
                    instancePath: instancePath + "/spec/train/approvals",
                    schemaPath: "#/definitions/Train/properties/approvals/maximum",
                    keyword: "maximum",
                    params: { comparison: "<=", limit: 10 },
                    message: "must be <= 10",
                    schema: 10,
                    parentSchema: schema12.properties.approvals,
                    data: data15
                  };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
                if (data15 < 0 || isNaN(data15)) {
                  const err35 = {
                    instancePath: instancePath + "/spec/train/approvals",
                    schemaPath: "#/definitions/Train/properties/approvals/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 0 },
                    message: "must be >= 0",
                    schema: 0,
                    parentSchema: schema12.properties.approvals,
                    data: data15
                  };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
            }
            if (data11.bake !== void 0) {
              let data16 = data11.bake;
              if (typeof data16 === "string") {
                if (!formats8(data16)) {
                  const err36 = {
                    instancePath: instancePath + "/spec/train/bake",
                    schemaPath: "#/definitions/Train/properties/bake/format",
                    keyword: "format",
                    params: { format: "duration" },
                    message: 'must match format "duration"',
                    schema: "duration",
                    parentSchema: schema12.properties.bake,
                    data: data16
                  };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              } else {
                const err37 = {
                  instancePath: instancePath + "/spec/train/bake",
                  schemaPath: "#/definitions/Train/properties/bake/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema12.properties.bake.type,
                  parentSchema: schema12.properties.bake,
                  data: data16
                };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data11.timeout !== void 0) {
              let data17 = data11.timeout;
              if (typeof data17 === "string") {
                if (!formats8(data17)) {
                  const err38 = {
                    instancePath: instancePath + "/spec/train/timeout",
                    schemaPath: "#/definitions/Train/properties/timeout/format",
                    keyword: "format",
                    params: { format: "duration" },
                    message: 'must match format "duration"',
                    schema: "duration",
                    parentSchema: schema12.properties.timeout,
                    data: data17
                  };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              } else {
                const err39 = {
                  instancePath: instancePath + "/spec/train/timeout",
                  schemaPath: "#/definitions/Train/properties/timeout/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema12.properties.timeout.type,
                  parentSchema: schema12.properties.timeout,
                  data: data17
                };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data11.onFailure !== void 0) {
              let data18 = data11.onFailure;
              if (!(data18 === "rollback" || data18 === "halt")) {
                const err40 = {
                  instancePath: instancePath + "/spec/train/onFailure",
                  schemaPath: "#/definitions/Train/properties/onFailure/enum",
                  keyword: "enum",
                  params: { allowedValues: schema12.properties.onFailure.enum },
                  message: "must be equal to one of the allowed values",
                  schema: schema12.properties.onFailure.enum,
                  parentSchema: schema12.properties.onFailure,
                  data: data18
                };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data11.checks !== void 0) {
              let data19 = data11.checks;
              if (Array.isArray(data19)) {
                const len3 = data19.length;
                for (let i4 = 0; i4 < len3; i4++) {
                  let data20 = data19[i4];
                  if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                    if (data20.name === void 0) {
                      const err41 = {
                        instancePath: instancePath + "/spec/train/checks/" + i4,
                        schemaPath: "#/definitions/Train/properties/checks/items/required",
                        keyword: "required",
                        params: { missingProperty: "name" },
                        message: "must have required property 'name'",
                        schema: schema12.properties.checks.items.required,
                        parentSchema: schema12.properties.checks.items,
                        data: data20
                      };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                    if (data20.query === void 0) {
                      const err42 = {
                        instancePath: instancePath + "/spec/train/checks/" + i4,
                        schemaPath: "#/definitions/Train/properties/checks/items/required",
                        keyword: "required",
                        params: { missingProperty: "query" },
                        message: "must have required property 'query'",
                        schema: schema12.properties.checks.items.required,
                        parentSchema: schema12.properties.checks.items,
                        data: data20
                      };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                    for (const key5 in data20) {
                      if (!(key5 === "name" || key5 === "query" || key5 === "max" || key5 === "min")) {
                        const err43 = {
                          instancePath: instancePath + "/spec/train/checks/" + i4,
                          schemaPath: "#/definitions/Train/properties/checks/items/additionalProperties",
                          keyword: "additionalProperties",
                          params: { additionalProperty: key5 },
                          message: "must NOT have additional properties",
                          schema: false,
                          parentSchema: schema12.properties.checks.items,
                          data: data20
                        };
                        if (vErrors === null) {
                          vErrors = [err43];
                        } else {
                          vErrors.push(err43);
                        }
                        errors++;
                      }
                    }
                    if (data20.name !== void 0) {
                      let data21 = data20.name;
                      if (typeof data21 === "string") {
                        if (!formats0(data21)) {
                          const err44 = {
                            instancePath: instancePath + "/spec/train/checks/" + i4 + "/name",
                            schemaPath: "#/definitions/Train/properties/checks/items/properties/name/format",
                            keyword: "format",
                            params: { format: "dns-label" },
                            message: 'must match format "dns-label"',
                            schema: "dns-label",
                            parentSchema: schema12.properties.checks.items.properties.name,
                            data: data21
                          };
                          if (vErrors === null) {
                            vErrors = [err44];
                          } else {
                            vErrors.push(err44);
                          }
                          errors++;
                        }
                      } else {
                        const err45 = {
                          instancePath: instancePath + "/spec/train/checks/" + i4 + "/name",
                          schemaPath: "#/definitions/Train/properties/checks/items/properties/name/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema12.properties.checks.items.properties.name.type,
                          parentSchema: schema12.properties.checks.items.properties.name,
                          data: data21
                        };
                        if (vErrors === null) {
                          vErrors = [err45];
                        } else {
                          vErrors.push(err45);
                        }
                        errors++;
                      }
                    }
                    if (data20.query !== void 0) {
                      let data22 = data20.query;
                      if (typeof data22 === "string") {
                        if (func2(data22) < 1) {
                          const err46 = {
                            instancePath: instancePath + "/spec/train/checks/" + i4 + "/query",
                            schemaPath: "#/definitions/Train/properties/checks/items/properties/query/minLength",
                            keyword: "minLength",
                            params: { limit: 1 },
                            message: "must NOT have fewer than 1 characters",
                            schema: 1,
                            parentSchema: schema12.properties.checks.items.properties.query,
                            data: data22
                          };
                          if (vErrors === null) {
                            vErrors = [err46];
                          } else {
                            vErrors.push(err46);
                          }
                          errors++;
                        }
                      } else {
                        const err47 = {
                          instancePath: instancePath + "/spec/train/checks/" + i4 + "/query",
                          schemaPath: "#/definitions/Train/properties/checks/items/properties/query/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema12.properties.checks.items.properties.query.type,
                          parentSchema: schema12.properties.checks.items.properties.query,
                          data: data22
                        };
                        if (vErrors === null) {
                          vErrors = [err47];
                        } else {
                          vErrors.push(err47);
                        }
                        errors++;
                      }
                    }
                    if (data20.max !== void 0) {
                      let data23 = data20.max;
                      if (!(typeof data23 == "number" && isFinite(data23))) {
                        const err48 = {
                          instancePath: instancePath + "/spec/train/checks/" + i4 + "/max",
                          schemaPath: "#/definitions/Train/properties/checks/items/properties/max/type",
                          keyword: "type",
                          params: { type: "number" },
                          message: "must be number",
                          schema: schema12.properties.checks.items.properties.max.type,
                          parentSchema: schema12.properties.checks.items.properties.max,
                          data: data23
                        };
                        if (vErrors === null) {
                          vErrors = [err48];
                        } else {
                          vErrors.push(err48);
                        }
                        errors++;
                      }
                    }
                    if (data20.min !== void 0) {
                      let data24 = data20.min;
                      if (!(typeof data24 == "number" && isFinite(data24))) {
                        const err49 = {
                          instancePath: instancePath + "/spec/train/checks/" + i4 + "/min",
                          schemaPath: "#/definitions/Train/properties/checks/items/properties/min/type",
                          keyword: "type",
                          params: { type: "number" },
                          message: "must be number",
                          schema: schema12.properties.checks.items.properties.min.type,
                          parentSchema: schema12.properties.checks.items.properties.min,
                          data: data24
                        };
                        if (vErrors === null) {
                          vErrors = [err49];
                        } else {
                          vErrors.push(err49);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err50 = {
                      instancePath: instancePath + "/spec/train/checks/" + i4,
                      schemaPath: "#/definitions/Train/properties/checks/items/type",
                      keyword: "type",
                      params: { type: "object" },
                      message: "must be object",
                      schema: schema12.properties.checks.items.type,
                      parentSchema: schema12.properties.checks.items,
                      data: data20
                    };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
              } else {
                const err51 = {
                  instancePath: instancePath + "/spec/train/checks",
                  schemaPath: "#/definitions/Train/properties/checks/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                  schema: schema12.properties.checks.type,
                  parentSchema: schema12.properties.checks,
                  data: data19
                };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
          } else {
            const err52 = {
              instancePath: instancePath + "/spec/train",
              schemaPath: "#/definitions/Train/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema12.type,
              parentSchema: schema12,
              data: data11
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data7.routing !== void 0) {
          let data25 = data7.routing;
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            if (data25.hostname === void 0) {
              const err53 = {
                instancePath: instancePath + "/spec/routing",
                schemaPath: "#/definitions/Routing/required",
                keyword: "required",
                params: { missingProperty: "hostname" },
                message: "must have required property 'hostname'",
                schema: schema13.required,
                parentSchema: schema13,
                data: data25
              };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            for (const key6 in data25) {
              if (!func4.call(schema13.properties, key6)) {
                const err54 = {
                  instancePath: instancePath + "/spec/routing",
                  schemaPath: "#/definitions/Routing/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key6 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema13,
                  data: data25
                };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data25.hostname !== void 0) {
              let data26 = data25.hostname;
              if (typeof data26 === "string") {
                if (!formats14(data26)) {
                  const err55 = {
                    instancePath: instancePath + "/spec/routing/hostname",
                    schemaPath: "#/definitions/Routing/properties/hostname/format",
                    keyword: "format",
                    params: { format: "hostname" },
                    message: 'must match format "hostname"',
                    schema: "hostname",
                    parentSchema: schema13.properties.hostname,
                    data: data26
                  };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              } else {
                const err56 = {
                  instancePath: instancePath + "/spec/routing/hostname",
                  schemaPath: "#/definitions/Routing/properties/hostname/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema13.properties.hostname.type,
                  parentSchema: schema13.properties.hostname,
                  data: data26
                };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data25.hostnames !== void 0) {
              let data27 = data25.hostnames;
              if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                for (const key7 in data27) {
                  const _errs63 = errors;
                  if (typeof key7 === "string") {
                    if (!formats0(key7)) {
                      const err57 = {
                        instancePath: instancePath + "/spec/routing/hostnames",
                        schemaPath: "#/definitions/Routing/properties/hostnames/propertyNames/format",
                        keyword: "format",
                        params: { format: "dns-label" },
                        message: 'must match format "dns-label"',
                        schema: "dns-label",
                        parentSchema: schema13.properties.hostnames.propertyNames,
                        data: key7,
                        propertyName: key7
                      };
                      if (vErrors === null) {
                        vErrors = [err57];
                      } else {
                        vErrors.push(err57);
                      }
                      errors++;
                    }
                  }
                  var valid18 = _errs63 === errors;
                  if (!valid18) {
                    const err58 = {
                      instancePath: instancePath + "/spec/routing/hostnames",
                      schemaPath: "#/definitions/Routing/properties/hostnames/propertyNames",
                      keyword: "propertyNames",
                      params: { propertyName: key7 },
                      message: "property name must be valid",
                      schema: schema13.properties.hostnames.propertyNames,
                      parentSchema: schema13.properties.hostnames,
                      data: data27
                    };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
                for (const key8 in data27) {
                  let data28 = data27[key8];
                  if (typeof data28 === "string") {
                    if (!formats14(data28)) {
                      const err59 = {
                        instancePath: instancePath + "/spec/routing/hostnames/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),
                        schemaPath: "#/definitions/Routing/properties/hostnames/additionalProperties/format",
                        keyword: "format",
                        params: { format: "hostname" },
                        message: 'must match format "hostname"',
                        schema: "hostname",
                        parentSchema: schema13.properties.hostnames.additionalProperties,
                        data: data28
                      };
                      if (vErrors === null) {
                        vErrors = [err59];
                      } else {
                        vErrors.push(err59);
                      }
                      errors++;
                    }
                  } else {
                    const err60 = {
                      instancePath: instancePath + "/spec/routing/hostnames/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),
                      schemaPath: "#/definitions/Routing/properties/hostnames/additionalProperties/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema13.properties.hostnames.additionalProperties.type,
                      parentSchema: schema13.properties.hostnames.additionalProperties,
                      data: data28
                    };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
              } else {
                const err61 = {
                  instancePath: instancePath + "/spec/routing/hostnames",
                  schemaPath: "#/definitions/Routing/properties/hostnames/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema13.properties.hostnames.type,
                  parentSchema: schema13.properties.hostnames,
                  data: data27
                };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data25.policy !== void 0) {
              let data29 = data25.policy;
              if (!(data29 === "latency" || data29 === "failover" || data29 === "weighted" || data29 === "geolocation")) {
                const err62 = {
                  instancePath: instancePath + "/spec/routing/policy",
                  schemaPath: "#/definitions/Routing/properties/policy/enum",
                  keyword: "enum",
                  params: { allowedValues: schema13.properties.policy.enum },
                  message: "must be equal to one of the allowed values",
                  schema: schema13.properties.policy.enum,
                  parentSchema: schema13.properties.policy,
                  data: data29
                };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data25.ttl !== void 0) {
              let data30 = data25.ttl;
              if (!(typeof data30 == "number" && !(data30 % 1) && !isNaN(data30) && isFinite(data30))) {
                const err63 = {
                  instancePath: instancePath + "/spec/routing/ttl",
                  schemaPath: "#/definitions/Routing/properties/ttl/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
                  schema: schema13.properties.ttl.type,
                  parentSchema: schema13.properties.ttl,
                  data: data30
                };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              if (typeof data30 == "number" && isFinite(data30)) {
                if (data30 > 86400 || isNaN(data30)) {
                  const err64 = {
                    instancePath: instancePath + "/spec/routing/ttl",
                    schemaPath: "#/definitions/Routing/properties/ttl/maximum",
                    keyword: "maximum",
                    params: { comparison: "<=", limit: 86400 },
                    message: "must be <= 86400",
                    schema: 86400,
                    parentSchema: schema13.properties.ttl,
                    data: data30
                  };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                if (data30 < 1 || isNaN(data30)) {
                  const err65 = {
                    instancePath: instancePath + "/spec/routing/ttl",
                    schemaPath: "#/definitions/Routing/properties/ttl/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 1 },
                    message: "must be >= 1",
                    schema: 1,
                    parentSchema: schema13.properties.ttl,
                    data: data30
                  };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              }
            }
            if (data25.timeout !== void 0) {
              let data31 = data25.timeout;
              if (typeof data31 === "string") {
                if (!formats8(data31)) {
                  const err66 = {
                    instancePath: instancePath + "/spec/routing/timeout",
                    schemaPath: "#/definitions/Routing/properties/timeout/format",
                    keyword: "format",
                    params: { format: "duration" },
                    message: 'must match format "duration"',
                    schema: "duration",
                    parentSchema: schema13.properties.timeout,
                    data: data31
                  };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              } else {
                const err67 = {
                  instancePath: instancePath + "/spec/routing/timeout",
                  schemaPath: "#/definitions/Routing/properties/timeout/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema13.properties.timeout.type,
                  parentSchema: schema13.properties.timeout,
                  data: data31
                };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data25.retries !== void 0) {
              let data32 = data25.retries;
              if (!(typeof data32 == "number" && !(data32 % 1) && !isNaN(data32) && isFinite(data32))) {
                const err68 = {
                  instancePath: instancePath + "/spec/routing/retries",
                  schemaPath: "#/definitions/Routing/properties/retries/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
                  schema: schema13.properties.retries.type,
                  parentSchema: schema13.properties.retries,
                  data: data32
                };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
              if (typeof data32 == "number" && isFinite(data32)) {
                if (data32 > 10 || isNaN(data32)) {
                  const err69 = {
                    instancePath: instancePath + "/spec/routing/retries",
                    schemaPath: "#/definitions/Routing/properties/retries/maximum",
                    keyword: "maximum",
                    params: { comparison: "<=", limit: 10 },
                    message: "must be <= 10",
                    schema: 10,
                    parentSchema: schema13.properties.retries,
                    data: data32
                  };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
                if (data32 < 0 || isNaN(data32)) {
                  const err70 = {
                    instancePath: instancePath + "/spec/routing/retries",
                    schemaPath: "#/definitions/Routing/properties/retries/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 0 },
                    message: "must be >= 0",
                    schema: 0,
                    parentSchema: schema13.properties.retries,
                    data: data32
                  };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              }
            }
            if (data25.deadline !== void 0) {
              let data33 = data25.deadline;
              if (typeof data33 === "string") {
                if (!formats8(data33)) {
                  const err71 = {
                    instancePath: instancePath + "/spec/routing/deadline",
                    schemaPath: "#/definitions/Routing/properties/deadline/format",
                    keyword: "format",
                    params: { format: "duration" },
                    message: 'must match format "duration"',
                    schema: "duration",
                    parentSchema: schema13.properties.deadline,
                    data: data33
                  };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
              } else {
                const err72 = {
                  instancePath: instancePath + "/spec/routing/deadline",
                  schemaPath: "#/definitions/Routing/properties/deadline/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema13.properties.deadline.type,
                  parentSchema: schema13.properties.deadline,
                  data: data33
                };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data25.hedge !== void 0) {
              let data34 = data25.hedge;
              if (typeof data34 === "string") {
                if (!formats8(data34)) {
                  const err73 = {
                    instancePath: instancePath + "/spec/routing/hedge",
                    schemaPath: "#/definitions/Routing/properties/hedge/format",
                    keyword: "format",
                    params: { format: "duration" },
                    message: 'must match format "duration"',
                    schema: "duration",
                    parentSchema: schema13.properties.hedge,
                    data: data34
                  };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              } else {
                const err74 = {
                  instancePath: instancePath + "/spec/routing/hedge",
                  schemaPath: "#/definitions/Routing/properties/hedge/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema13.properties.hedge.type,
                  parentSchema: schema13.properties.hedge,
                  data: data34
                };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data25.failover !== void 0) {
              let data35 = data25.failover;
              if (Array.isArray(data35)) {
                if (data35.length < 1) {
                  const err75 = {
                    instancePath: instancePath + "/spec/routing/failover",
                    schemaPath: "#/definitions/Routing/properties/failover/minItems",
                    keyword: "minItems",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 items",
                    schema: 1,
                    parentSchema: schema13.properties.failover,
                    data: data35
                  };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
                const len4 = data35.length;
                for (let i5 = 0; i5 < len4; i5++) {
                  let data36 = data35[i5];
                  if (typeof data36 === "string") {
                    if (!formats0(data36)) {
                      const err76 = {
                        instancePath: instancePath + "/spec/routing/failover/" + i5,
                        schemaPath: "#/definitions/Routing/properties/failover/items/format",
                        keyword: "format",
                        params: { format: "dns-label" },
                        message: 'must match format "dns-label"',
                        schema: "dns-label",
                        parentSchema: schema13.properties.failover.items,
                        data: data36
                      };
                      if (vErrors === null) {
                        vErrors = [err76];
                      } else {
                        vErrors.push(err76);
                      }
                      errors++;
                    }
                  } else {
                    const err77 = {
                      instancePath: instancePath + "/spec/routing/failover/" + i5,
                      schemaPath: "#/definitions/Routing/properties/failover/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema13.properties.failover.items.type,
                      parentSchema: schema13.properties.failover.items,
                      data: data36
                    };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
                let i6 = data35.length;
                let j1;
                if (i6 > 1) {
                  const indices1 = {};
                  for (; i6--; ) {
                    let item1 = data35[i6];
                    if (typeof item1 !== "string") {
                      continue;
                    }
                    if (typeof indices1[item1] == "number") {
                      j1 = indices1[item1];
                      const err78 = {
                        instancePath: instancePath + "/spec/routing/failover",
                        schemaPath: "#/definitions/Routing/properties/failover/uniqueItems",
                        keyword: "uniqueItems",
                        params: { i: i6, j: j1 },
                        message: "must NOT have duplicate items (items ## " + j1 + " and " + i6 + " are identical)",
                        schema: true,
                        parentSchema: schema13.properties.failover,
                        data: data35
                      };
                      if (vErrors === null) {
                        vErrors = [err78];
                      } else {
                        vErrors.push(err78);
                      }
                      errors++;
                      break;
                    }
                    indices1[item1] = i6;
                  }
                }
              } else {
                const err79 = {
                  instancePath: instancePath + "/spec/routing/failover",
                  schemaPath: "#/definitions/Routing/properties/failover/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                  schema: schema13.properties.failover.type,
                  parentSchema: schema13.properties.failover,
                  data: data35
                };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data25.weights !== void 0) {
              let data37 = data25.weights;
              if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                for (const key9 in data37) {
                  const _errs84 = errors;
                  if (typeof key9 === "string") {
                    if (!formats0(key9)) {
                      const err80 = {
                        instancePath: instancePath + "/spec/routing/weights",
                        schemaPath: "#/definitions/Routing/properties/weights/propertyNames/format",
                        keyword: "format",
                        params: { format: "dns-label" },
                        message: 'must match format "dns-label"',
                        schema: "dns-label",
                        parentSchema: schema13.properties.weights.propertyNames,
                        data: key9,
                        propertyName: key9
                      };
                      if (vErrors === null) {
                        vErrors = [err80];
                      } else {
                        vErrors.push(err80);
                      }
                      errors++;
                    }
                  }
                  var valid23 = _errs84 === errors;
                  if (!valid23) {
                    const err81 = {
                      instancePath: instancePath + "/spec/routing/weights",
                      schemaPath: "#/definitions/Routing/properties/weights/propertyNames",
                      keyword: "propertyNames",
                      params: { propertyName: key9 },
                      message: "property name must be valid",
                      schema: schema13.properties.weights.propertyNames,
                      parentSchema: schema13.properties.weights,
                      data: data37
                    };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                }
                for (const key10 in data37) {
                  let data38 = data37[key10];
                  if (!(typeof data38 == "number" && !(data38 % 1) && !isNaN(data38) && isFinite(data38))) {
                    const err82 = {
                      instancePath: instancePath + "/spec/routing/weights/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),
                      schemaPath: "#/definitions/Routing/properties/weights/additionalProperties/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                      schema: schema13.properties.weights.additionalProperties.type,
                      parentSchema: schema13.properties.weights.additionalProperties,
                      data: data38
                    };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                  if (typeof data38 == "number" && isFinite(data38)) {
                    if (data38 > 255 || isNaN(data38)) {
                      const err83 = {
                        instancePath: instancePath + "/spec/routing/weights/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),
                        schemaPath: "#/definitions/Routing/properties/weights/additionalProperties/maximum",
                        keyword: "maximum",
                        params: { comparison: "<=", limit: 255 },
                        message: "must be <= 255",
                        schema: 255,
                        parentSchema: schema13.properties.weights.additionalProperties,
                        data: data38
                      };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                    if (data38 < 0 || isNaN(data38)) {
                      const err84 = {
                        instancePath: instancePath + "/spec/routing/weights/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),
                        schemaPath: "#/definitions/Routing/properties/weights/additionalProperties/minimum",
                        keyword: "minimum",
                        params: { comparison: ">=", limit: 0 },
                        message: "must be >= 0",
                        schema: 0,
                        parentSchema: schema13.properties.weights.additionalProperties,
                        data: data38
                      };
                      if (vErrors === null) {
                        vErrors = [err84];
                      } else {
                        vErrors.push(err84);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err85 = {
                  instancePath: instancePath + "/spec/routing/weights",
                  schemaPath: "#/definitions/Routing/properties/weights/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema13.properties.weights.type,
                  parentSchema: schema13.properties.weights,
                  data: data37
                };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data25.shift !== void 0) {
              let data39 = data25.shift;
              if (Array.isArray(data39)) {
                if (data39.length < 1) {
                  const err86 = {
                    instancePath: instancePath + "/spec/routing/shift",
                    schemaPath: "#/definitions/Routing/properties/shift/minItems",
                    keyword: "minItems",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 items",
                    schema: 1,
                    parentSchema: schema13.properties.shift,
                    data: data39
                  };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
                const len5 = data39.length;
                for (let i7 = 0; i7 < len5; i7++) {
                  let data40 = data39[i7];
                  if (!(typeof data40 == "number" && !(data40 % 1) && !isNaN(data40) && isFinite(data40))) {
                    const err87 = {
                      instancePath: instancePath + "/spec/routing/shift/" + i7,
                      schemaPath: "#/definitions/Routing/properties/shift/items/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                      schema: schema13.properties.shift.items.type,
                      parentSchema: schema13.properties.shift.items,
                      data: data40
                    };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                  if (typeof data40 == "number" && isFinite(data40)) {
                    if (data40 > 100 || isNaN(data40)) {
                      const err88 = {
                        instancePath: instancePath + "/spec/routing/shift/" + i7,
                        schemaPath: "#/definitions/Routing/properties/shift/items/maximum",
                        keyword: "maximum",
                        params: { comparison: "<=", limit: 100 },
                        message: "must be <= 100",
                        schema: 100,
                        parentSchema: schema13.properties.shift.items,
                        data: data40
                      };
                      if (vErrors === null) {
                        vErrors = [err88];
                      } else {
                        vErrors.push(err88);
                      }
                      errors++;
                    }
                    if (data40 < 1 || isNaN(data40)) {
                      const err89 = {
                        instancePath: instancePath + "/spec/routing/shift/" + i7,
                        schemaPath: "#/definitions/Routing/properties/shift/items/minimum",
                        keyword: "minimum",
                        params: { comparison: ">=", limit: 1 },
                        message: "must be >= 1",
                        schema: 1,
                        parentSchema: schema13.properties.shift.items,
                        data: data40
                      };
                      if (vErrors === null) {
                        vErrors = [err89];
                      } else {
                        vErrors.push(err89);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err90 = {
                  instancePath: instancePath + "/spec/routing/shift",
                  schemaPath: "#/definitions/Routing/properties/shift/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                  schema: schema13.properties.shift.type,
                  parentSchema: schema13.properties.shift,
                  data: data39
                };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
            if (data25.geolocation !== void 0) {
              let data41 = data25.geolocation;
              if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                for (const key11 in data41) {
                  const _errs94 = errors;
                  if (typeof key11 === "string") {
                    if (!formats0(key11)) {
                      const err91 = {
                        instancePath: instancePath + "/spec/routing/geolocation",
                        schemaPath: "#/definitions/Routing/properties/geolocation/propertyNames/format",
                        keyword: "format",
                        params: { format: "dns-label" },
                        message: 'must match format "dns-label"',
                        schema: "dns-label",
                        parentSchema: schema13.properties.geolocation.propertyNames,
                        data: key11,
                        propertyName: key11
                      };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                  }
                  var valid27 = _errs94 === errors;
                  if (!valid27) {
                    const err92 = {
                      instancePath: instancePath + "/spec/routing/geolocation",
                      schemaPath: "#/definitions/Routing/properties/geolocation/propertyNames",
                      keyword: "propertyNames",
                      params: { propertyName: key11 },
                      message: "property name must be valid",
                      schema: schema13.properties.geolocation.propertyNames,
                      parentSchema: schema13.properties.geolocation,
                      data: data41
                    };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                }
                for (const key12 in data41) {
                  let data42 = data41[key12];
                  if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                    for (const key13 in data42) {
                      if (!(key13 === "continent" || key13 === "country" || key13 === "subdivision")) {
                        const err93 = {
                          instancePath: instancePath + "/spec/routing/geolocation/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),
                          schemaPath: "#/definitions/Routing/properties/geolocation/additionalProperties/additionalProperties",
                          keyword: "additionalProperties",
                          params: { additionalProperty: key13 },
                          message: "must NOT have additional properties",
                          schema: false,
                          parentSchema: schema13.properties.geolocation.additionalProperties,
                          data: data42
                        };
                        if (vErrors === null) {
                          vErrors = [err93];
                        } else {
                          vErrors.push(err93);
                        }
                        errors++;
                      }
                    }
                    if (data42.continent !== void 0) {
                      let data43 = data42.continent;
                      if (!(data43 === "AF" || data43 === "AN" || data43 === "AS" || data43 === "EU" || data43 === "NA" || data43 === "OC" || data43 === "SA")) {
                        const err94 = {
                          instancePath: instancePath + "/spec/routing/geolocation/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/continent",
                          schemaPath: "#/definitions/Routing/properties/geolocation/additionalProperties/properties/continent/enum",
                          keyword: "enum",
                          params: {
                            allowedValues: schema13.properties.geolocation.additionalProperties.properties.continent.enum
                          },
                          message: "must be equal to one of the allowed values",
                          schema: schema13.properties.geolocation.additionalProperties.properties.continent.enum,
                          parentSchema: schema13.properties.geolocation.additionalProperties.properties.continent,
                          data: data43
                        };
                        if (vErrors === null) {
                          vErrors = [err94];
                        } else {
                          vErrors.push(err94);
                        }
                        errors++;
                      }
                    }
                    if (data42.country !== void 0) {
                      let data44 = data42.country;
                      if (typeof data44 === "string") {
                        if (!pattern0.test(data44)) {
                          const err95 = {
                            instancePath: instancePath + "/spec/routing/geolocation/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/country",
                            schemaPath: "#/definitions/Routing/properties/geolocation/additionalProperties/properties/country/pattern",
                            keyword: "pattern",
                            params: { pattern: "^([A-Z]{2}|\\*)$" },
                            message: 'must match pattern "^([A-Z]{2}|\\*)$"',
                            schema: "^([A-Z]{2}|\\*)$",
                            parentSchema: schema13.properties.geolocation.additionalProperties.properties.country,
                            data: data44
                          };
                          if (vErrors === null) {
                            vErrors = [err95];
                          } else {
                            vErrors.push(err95);
                          }
                          errors++;
                        }
                      } else {
                        const err96 = {
                          instancePath: instancePath + "/spec/routing/geolocation/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/country",
                          schemaPath: "#/definitions/Routing/properties/geolocation/additionalProperties/properties/country/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema13.properties.geolocation.additionalProperties.properties.country.type,
                          parentSchema: schema13.properties.geolocation.additionalProperties.properties.country,
                          data: data44
                        };
                        if (vErrors === null) {
                          vErrors = [err96];
                        } else {
                          vErrors.push(err96);
                        }
                        errors++;
                      }
                    }
                    if (data42.subdivision !== void 0) {
                      let data45 = data42.subdivision;
                      if (typeof data45 === "string") {
                        if (!pattern1.test(data45)) {
                          const err97 = {
                            instancePath: instancePath + "/spec/routing/geolocation/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/subdivision",
                            schemaPath: "#/definitions/Routing/properties/geolocation/additionalProperties/properties/subdivision/pattern",
                            keyword: "pattern",
                            params: { pattern: "^[A-Z0-9]{1,3}$" },
                            message: 'must match pattern "^[A-Z0-9]{1,3}$"',
                            schema: "^[A-Z0-9]{1,3}$",
                            parentSchema: schema13.properties.geolocation.additionalProperties.properties.subdivision,
                            data: data45
                          };
                          if (vErrors === null) {
                            vErrors = [err97];
                          } else {
                            vErrors.push(err97);
                          }
                          errors++;
                        }
                      } else {
                        const err98 = {
                          instancePath: instancePath + "/spec/routing/geolocation/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/subdivision",
                          schemaPath: "#/definitions/Routing/properties/geolocation/additionalProperties/properties/subdivision/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema13.properties.geolocation.additionalProperties.properties.subdivision.type,
                          parentSchema: schema13.properties.geolocation.additionalProperties.properties.subdivision,
                          data: data45
                        };
                        if (vErrors === null) {
                          vErrors = [err98];
                        } else {
                          vErrors.push(err98);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err99 = {
                      instancePath: instancePath + "/spec/routing/geolocation/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),
                      schemaPath: "#/definitions/Routing/properties/geolocation/additionalProperties/type",
                      keyword: "type",
                      params: { type: "object" },
                      message: "must be object",
                      schema: schema13.properties.geolocation.additionalProperties.type,
                      parentSchema: schema13.properties.geolocation.additionalProperties,
                      data: data42
                    };
                    if (vErrors === null) {
                      vErrors = [err99];
                    } else {
                      vErrors.push(err99);
                    }
                    errors++;
                  }
                }
              } else {
                const err100 = {
                  instancePath: instancePath + "/spec/routing/geolocation",
                  schemaPath: "#/definitions/Routing/properties/geolocation/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema13.properties.geolocation.type,
                  parentSchema: schema13.properties.geolocation,
                  data: data41
                };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
            }
            if (data25.alias !== void 0) {
              let data46 = data25.alias;
              if (typeof data46 !== "boolean") {
                const err101 = {
                  instancePath: instancePath + "/spec/routing/alias",
                  schemaPath: "#/definitions/Routing/properties/alias/type",
                  keyword: "type",
                  params: { type: "boolean" },
                  message: "must be boolean",
                  schema: schema13.properties.alias.type,
                  parentSchema: schema13.properties.alias,
                  data: data46
                };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data25.healthCheck !== void 0) {
              let data47 = data25.healthCheck;
              if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                for (const key14 in data47) {
                  if (!(key14 === "path" || key14 === "port" || key14 === "id")) {
                    const err102 = {
                      instancePath: instancePath + "/spec/routing/healthCheck",
                      schemaPath: "#/definitions/Routing/properties/healthCheck/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key14 },
                      message: "must NOT have additional properties",
                      schema: false,
                      parentSchema: schema13.properties.healthCheck,
                      data: data47
                    };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                }
                if (data47.path !== void 0) {
                  let data48 = data47.path;
                  if (typeof data48 === "string") {
                    if (!pattern2.test(data48)) {
                      const err103 = {
                        instancePath: instancePath + "/spec/routing/healthCheck/path",
                        schemaPath: "#/definitions/Routing/properties/healthCheck/properties/path/pattern",
                        keyword: "pattern",
                        params: { pattern: "^/" },
                        message: 'must match pattern "^/"',
                        schema: "^/",
                        parentSchema: schema13.properties.healthCheck.properties.path,
                        data: data48
                      };
                      if (vErrors === null) {
                        vErrors = [err103];
                      } else {
                        vErrors.push(err103);
                      }
                      errors++;
                    }
                  } else {
                    const err104 = {
                      instancePath: instancePath + "/spec/routing/healthCheck/path",
                      schemaPath: "#/definitions/Routing/properties/healthCheck/properties/path/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema13.properties.healthCheck.properties.path.type,
                      parentSchema: schema13.properties.healthCheck.properties.path,
                      data: data48
                    };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                }
                if (data47.port !== void 0) {
                  let data49 = data47.port;
                  if (!(typeof data49 == "number" && !(data49 % 1) && !isNaN(data49) && isFinite(data49))) {
                    const err105 = {
                      instancePath: instancePath + "/spec/routing/healthCheck/port",
                      schemaPath: "#/definitions/Routing/properties/healthCheck/properties/port/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                      schema: schema13.properties.healthCheck.properties.port.type,
                      parentSchema: schema13.properties.healthCheck.properties.port,
                      data: data49
                    };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                  if (typeof data49 == "number" && isFinite(data49)) {
                    if (data49 > 65535 || isNaN(data49)) {
                      const err106 = {
                        instancePath: instancePath + "/spec/routing/healthCheck/port",
                        schemaPath: "#/definitions/Routing/properties/healthCheck/properties/port/maximum",
                        keyword: "maximum",
                        params: { comparison: "<=", limit: 65535 },
                        message: "must be <= 65535",
                        schema: 65535,
                        parentSchema: schema13.properties.healthCheck.properties.port,
                        data: data49
                      };
                      if (vErrors === null) {
                        vErrors = [err106];
                      } else {
                        vErrors.push(err106);
                      }
                      errors++;
                    }
                    if (data49 < 1 || isNaN(data49)) {
                      const err107 = {
                        instancePath: instancePath + "/spec/routing/healthCheck/port",
                        schemaPath: "#/definitions/Routing/properties/healthCheck/properties/port/minimum",
                        keyword: "minimum",
                        params: { comparison: ">=", limit: 1 },
                        message: "must be >= 1",
                        schema: 1,
                        parentSchema: schema13.properties.healthCheck.properties.port,
                        data: data49
                      };
                      if (vErrors === null) {
                        vErrors = [err107];
                      } else {
                        vErrors.push(err107);
                      }
                      errors++;
                    }
                  }
                }
                if (data47.id !== void 0) {
                  let data50 = data47.id;
                  if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                    for (const key15 in data50) {
                      const _errs115 = errors;
                      if (typeof key15 === "string") {
                        if (!formats0(key15)) {
                          const err108 = {
                            instancePath: instancePath + "/spec/routing/healthCheck/id",
                            schemaPath: "#/definitions/Routing/properties/healthCheck/properties/id/propertyNames/format",
                            keyword: "format",
                            params: { format: "dns-label" },
                            message: 'must match format "dns-label"',
                            schema: "dns-label",
                            parentSchema: schema13.properties.healthCheck.properties.id.propertyNames,
                            data: key15,
                            propertyName: key15
                          };
                          if (vErrors === null) {
                            vErrors = [err108];
                          } else {
                            vErrors.push(err108);
                          }
                          errors++;
                        }
                      }
                      var valid31 = _errs115 === errors;
                      if (!valid31) {
                        const err109 = {
                          instancePath: instancePath + "/spec/routing/healthCheck/id",
                          schemaPath: "#/definitions/Routing/properties/healthCheck/properties/id/propertyNames",
                          keyword: "propertyNames",
                          params: { propertyName: key15 },
                          message: "property name must be valid",
                          schema: schema13.properties.healthCheck.properties.id.propertyNames,
                          parentSchema: schema13.properties.healthCheck.properties.id,
                          data: data50
                        };
                        if (vErrors === null) {
                          vErrors = [err109];
                        } else {
                          vErrors.push(err109);
                        }
                        errors++;
                      }
                    }
                    for (const key16 in data50) {
                      let data51 = data50[key16];
                      if (typeof data51 === "string") {
                        if (func2(data51) < 1) {
                          const err110 = {
                            instancePath: instancePath + "/spec/routing/healthCheck/id/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),
                            schemaPath: "#/definitions/Routing/properties/healthCheck/properties/id/additionalProperties/minLength",
                            keyword: "minLength",
                            params: { limit: 1 },
                            message: "must NOT have fewer than 1 characters",
                            schema: 1,
                            parentSchema: schema13.properties.healthCheck.properties.id.additionalProperties,
                            data: data51
                          };
                          if (vErrors === null) {
                            vErrors = [err110];
                          } else {
                            vErrors.push(err110);
                          }
                          errors++;
                        }
                      } else {
                        const err111 = {
                          instancePath: instancePath + "/spec/routing/healthCheck/id/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),
                          schemaPath: "#/definitions/Routing/properties/healthCheck/properties/id/additionalProperties/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema13.properties.healthCheck.properties.id.additionalProperties.type,
                          parentSchema: schema13.properties.healthCheck.properties.id.additionalProperties,
                          data: data51
                        };
                        if (vErrors === null) {
                          vErrors = [err111];
                        } else {
                          vErrors.push(err111);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err112 = {
                      instancePath: instancePath + "/spec/routing/healthCheck/id",
                      schemaPath: "#/definitions/Routing/properties/healthCheck/properties/id/type",
                      keyword: "type",
                      params: { type: "object" },
                      message: "must be object",
                      schema: schema13.properties.healthCheck.properties.id.type,
                      parentSchema: schema13.properties.healthCheck.properties.id,
                      data: data50
                    };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                }
              } else {
                const err113 = {
                  instancePath: instancePath + "/spec/routing/healthCheck",
                  schemaPath: "#/definitions/Routing/properties/healthCheck/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema13.properties.healthCheck.type,
                  parentSchema: schema13.properties.healthCheck,
                  data: data47
                };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
          } else {
            const err114 = {
              instancePath: instancePath + "/spec/routing",
              schemaPath: "#/definitions/Routing/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema13.type,
              parentSchema: schema13,
              data: data25
            };
            if (vErrors === null) {
              vErrors = [err114];
            } else {
              vErrors.push(err114);
            }
            errors++;
          }
        }
        if (data7.data !== void 0) {
          if (!validate11(data7.data, {
            instancePath: instancePath + "/spec/data",
            parentData: data7,
            parentDataProperty: "data",
            rootData
          })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
        if (data7.capacity !== void 0) {
          if (!validate15(data7.capacity, {
            instancePath: instancePath + "/spec/capacity",
            parentData: data7,
            parentDataProperty: "capacity",
            rootData
          })) {
            vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err115 = {
          instancePath: instancePath + "/spec",
          schemaPath: "#/properties/spec/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema11.properties.spec.type,
          parentSchema: schema11.properties.spec,
          data: data7
        };
        if (vErrors === null) {
          vErrors = [err115];
        } else {
          vErrors.push(err115);
        }
        errors++;
      }
    }
  } else {
    const err116 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema11.type,
      parentSchema: schema11,
      data
    };
    if (vErrors === null) {
      vErrors = [err116];
    } else {
      vErrors.push(err116);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validatePlatform = validate17;
var schema30 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://multiregion.dev/schema/platform.schema.json",
  title: "PlatformConfig",
  description: "The environments repository's platform.yaml: what each region really is, written once by the platform team.",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "kind", "spec"],
  properties: {
    apiVersion: { description: "Version of this file's format.", const: "multiregion.dev/v1" },
    kind: { description: "Always Platform for the platform config.", const: "Platform" },
    metadata: {
      title: "PlatformMetadata",
      description: "About this platform config.",
      type: "object",
      additionalProperties: false,
      properties: {
        name: {
          description: "A name for this platform, shown in plans.",
          type: "string",
          minLength: 1
        }
      }
    },
    spec: {
      title: "PlatformSpec",
      description: "What each region is and where services' files live.",
      type: "object",
      additionalProperties: false,
      required: ["layout", "regions"],
      properties: {
        layout: { $ref: "#/definitions/Layout" },
        rollback: {
          title: "RollbackPolicy",
          description: "How rollback PRs are gated. A rollback restores a version that ran before, so it may need fewer approvals than a promotion.",
          type: "object",
          additionalProperties: false,
          properties: {
            approvals: {
              description: "Approvals a rollback PR needs before it merges, when it rolls the region back to a version the region ran before: its image pin at a commit of the default branch's first-parent history, or a toolkit promotion of the region that merged and that the toolkit recorded healthy (a pin that only passed through a merged side branch does not count); a rollback to any other version needs the region's promotion approvals. Default 0: a failed train rolls back without waiting for people.",
              type: "integer",
              minimum: 0,
              maximum: 10
            }
          }
        },
        compliance: {
          description: "Compliance rule packs enabled for every service.",
          type: "array",
          uniqueItems: true,
          items: { enum: ["gdpr", "pipl"] }
        },
        routing: {
          title: "PlatformRouting",
          description: "Routing rules for every service.",
          type: "object",
          additionalProperties: false,
          properties: {
            failoverWithin: {
              description: "Jurisdictions whose regions may fail over only to regions in the same jurisdiction, such as [CN].",
              type: "array",
              uniqueItems: true,
              items: { type: "string", pattern: "^[A-Z]{2,3}$" }
            },
            allowFailoverAbroad: {
              description: "Jurisdictions whose regions may fail over abroad, and receive failover from abroad, although a compliance pack forbids it by default (the pipl pack confines CN). Only with the legal sign-off the pack asks for.",
              type: "array",
              uniqueItems: true,
              items: { type: "string", pattern: "^[A-Z]{2,3}$" }
            },
            mesh: {
              description: "The service mesh the clusters run, so every service's routing rules (timeouts, retries, failover order) are also written as its configuration: istio (ServiceEntry, DestinationRule and VirtualService in istio.yaml), linkerd (a ServiceProfile in serviceprofile.yaml) or none. A region's own mesh overrides it. Default none.",
              enum: ["istio", "linkerd", "none"]
            }
          }
        },
        spanner: {
          title: "SpannerTarget",
          description: "Where services with engine spanner keep their database: one Cloud Spanner instance across regions, a database per service (named after it). The data map carries these names to multiregion/data; credentials come from the environment (Application Default Credentials), never from here.",
          type: "object",
          additionalProperties: false,
          required: ["project", "instance"],
          properties: {
            project: {
              description: "The Google Cloud project of the instance.",
              type: "string",
              pattern: "^[a-z][a-z0-9-]{4,28}[a-z0-9]$"
            },
            instance: {
              description: "The Spanner instance id; its instance configuration decides where regional and global tables are stored.",
              type: "string",
              pattern: "^[a-z][a-z0-9-]{0,62}[a-z0-9]$"
            }
          }
        },
        databaseClusterWithin: {
          description: "Jurisdictions whose regions run a database cluster of their own when a service's engine is one cluster across regions (cockroachdb, spanner, cassandra), such as [CN]. Without it, the pipl pack refuses personal data homed in CN on such an engine (pipl-cluster-abroad): any node abroad can read rows placed in CN, and remote access is a transfer (PIPL art. 38).",
          type: "array",
          uniqueItems: true,
          items: { type: "string", pattern: "^[A-Z]{2,3}$" }
        },
        complianceRules: {
          description: "The platform's own data rules, checked with the packs: columns of the given data categories may only be stored in the given jurisdictions.",
          type: "array",
          items: { $ref: "#/definitions/ComplianceRule" }
        },
        databaseRoles: {
          description: "The database roles the platform provides. A manifest `readers` entry naming any other role is a warning (data-undeclared-reader) with the nearest declared name, so a typo does not silently create a new role.",
          type: "array",
          items: { type: "string", minLength: 1, maxLength: 63 },
          uniqueItems: true
        },
        regions: {
          description: "Regions by name (DNS-1123 labels).",
          type: "object",
          minProperties: 1,
          propertyNames: { format: "dns-label" },
          additionalProperties: { $ref: "#/definitions/Region" }
        }
      }
    }
  },
  definitions: {
    ComplianceRule: {
      title: "ComplianceRule",
      type: "object",
      additionalProperties: false,
      required: ["id", "categories", "jurisdictions"],
      properties: {
        id: {
          description: "A stable id; findings carry the rule custom-<id>.",
          type: "string",
          format: "dns-label"
        },
        categories: {
          description: "Fides data categories the rule covers, each with everything under it (user.health_and_medical covers user.health_and_medical.*).",
          type: "array",
          minItems: 1,
          items: { type: "string", pattern: "^[a-z_]+(\\.[a-z_]+)*$" }
        },
        jurisdictions: {
          description: "Where columns of these categories may be stored.",
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: { type: "string", pattern: "^[A-Z]{2,3}$" }
        },
        severity: {
          description: "Default error; a warning does not block migrate.",
          enum: ["error", "warning"]
        },
        message: {
          description: "Why the rule exists, appended to its findings (a policy or ticket reference).",
          type: "string",
          minLength: 1
        }
      }
    },
    Layout: {
      title: "Layout",
      description: "Where each service's files live in the environments repository and how its image is pinned.",
      type: "object",
      additionalProperties: false,
      required: ["path"],
      properties: {
        path: {
          description: "Folder of one service in one region, relative to the repository root, with the placeholders {region} and {service}.",
          type: "string",
          format: "path-template"
        },
        image: {
          description: "How the image is pinned: kustomize (images[].newTag or digest in kustomization.yaml) or helm (image.tag in the values file). Default kustomize.",
          enum: ["kustomize", "helm"]
        },
        valuesFile: {
          description: "The Helm values file inside the folder. Default values.yaml.",
          type: "string",
          format: "relative-path"
        },
        services: {
          description: "Per-service exceptions to the layout, by service name.",
          type: "object",
          propertyNames: { format: "dns-label" },
          additionalProperties: {
            title: "LayoutOverride",
            type: "object",
            additionalProperties: false,
            properties: {
              path: {
                description: "Folder template for this service.",
                type: "string",
                format: "path-template"
              },
              image: {
                description: "How this service's image is pinned.",
                enum: ["kustomize", "helm"]
              },
              valuesFile: {
                description: "This service's Helm values file.",
                type: "string",
                format: "relative-path"
              }
            }
          }
        }
      }
    },
    Region: {
      title: "Region",
      type: "object",
      additionalProperties: false,
      required: ["location", "jurisdiction", "argocd"],
      properties: {
        location: {
          description: "The cloud location, such as us-east-1 or eu-north-1.",
          type: "string",
          minLength: 1
        },
        jurisdiction: {
          description: "The legal jurisdiction of the region's data, such as US, EU or CN.",
          type: "string",
          pattern: "^[A-Z]{2,3}$"
        },
        quota: {
          title: "RegionQuota",
          description: "What every service of the environments repository may request together in this region, as a ResourceQuota's requests.cpu and requests.memory would: the plan sums each service's maximum (max replicas \xD7 requests per pod) and refuses a service that would go over (docs/capacity.md).",
          type: "object",
          additionalProperties: false,
          properties: {
            cpu: { type: "string", pattern: "^([0-9]+m|[0-9]+(\\.[0-9]+)?)$" },
            memory: { type: "string", pattern: "^[0-9]+(Ki|Mi|Gi|Ti|k|M|G|T)?$" }
          }
        },
        approvals: {
          description: "Minimum approvals for a promotion into this region, whatever a manifest asks.",
          type: "integer",
          minimum: 0,
          maximum: 10
        },
        argocd: {
          title: "ArgoCDTarget",
          type: "object",
          additionalProperties: false,
          required: ["server"],
          properties: {
            server: {
              description: "The region's Argo CD API server (https URL).",
              type: "string",
              format: "uri"
            },
            app: {
              description: "The Application's name, with the placeholders {service} and {region}. Default {service}-{region}.",
              type: "string",
              minLength: 1
            },
            project: {
              description: "The Argo CD project. Default default.",
              type: "string",
              minLength: 1
            },
            tokenSecret: {
              description: "The name of the secret (environment variable) holding an Argo CD API token for this region: `applications, get` (refresh included), and `applications, sync` when the train syncs (sync: explicit, or an Application without automated sync). Default ARGOCD_TOKEN.",
              type: "string",
              pattern: "^[A-Z_][A-Z0-9_]*$"
            },
            sync: {
              description: "How a merged promotion reaches the cluster. auto (default): the train asks Argo CD to refresh, and the Application's automated sync deploys the branch HEAD it resolves; an Application without spec.syncPolicy.automated is synced to the merge commit through the API. explicit: the train always syncs the merge commit through the API (as Kargo's argocd-update step does); the token then needs `applications, sync`.",
              enum: ["auto", "explicit"]
            },
            acceptSuspended: {
              description: "Count health Suspended (a paused rollout, a suspended CronJob) as a healthy end of the wait, as `argocd app wait --suspended` does. Default false: Suspended waits until the timeout.",
              type: "boolean"
            }
          }
        },
        prometheus: {
          title: "PrometheusTarget",
          description: "The region's Prometheus, which the services' spec.train.checks are queried against when each bake ends (docs/bakes.md). Example: {url: http://prometheus.monitoring.eu-west.internal:9090}.",
          type: "object",
          additionalProperties: false,
          required: ["url"],
          properties: {
            url: {
              description: "The Prometheus HTTP API's base URL; the train asks GET <url>/api/v1/query.",
              type: "string",
              format: "uri"
            }
          }
        },
        dns: {
          title: "DNSSettings",
          type: "object",
          additionalProperties: false,
          required: ["provider", "zone"],
          properties: {
            provider: {
              description: "The ExternalDNS provider serving the zone.",
              enum: ["aws", "google", "azure", "cloudflare", "k8gb"]
            },
            zone: {
              description: "The DNS zone services' hostnames must sit in.",
              type: "string",
              format: "hostname"
            },
            annotationPrefix: {
              description: "ExternalDNS annotation prefix: external-dns.kubernetes.io/ from ExternalDNS 0.22, external-dns.alpha.kubernetes.io/ before. Default external-dns.kubernetes.io/.",
              type: "string",
              pattern: "^[a-z0-9.-]+/$"
            },
            endpoint: {
              description: "How clients reach one service in this region directly, past the shared record: a URL with the placeholders {service}, {region} and {zone}, whose names the platform publishes (for example a wildcard record per cluster). Default https://{service}.{region}.{zone}.",
              type: "string",
              pattern: "^https?://"
            }
          }
        },
        mesh: {
          description: "The service mesh this region's clusters run, when it differs from spec.routing.mesh.",
          enum: ["istio", "linkerd", "none"]
        },
        database: {
          title: "DatabaseTarget",
          type: "object",
          additionalProperties: false,
          required: ["secret"],
          properties: {
            secret: {
              description: "The name of the secret (environment variable) holding the region's database URL.",
              type: "string",
              pattern: "^[A-Z_][A-Z0-9_]*$"
            },
            replication: {
              title: "ReplicationLogin",
              description: "PostgreSQL logical replication without a password in any statement. `user`: the role (LOGIN REPLICATION, created by the platform team) that other regions' subscriptions connect to this region's database as; it is granted SELECT on exactly the published columns. `passfile`: the path, on this region's database server, of the libpq password file its subscriptions read the publishers' passwords from (default: ~/.pgpass of the server's OS user).",
              type: "object",
              additionalProperties: false,
              properties: {
                user: { type: "string", minLength: 1, maxLength: 63 },
                passfile: { type: "string", pattern: "^/" }
              }
            }
          }
        }
      }
    }
  }
};
var schema31 = {
  title: "Layout",
  description: "Where each service's files live in the environments repository and how its image is pinned.",
  type: "object",
  additionalProperties: false,
  required: ["path"],
  properties: {
    path: {
      description: "Folder of one service in one region, relative to the repository root, with the placeholders {region} and {service}.",
      type: "string",
      format: "path-template"
    },
    image: {
      description: "How the image is pinned: kustomize (images[].newTag or digest in kustomization.yaml) or helm (image.tag in the values file). Default kustomize.",
      enum: ["kustomize", "helm"]
    },
    valuesFile: {
      description: "The Helm values file inside the folder. Default values.yaml.",
      type: "string",
      format: "relative-path"
    },
    services: {
      description: "Per-service exceptions to the layout, by service name.",
      type: "object",
      propertyNames: { format: "dns-label" },
      additionalProperties: {
        title: "LayoutOverride",
        type: "object",
        additionalProperties: false,
        properties: {
          path: {
            description: "Folder template for this service.",
            type: "string",
            format: "path-template"
          },
          image: {
            description: "How this service's image is pinned.",
            enum: ["kustomize", "helm"]
          },
          valuesFile: {
            description: "This service's Helm values file.",
            type: "string",
            format: "relative-path"
          }
        }
      }
    }
  }
};
var schema32 = {
  title: "ComplianceRule",
  type: "object",
  additionalProperties: false,
  required: ["id", "categories", "jurisdictions"],
  properties: {
    id: {
      description: "A stable id; findings carry the rule custom-<id>.",
      type: "string",
      format: "dns-label"
    },
    categories: {
      description: "Fides data categories the rule covers, each with everything under it (user.health_and_medical covers user.health_and_medical.*).",
      type: "array",
      minItems: 1,
      items: { type: "string", pattern: "^[a-z_]+(\\.[a-z_]+)*$" }
    },
    jurisdictions: {
      description: "Where columns of these categories may be stored.",
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { type: "string", pattern: "^[A-Z]{2,3}$" }
    },
    severity: {
      description: "Default error; a warning does not block migrate.",
      enum: ["error", "warning"]
    },
    message: {
      description: "Why the rule exists, appended to its findings (a policy or ticket reference).",
      type: "string",
      minLength: 1
    }
  }
};
var schema33 = {
  title: "Region",
  type: "object",
  additionalProperties: false,
  required: ["location", "jurisdiction", "argocd"],
  properties: {
    location: {
      description: "The cloud location, such as us-east-1 or eu-north-1.",
      type: "string",
      minLength: 1
    },
    jurisdiction: {
      description: "The legal jurisdiction of the region's data, such as US, EU or CN.",
      type: "string",
      pattern: "^[A-Z]{2,3}$"
    },
    quota: {
      title: "RegionQuota",
      description: "What every service of the environments repository may request together in this region, as a ResourceQuota's requests.cpu and requests.memory would: the plan sums each service's maximum (max replicas \xD7 requests per pod) and refuses a service that would go over (docs/capacity.md).",
      type: "object",
      additionalProperties: false,
      properties: {
        cpu: { type: "string", pattern: "^([0-9]+m|[0-9]+(\\.[0-9]+)?)$" },
        memory: { type: "string", pattern: "^[0-9]+(Ki|Mi|Gi|Ti|k|M|G|T)?$" }
      }
    },
    approvals: {
      description: "Minimum approvals for a promotion into this region, whatever a manifest asks.",
      type: "integer",
      minimum: 0,
      maximum: 10
    },
    argocd: {
      title: "ArgoCDTarget",
      type: "object",
      additionalProperties: false,
      required: ["server"],
      properties: {
        server: {
          description: "The region's Argo CD API server (https URL).",
          type: "string",
          format: "uri"
        },
        app: {
          description: "The Application's name, with the placeholders {service} and {region}. Default {service}-{region}.",
          type: "string",
          minLength: 1
        },
        project: {
          description: "The Argo CD project. Default default.",
          type: "string",
          minLength: 1
        },
        tokenSecret: {
          description: "The name of the secret (environment variable) holding an Argo CD API token for this region: `applications, get` (refresh included), and `applications, sync` when the train syncs (sync: explicit, or an Application without automated sync). Default ARGOCD_TOKEN.",
          type: "string",
          pattern: "^[A-Z_][A-Z0-9_]*$"
        },
        sync: {
          description: "How a merged promotion reaches the cluster. auto (default): the train asks Argo CD to refresh, and the Application's automated sync deploys the branch HEAD it resolves; an Application without spec.syncPolicy.automated is synced to the merge commit through the API. explicit: the train always syncs the merge commit through the API (as Kargo's argocd-update step does); the token then needs `applications, sync`.",
          enum: ["auto", "explicit"]
        },
        acceptSuspended: {
          description: "Count health Suspended (a paused rollout, a suspended CronJob) as a healthy end of the wait, as `argocd app wait --suspended` does. Default false: Suspended waits until the timeout.",
          type: "boolean"
        }
      }
    },
    prometheus: {
      title: "PrometheusTarget",
      description: "The region's Prometheus, which the services' spec.train.checks are queried against when each bake ends (docs/bakes.md). Example: {url: http://prometheus.monitoring.eu-west.internal:9090}.",
      type: "object",
      additionalProperties: false,
      required: ["url"],
      properties: {
        url: {
          description: "The Prometheus HTTP API's base URL; the train asks GET <url>/api/v1/query.",
          type: "string",
          format: "uri"
        }
      }
    },
    dns: {
      title: "DNSSettings",
      type: "object",
      additionalProperties: false,
      required: ["provider", "zone"],
      properties: {
        provider: {
          description: "The ExternalDNS provider serving the zone.",
          enum: ["aws", "google", "azure", "cloudflare", "k8gb"]
        },
        zone: {
          description: "The DNS zone services' hostnames must sit in.",
          type: "string",
          format: "hostname"
        },
        annotationPrefix: {
          description: "ExternalDNS annotation prefix: external-dns.kubernetes.io/ from ExternalDNS 0.22, external-dns.alpha.kubernetes.io/ before. Default external-dns.kubernetes.io/.",
          type: "string",
          pattern: "^[a-z0-9.-]+/$"
        },
        endpoint: {
          description: "How clients reach one service in this region directly, past the shared record: a URL with the placeholders {service}, {region} and {zone}, whose names the platform publishes (for example a wildcard record per cluster). Default https://{service}.{region}.{zone}.",
          type: "string",
          pattern: "^https?://"
        }
      }
    },
    mesh: {
      description: "The service mesh this region's clusters run, when it differs from spec.routing.mesh.",
      enum: ["istio", "linkerd", "none"]
    },
    database: {
      title: "DatabaseTarget",
      type: "object",
      additionalProperties: false,
      required: ["secret"],
      properties: {
        secret: {
          description: "The name of the secret (environment variable) holding the region's database URL.",
          type: "string",
          pattern: "^[A-Z_][A-Z0-9_]*$"
        },
        replication: {
          title: "ReplicationLogin",
          description: "PostgreSQL logical replication without a password in any statement. `user`: the role (LOGIN REPLICATION, created by the platform team) that other regions' subscriptions connect to this region's database as; it is granted SELECT on exactly the published columns. `passfile`: the path, on this region's database server, of the libpq password file its subscriptions read the publishers' passwords from (default: ~/.pgpass of the server's OS user).",
          type: "object",
          additionalProperties: false,
          properties: {
            user: { type: "string", minLength: 1, maxLength: 63 },
            passfile: { type: "string", pattern: "^/" }
          }
        }
      }
    }
  }
};
var func0 = typeof func0Module.default === "function" ? func0Module.default : func0Module.default.default;
var formats60 = FORMAT_TESTS["path-template"];
var formats74 = FORMAT_TESTS.uri;
var pattern16 = new RegExp("^[a-z][a-z0-9-]{4,28}[a-z0-9]$", "u");
var pattern17 = new RegExp("^[a-z][a-z0-9-]{0,62}[a-z0-9]$", "u");
var pattern24 = new RegExp("^[A-Z_][A-Z0-9_]*$", "u");
var pattern25 = new RegExp("^[a-z0-9.-]+/$", "u");
var pattern26 = new RegExp("^https?://", "u");
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "apiVersion" },
        message: "must have required property 'apiVersion'",
        schema: schema30.required,
        parentSchema: schema30,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "kind" },
        message: "must have required property 'kind'",
        schema: schema30.required,
        parentSchema: schema30,
        data
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "spec" },
        message: "must have required property 'spec'",
        schema: schema30.required,
        parentSchema: schema30,
        data
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err3 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema30,
          data
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("multiregion.dev/v1" !== data0) {
        const err4 = {
          instancePath: instancePath + "/apiVersion",
          schemaPath: "#/properties/apiVersion/const",
          keyword: "const",
          params: { allowedValue: "multiregion.dev/v1" },
          message: "must be equal to constant",
          schema: "multiregion.dev/v1",
          parentSchema: schema30.properties.apiVersion,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("Platform" !== data1) {
        const err5 = {
          instancePath: instancePath + "/kind",
          schemaPath: "#/properties/kind/const",
          keyword: "const",
          params: { allowedValue: "Platform" },
          message: "must be equal to constant",
          schema: "Platform",
          parentSchema: schema30.properties.kind,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "name")) {
            const err6 = {
              instancePath: instancePath + "/metadata",
              schemaPath: "#/properties/metadata/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema30.properties.metadata,
              data: data2
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err7 = {
                instancePath: instancePath + "/metadata/name",
                schemaPath: "#/properties/metadata/properties/name/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                schema: 1,
                parentSchema: schema30.properties.metadata.properties.name,
                data: data3
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = {
              instancePath: instancePath + "/metadata/name",
              schemaPath: "#/properties/metadata/properties/name/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema30.properties.metadata.properties.name.type,
              parentSchema: schema30.properties.metadata.properties.name,
              data: data3
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/metadata",
          schemaPath: "#/properties/metadata/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema30.properties.metadata.type,
          parentSchema: schema30.properties.metadata,
          data: data2
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data4 = data.spec;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.layout === void 0) {
          const err10 = {
            instancePath: instancePath + "/spec",
            schemaPath: "#/properties/spec/required",
            keyword: "required",
            params: { missingProperty: "layout" },
            message: "must have required property 'layout'",
            schema: schema30.properties.spec.required,
            parentSchema: schema30.properties.spec,
            data: data4
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data4.regions === void 0) {
          const err11 = {
            instancePath: instancePath + "/spec",
            schemaPath: "#/properties/spec/required",
            keyword: "required",
            params: { missingProperty: "regions" },
            message: "must have required property 'regions'",
            schema: schema30.properties.spec.required,
            parentSchema: schema30.properties.spec,
            data: data4
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key2 in data4) {
          if (!func4.call(schema30.properties.spec.properties, key2)) {
            const err12 = {
              instancePath: instancePath + "/spec",
              schemaPath: "#/properties/spec/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key2 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema30.properties.spec,
              data: data4
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data4.layout !== void 0) {
          let data5 = data4.layout;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.path === void 0) {
              const err13 = {
                instancePath: instancePath + "/spec/layout",
                schemaPath: "#/definitions/Layout/required",
                keyword: "required",
                params: { missingProperty: "path" },
                message: "must have required property 'path'",
                schema: schema31.required,
                parentSchema: schema31,
                data: data5
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            for (const key3 in data5) {
              if (!(key3 === "path" || key3 === "image" || key3 === "valuesFile" || key3 === "services")) {
                const err14 = {
                  instancePath: instancePath + "/spec/layout",
                  schemaPath: "#/definitions/Layout/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key3 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema31,
                  data: data5
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data5.path !== void 0) {
              let data6 = data5.path;
              if (typeof data6 === "string") {
                if (!formats60(data6)) {
                  const err15 = {
                    instancePath: instancePath + "/spec/layout/path",
                    schemaPath: "#/definitions/Layout/properties/path/format",
                    keyword: "format",
                    params: { format: "path-template" },
                    message: 'must match format "path-template"',
                    schema: "path-template",
                    parentSchema: schema31.properties.path,
                    data: data6
                  };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = {
                  instancePath: instancePath + "/spec/layout/path",
                  schemaPath: "#/definitions/Layout/properties/path/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema31.properties.path.type,
                  parentSchema: schema31.properties.path,
                  data: data6
                };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data5.image !== void 0) {
              let data7 = data5.image;
              if (!(data7 === "kustomize" || data7 === "helm")) {
                const err17 = {
                  instancePath: instancePath + "/spec/layout/image",
                  schemaPath: "#/definitions/Layout/properties/image/enum",
                  keyword: "enum",
                  params: { allowedValues: schema31.properties.image.enum },
                  message: "must be equal to one of the allowed values",
                  schema: schema31.properties.image.enum,
                  parentSchema: schema31.properties.image,
                  data: data7
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data5.valuesFile !== void 0) {
              let data8 = data5.valuesFile;
              if (typeof data8 === "string") {
                if (!formats34(data8)) {
                  const err18 = {
                    instancePath: instancePath + "/spec/layout/valuesFile",
                    schemaPath: "#/definitions/Layout/properties/valuesFile/format",
                    keyword: "format",
                    params: { format: "relative-path" },
                    message: 'must match format "relative-path"',
                    schema: "relative-path",
                    parentSchema: schema31.properties.valuesFile,
                    data: data8
                  };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = {
                  instancePath: instancePath + "/spec/layout/valuesFile",
                  schemaPath: "#/definitions/Layout/properties/valuesFile/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema31.properties.valuesFile.type,
                  parentSchema: schema31.properties.valuesFile,
                  data: data8
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data5.services !== void 0) {
              let data9 = data5.services;
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                for (const key4 in data9) {
                  const _errs23 = errors;
                  if (typeof key4 === "string") {
                    if (!formats0(key4)) {
                      const err20 = {
                        instancePath: instancePath + "/spec/layout/services",
                        schemaPath: "#/definitions/Layout/properties/services/propertyNames/format",
                        keyword: "format",
                        params: { format: "dns-label" },
                        message: 'must match format "dns-label"',
                        schema: "dns-label",
                        parentSchema: schema31.properties.services.propertyNames,
                        data: key4,
                        propertyName: key4
                      };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                  }
                  var valid5 = _errs23 === errors;
                  if (!valid5) {
                    const err21 = {
                      instancePath: instancePath + "/spec/layout/services",
                      schemaPath: "#/definitions/Layout/properties/services/propertyNames",
                      keyword: "propertyNames",
                      params: { propertyName: key4 },
                      message: "property name must be valid",
                      schema: schema31.properties.services.propertyNames,
                      parentSchema: schema31.properties.services,
                      data: data9
                    };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
                for (const key5 in data9) {
                  let data10 = data9[key5];
                  if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                    for (const key6 in data10) {
                      if (!(key6 === "path" || key6 === "image" || key6 === "valuesFile")) {
                        const err22 = {
                          instancePath: instancePath + "/spec/layout/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),
                          schemaPath: "#/definitions/Layout/properties/services/additionalProperties/additionalProperties",
                          keyword: "additionalProperties",
                          params: { additionalProperty: key6 },
                          message: "must NOT have additional properties",
                          schema: false,
                          parentSchema: schema31.properties.services.additionalProperties,
                          data: data10
                        };
                        if (vErrors === null) {
                          vErrors = [err22];
                        } else {
                          vErrors.push(err22);
                        }
                        errors++;
                      }
                    }
                    if (data10.path !== void 0) {
                      let data11 = data10.path;
                      if (typeof data11 === "string") {
                        if (!formats60(data11)) {
                          const err23 = {
                            instancePath: instancePath + "/spec/layout/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/path",
                            schemaPath: "#/definitions/Layout/properties/services/additionalProperties/properties/path/format",
                            keyword: "format",
                            params: { format: "path-template" },
                            message: 'must match format "path-template"',
                            schema: "path-template",
                            parentSchema: schema31.properties.services.additionalProperties.properties.path,
                            data: data11
                          };
                          if (vErrors === null) {
                            vErrors = [err23];
                          } else {
                            vErrors.push(err23);
                          }
                          errors++;
                        }
                      } else {
                        const err24 = {
                          instancePath: instancePath + "/spec/layout/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/path",
                          schemaPath: "#/definitions/Layout/properties/services/additionalProperties/properties/path/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema31.properties.services.additionalProperties.properties.path.type,
                          parentSchema: schema31.properties.services.additionalProperties.properties.path,
                          data: data11
                        };
                        if (vErrors === null) {
                          vErrors = [err24];
                        } else {
                          vErrors.push(err24);
                        }
                        errors++;
                      }
                    }
                    if (data10.image !== void 0) {
                      let data12 = data10.image;
                      if (!(data12 === "kustomize" || data12 === "helm")) {
                        const err25 = {
                          instancePath: instancePath + "/spec/layout/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/image",
                          schemaPath: "#/definitions/Layout/properties/services/additionalProperties/properties/image/enum",
                          keyword: "enum",
                          params: {
                            allowedValues: schema31.properties.services.additionalProperties.properties.image.enum
                          },
                          message: "must be equal to one of the allowed values",
                          schema: schema31.properties.services.additionalProperties.properties.image.enum,
                          parentSchema: schema31.properties.services.additionalProperties.properties.image,
                          data: data12
                        };
                        if (vErrors === null) {
                          vErrors = [err25];
                        } else {
                          vErrors.push(err25);
                        }
                        errors++;
                      }
                    }
                    if (data10.valuesFile !== void 0) {
                      let data13 = data10.valuesFile;
                      if (typeof data13 === "string") {
                        if (!formats34(data13)) {
                          const err26 = {
                            instancePath: instancePath + "/spec/layout/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/valuesFile",
                            schemaPath: "#/definitions/Layout/properties/services/additionalProperties/properties/valuesFile/format",
                            keyword: "format",
                            params: { format: "relative-path" },
                            message: 'must match format "relative-path"',
                            schema: "relative-path",
                            parentSchema: schema31.properties.services.additionalProperties.properties.valuesFile,
                            data: data13
                          };
                          if (vErrors === null) {
                            vErrors = [err26];
                          } else {
                            vErrors.push(err26);
                          }
                          errors++;
                        }
                      } else {
                        const err27 = {
                          instancePath: instancePath + "/spec/layout/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/valuesFile",
                          schemaPath: "#/definitions/Layout/properties/services/additionalProperties/properties/valuesFile/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema31.properties.services.additionalProperties.properties.valuesFile.type,
                          parentSchema: schema31.properties.services.additionalProperties.properties.valuesFile,
                          data: data13
                        };
                        if (vErrors === null) {
                          vErrors = [err27];
                        } else {
                          vErrors.push(err27);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err28 = {
                      instancePath: instancePath + "/spec/layout/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),
                      schemaPath: "#/definitions/Layout/properties/services/additionalProperties/type",
                      keyword: "type",
                      params: { type: "object" },
                      message: "must be object",
                      schema: schema31.properties.services.additionalProperties.type,
                      parentSchema: schema31.properties.services.additionalProperties,
                      data: data10
                    };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
              } else {
                const err29 = {
                  instancePath: instancePath + "/spec/layout/services",
                  schemaPath: "#/definitions/Layout/properties/services/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema31.properties.services.type,
                  parentSchema: schema31.properties.services,
                  data: data9
                };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = {
              instancePath: instancePath + "/spec/layout",
              schemaPath: "#/definitions/Layout/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema31.type,
              parentSchema: schema31,
              data: data5
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data4.rollback !== void 0) {
          let data14 = data4.rollback;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            for (const key7 in data14) {
              if (!(key7 === "approvals")) {
                const err31 = {
                  instancePath: instancePath + "/spec/rollback",
                  schemaPath: "#/properties/spec/properties/rollback/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key7 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema30.properties.spec.properties.rollback,
                  data: data14
                };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data14.approvals !== void 0) {
              let data15 = data14.approvals;
              if (!(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
                const err32 = {
                  instancePath: instancePath + "/spec/rollback/approvals",
                  schemaPath: "#/properties/spec/properties/rollback/properties/approvals/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
                  schema: schema30.properties.spec.properties.rollback.properties.approvals.type,
                  parentSchema: schema30.properties.spec.properties.rollback.properties.approvals,
                  data: data15
                };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
              if (typeof data15 == "number" && isFinite(data15)) {
                if (data15 > 10 || isNaN(data15)) {
                  const err33 = {
                    instancePath: instancePath + "/spec/rollback/approvals",
                    schemaPath: "#/properties/spec/properties/rollback/properties/approvals/maximum",
                    keyword: "maximum",
                    params: { comparison: "<=", limit: 10 },
                    message: "must be <= 10",
                    schema: 10,
                    parentSchema: schema30.properties.spec.properties.rollback.properties.approvals,
                    data: data15
                  };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                if (data15 < 0 || isNaN(data15)) {
                  const err34 = {
                    instancePath: instancePath + "/spec/rollback/approvals",
                    schemaPath: "#/properties/spec/properties/rollback/properties/approvals/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 0 },
                    message: "must be >= 0",
                    schema: 0,
                    parentSchema: schema30.properties.spec.properties.rollback.properties.approvals,
                    data: data15
                  };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err35 = {
              instancePath: instancePath + "/spec/rollback",
              schemaPath: "#/properties/spec/properties/rollback/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema30.properties.spec.properties.rollback.type,
              parentSchema: schema30.properties.spec.properties.rollback,
              data: data14
            };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data4.compliance !== void 0) {
          let data16 = data4.compliance;
          if (Array.isArray(data16)) {
            const len0 = data16.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data17 = data16[i0];
              if (!(data17 === "gdpr" || data17 === "pipl")) {
                const err36 = {
                  instancePath: instancePath + "/spec/compliance/" + i0,
                  schemaPath: "#/properties/spec/properties/compliance/items/enum",
                  keyword: "enum",
                  params: {
                    allowedValues: schema30.properties.spec.properties.compliance.items.enum
                  },
                  message: "must be equal to one of the allowed values",
                  schema: schema30.properties.spec.properties.compliance.items.enum,
                  parentSchema: schema30.properties.spec.properties.compliance.items,
                  data: data17
                };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            let i1 = data16.length;
            let j0;
            if (i1 > 1) {
              outer0: for (; i1--; ) {
                for (j0 = i1; j0--; ) {
                  if (func0(data16[i1], data16[j0])) {
                    const err37 = {
                      instancePath: instancePath + "/spec/compliance",
                      schemaPath: "#/properties/spec/properties/compliance/uniqueItems",
                      keyword: "uniqueItems",
                      params: { i: i1, j: j0 },
                      message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
                      schema: true,
                      parentSchema: schema30.properties.spec.properties.compliance,
                      data: data16
                    };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err38 = {
              instancePath: instancePath + "/spec/compliance",
              schemaPath: "#/properties/spec/properties/compliance/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema30.properties.spec.properties.compliance.type,
              parentSchema: schema30.properties.spec.properties.compliance,
              data: data16
            };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data4.routing !== void 0) {
          let data18 = data4.routing;
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            for (const key8 in data18) {
              if (!(key8 === "failoverWithin" || key8 === "allowFailoverAbroad" || key8 === "mesh")) {
                const err39 = {
                  instancePath: instancePath + "/spec/routing",
                  schemaPath: "#/properties/spec/properties/routing/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key8 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema30.properties.spec.properties.routing,
                  data: data18
                };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data18.failoverWithin !== void 0) {
              let data19 = data18.failoverWithin;
              if (Array.isArray(data19)) {
                const len1 = data19.length;
                for (let i2 = 0; i2 < len1; i2++) {
                  let data20 = data19[i2];
                  if (typeof data20 === "string") {
                    if (!pattern3.test(data20)) {
                      const err40 = {
                        instancePath: instancePath + "/spec/routing/failoverWithin/" + i2,
                        schemaPath: "#/properties/spec/properties/routing/properties/failoverWithin/items/pattern",
                        keyword: "pattern",
                        params: { pattern: "^[A-Z]{2,3}$" },
                        message: 'must match pattern "^[A-Z]{2,3}$"',
                        schema: "^[A-Z]{2,3}$",
                        parentSchema: schema30.properties.spec.properties.routing.properties.failoverWithin.items,
                        data: data20
                      };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                  } else {
                    const err41 = {
                      instancePath: instancePath + "/spec/routing/failoverWithin/" + i2,
                      schemaPath: "#/properties/spec/properties/routing/properties/failoverWithin/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema30.properties.spec.properties.routing.properties.failoverWithin.items.type,
                      parentSchema: schema30.properties.spec.properties.routing.properties.failoverWithin.items,
                      data: data20
                    };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                let i3 = data19.length;
                let j1;
                if (i3 > 1) {
                  const indices0 = {};
                  for (; i3--; ) {
                    let item0 = data19[i3];
                    if (typeof item0 !== "string") {
                      continue;
                    }
                    if (typeof indices0[item0] == "number") {
                      j1 = indices0[item0];
                      const err42 = {
                        instancePath: instancePath + "/spec/routing/failoverWithin",
                        schemaPath: "#/properties/spec/properties/routing/properties/failoverWithin/uniqueItems",
                        keyword: "uniqueItems",
                        params: { i: i3, j: j1 },
                        message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)",
                        schema: true,
                        parentSchema: schema30.properties.spec.properties.routing.properties.failoverWithin,
                        data: data19
                      };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                      break;
                    }
                    indices0[item0] = i3;
                  }
                }
              } else {
                const err43 = {
                  instancePath: instancePath + "/spec/routing/failoverWithin",
                  schemaPath: "#/properties/spec/properties/routing/properties/failoverWithin/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                  schema: schema30.properties.spec.properties.routing.properties.failoverWithin.type,
                  parentSchema: schema30.properties.spec.properties.routing.properties.failoverWithin,
                  data: data19
                };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data18.allowFailoverAbroad !== void 0) {
              let data21 = data18.allowFailoverAbroad;
              if (Array.isArray(data21)) {
                const len2 = data21.length;
                for (let i4 = 0; i4 < len2; i4++) {
                  let data22 = data21[i4];
                  if (typeof data22 === "string") {
                    if (!pattern3.test(data22)) {
                      const err44 = {
                        instancePath: instancePath + "/spec/routing/allowFailoverAbroad/" + i4,
                        schemaPath: "#/properties/spec/properties/routing/properties/allowFailoverAbroad/items/pattern",
                        keyword: "pattern",
                        params: { pattern: "^[A-Z]{2,3}$" },
                        message: 'must match pattern "^[A-Z]{2,3}$"',
                        schema: "^[A-Z]{2,3}$",
                        parentSchema: schema30.properties.spec.properties.routing.properties.allowFailoverAbroad.items,
                        data: data22
                      };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  } else {
                    const err45 = {
                      instancePath: instancePath + "/spec/routing/allowFailoverAbroad/" + i4,
                      schemaPath: "#/properties/spec/properties/routing/properties/allowFailoverAbroad/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema30.properties.spec.properties.routing.properties.allowFailoverAbroad.items.type,
                      parentSchema: schema30.properties.spec.properties.routing.properties.allowFailoverAbroad.items,
                      data: data22
                    };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
                let i5 = data21.length;
                let j2;
                if (i5 > 1) {
                  const indices1 = {};
                  for (; i5--; ) {
                    let item1 = data21[i5];
                    if (typeof item1 !== "string") {
                      continue;
                    }
                    if (typeof indices1[item1] == "number") {
                      j2 = indices1[item1];
                      const err46 = {
                        instancePath: instancePath + "/spec/routing/allowFailoverAbroad",
                        schemaPath: "#/properties/spec/properties/routing/properties/allowFailoverAbroad/uniqueItems",
                        keyword: "uniqueItems",
                        params: { i: i5, j: j2 },
                        message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)",
                        schema: true,
                        parentSchema: schema30.properties.spec.properties.routing.properties.allowFailoverAbroad,
                        data: data21
                      };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                      break;
                    }
                    indices1[item1] = i5;
                  }
                }
              } else {
                const err47 = {
                  instancePath: instancePath + "/spec/routing/allowFailoverAbroad",
                  schemaPath: "#/properties/spec/properties/routing/properties/allowFailoverAbroad/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                  schema: schema30.properties.spec.properties.routing.properties.allowFailoverAbroad.type,
                  parentSchema: schema30.properties.spec.properties.routing.properties.allowFailoverAbroad,
                  data: data21
                };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data18.mesh !== void 0) {
              let data23 = data18.mesh;
              if (!(data23 === "istio" || data23 === "linkerd" || data23 === "none")) {
                const err48 = {
                  instancePath: instancePath + "/spec/routing/mesh",
                  schemaPath: "#/properties/spec/properties/routing/properties/mesh/enum",
                  keyword: "enum",
                  params: {
                    allowedValues: schema30.properties.spec.properties.routing.properties.mesh.enum
                  },
                  message: "must be equal to one of the allowed values",
                  schema: schema30.properties.spec.properties.routing.properties.mesh.enum,
                  parentSchema: schema30.properties.spec.properties.routing.properties.mesh,
                  data: data23
                };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          } else {
            const err49 = {
              instancePath: instancePath + "/spec/routing",
              schemaPath: "#/properties/spec/properties/routing/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema30.properties.spec.properties.routing.type,
              parentSchema: schema30.properties.spec.properties.routing,
              data: data18
            };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data4.spanner !== void 0) {
          let data24 = data4.spanner;
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            if (data24.project === void 0) {
              const err50 = {
                instancePath: instancePath + "/spec/spanner",
                schemaPath: "#/properties/spec/properties/spanner/required",
                keyword: "required",
                params: { missingProperty: "project" },
                message: "must have required property 'project'",
                schema: schema30.properties.spec.properties.spanner.required,
                parentSchema: schema30.properties.spec.properties.spanner,
                data: data24
              };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data24.instance === void 0) {
              const err51 = {
                instancePath: instancePath + "/spec/spanner",
                schemaPath: "#/properties/spec/properties/spanner/required",
                keyword: "required",
                params: { missingProperty: "instance" },
                message: "must have required property 'instance'",
                schema: schema30.properties.spec.properties.spanner.required,
                parentSchema: schema30.properties.spec.properties.spanner,
                data: data24
              };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            for (const key9 in data24) {
              if (!(key9 === "project" || key9 === "instance")) {
                const err52 = {
                  instancePath: instancePath + "/spec/spanner",
                  schemaPath: "#/properties/spec/properties/spanner/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key9 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema30.properties.spec.properties.spanner,
                  data: data24
                };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data24.project !== void 0) {
              let data25 = data24.project;
              if (typeof data25 === "string") {
                if (!pattern16.test(data25)) {
                  const err53 = {
                    instancePath: instancePath + "/spec/spanner/project",
                    schemaPath: "#/properties/spec/properties/spanner/properties/project/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[a-z][a-z0-9-]{4,28}[a-z0-9]$" },
                    message: 'must match pattern "^[a-z][a-z0-9-]{4,28}[a-z0-9]$"',
                    schema: "^[a-z][a-z0-9-]{4,28}[a-z0-9]$",
                    parentSchema: schema30.properties.spec.properties.spanner.properties.project,
                    data: data25
                  };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              } else {
                const err54 = {
                  instancePath: instancePath + "/spec/spanner/project",
                  schemaPath: "#/properties/spec/properties/spanner/properties/project/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema30.properties.spec.properties.spanner.properties.project.type,
                  parentSchema: schema30.properties.spec.properties.spanner.properties.project,
                  data: data25
                };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data24.instance !== void 0) {
              let data26 = data24.instance;
              if (typeof data26 === "string") {
                if (!pattern17.test(data26)) {
                  const err55 = {
                    instancePath: instancePath + "/spec/spanner/instance",
                    schemaPath: "#/properties/spec/properties/spanner/properties/instance/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[a-z][a-z0-9-]{0,62}[a-z0-9]$" },
                    message: 'must match pattern "^[a-z][a-z0-9-]{0,62}[a-z0-9]$"',
                    schema: "^[a-z][a-z0-9-]{0,62}[a-z0-9]$",
                    parentSchema: schema30.properties.spec.properties.spanner.properties.instance,
                    data: data26
                  };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              } else {
                const err56 = {
                  instancePath: instancePath + "/spec/spanner/instance",
                  schemaPath: "#/properties/spec/properties/spanner/properties/instance/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema30.properties.spec.properties.spanner.properties.instance.type,
                  parentSchema: schema30.properties.spec.properties.spanner.properties.instance,
                  data: data26
                };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
          } else {
            const err57 = {
              instancePath: instancePath + "/spec/spanner",
              schemaPath: "#/properties/spec/properties/spanner/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema30.properties.spec.properties.spanner.type,
              parentSchema: schema30.properties.spec.properties.spanner,
              data: data24
            };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data4.databaseClusterWithin !== void 0) {
          let data27 = data4.databaseClusterWithin;
          if (Array.isArray(data27)) {
            const len3 = data27.length;
            for (let i6 = 0; i6 < len3; i6++) {
              let data28 = data27[i6];
              if (typeof data28 === "string") {
                if (!pattern3.test(data28)) {
                  const err58 = {
                    instancePath: instancePath + "/spec/databaseClusterWithin/" + i6,
                    schemaPath: "#/properties/spec/properties/databaseClusterWithin/items/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[A-Z]{2,3}$" },
                    message: 'must match pattern "^[A-Z]{2,3}$"',
                    schema: "^[A-Z]{2,3}$",
                    parentSchema: schema30.properties.spec.properties.databaseClusterWithin.items,
                    data: data28
                  };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = {
                  instancePath: instancePath + "/spec/databaseClusterWithin/" + i6,
                  schemaPath: "#/properties/spec/properties/databaseClusterWithin/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema30.properties.spec.properties.databaseClusterWithin.items.type,
                  parentSchema: schema30.properties.spec.properties.databaseClusterWithin.items,
                  data: data28
                };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            let i7 = data27.length;
            let j3;
            if (i7 > 1) {
              const indices2 = {};
              for (; i7--; ) {
                let item2 = data27[i7];
                if (typeof item2 !== "string") {
                  continue;
                }
                if (typeof indices2[item2] == "number") {
                  j3 = indices2[item2];
                  const err60 = {
                    instancePath: instancePath + "/spec/databaseClusterWithin",
                    schemaPath: "#/properties/spec/properties/databaseClusterWithin/uniqueItems",
                    keyword: "uniqueItems",
                    params: { i: i7, j: j3 },
                    message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)",
                    schema: true,
                    parentSchema: schema30.properties.spec.properties.databaseClusterWithin,
                    data: data27
                  };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                  break;
                }
                indices2[item2] = i7;
              }
            }
          } else {
            const err61 = {
              instancePath: instancePath + "/spec/databaseClusterWithin",
              schemaPath: "#/properties/spec/properties/databaseClusterWithin/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema30.properties.spec.properties.databaseClusterWithin.type,
              parentSchema: schema30.properties.spec.properties.databaseClusterWithin,
              data: data27
            };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data4.complianceRules !== void 0) {
          let data29 = data4.complianceRules;
          if (Array.isArray(data29)) {
            const len4 = data29.length;
            for (let i8 = 0; i8 < len4; i8++) {
              let data30 = data29[i8];
              if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                if (data30.id === void 0) {
                  const err62 = {
                    instancePath: instancePath + "/spec/complianceRules/" + i8,
                    schemaPath: "#/definitions/ComplianceRule/required",
                    keyword: "required",
                    params: { missingProperty: "id" },
                    message: "must have required property 'id'",
                    schema: schema32.required,
                    parentSchema: schema32,
                    data: data30
                  };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
                if (data30.categories === void 0) {
                  const err63 = {
                    instancePath: instancePath + "/spec/complianceRules/" + i8,
                    schemaPath: "#/definitions/ComplianceRule/required",
                    keyword: "required",
                    params: { missingProperty: "categories" },
                    message: "must have required property 'categories'",
                    schema: schema32.required,
                    parentSchema: schema32,
                    data: data30
                  };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
                if (data30.jurisdictions === void 0) {
                  const err64 = {
                    instancePath: instancePath + "/spec/complianceRules/" + i8,
                    schemaPath: "#/definitions/ComplianceRule/required",
                    keyword: "required",
                    params: { missingProperty: "jurisdictions" },
                    message: "must have required property 'jurisdictions'",
                    schema: schema32.required,
                    parentSchema: schema32,
                    data: data30
                  };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                for (const key10 in data30) {
                  if (!(key10 === "id" || key10 === "categories" || key10 === "jurisdictions" || key10 === "severity" || key10 === "message")) {
                    const err65 = {
                      instancePath: instancePath + "/spec/complianceRules/" + i8,
                      schemaPath: "#/definitions/ComplianceRule/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key10 },
                      message: "must NOT have additional properties",
                      schema: false,
                      parentSchema: schema32,
                      data: data30
                    };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
                if (data30.id !== void 0) {
                  let data31 = data30.id;
                  if (typeof data31 === "string") {
                    if (!formats0(data31)) {
                      const err66 = {
                        instancePath: instancePath + "/spec/complianceRules/" + i8 + "/id",
                        schemaPath: "#/definitions/ComplianceRule/properties/id/format",
                        keyword: "format",
                        params: { format: "dns-label" },
                        message: 'must match format "dns-label"',
                        schema: "dns-label",
                        parentSchema: schema32.properties.id,
                        data: data31
                      };
                      if (vErrors === null) {
                        vErrors = [err66];
                      } else {
                        vErrors.push(err66);
                      }
                      errors++;
                    }
                  } else {
                    const err67 = {
                      instancePath: instancePath + "/spec/complianceRules/" + i8 + "/id",
                      schemaPath: "#/definitions/ComplianceRule/properties/id/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema32.properties.id.type,
                      parentSchema: schema32.properties.id,
                      data: data31
                    };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
                if (data30.categories !== void 0) {
                  let data32 = data30.categories;
                  if (Array.isArray(data32)) {
                    if (data32.length < 1) {
                      const err68 = {
                        instancePath: instancePath + "/spec/complianceRules/" + i8 + "/categories",
                        schemaPath: "#/definitions/ComplianceRule/properties/categories/minItems",
                        keyword: "minItems",
                        params: { limit: 1 },
                        message: "must NOT have fewer than 1 items",
                        schema: 1,
                        parentSchema: schema32.properties.categories,
                        data: data32
                      };
                      if (vErrors === null) {
                        vErrors = [err68];
                      } else {
                        vErrors.push(err68);
                      }
                      errors++;
                    }
                    const len5 = data32.length;
                    for (let i9 = 0; i9 < len5; i9++) {
                      let data33 = data32[i9];
                      if (typeof data33 === "string") {
                        if (!pattern5.test(data33)) {
                          const err69 = {
                            instancePath: instancePath + "/spec/complianceRules/" + i8 + "/categories/" + i9,
                            schemaPath: "#/definitions/ComplianceRule/properties/categories/items/pattern",
                            keyword: "pattern",
                            params: { pattern: "^[a-z_]+(\\.[a-z_]+)*$" },
                            message: 'must match pattern "^[a-z_]+(\\.[a-z_]+)*$"',
                            schema: "^[a-z_]+(\\.[a-z_]+)*$",
                            parentSchema: schema32.properties.categories.items,
                            data: data33
                          };
                          if (vErrors === null) {
                            vErrors = [err69];
                          } else {
                            vErrors.push(err69);
                          }
                          errors++;
                        }
                      } else {
                        const err70 = {
                          instancePath: instancePath + "/spec/complianceRules/" + i8 + "/categories/" + i9,
                          schemaPath: "#/definitions/ComplianceRule/properties/categories/items/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema32.properties.categories.items.type,
                          parentSchema: schema32.properties.categories.items,
                          data: data33
                        };
                        if (vErrors === null) {
                          vErrors = [err70];
                        } else {
                          vErrors.push(err70);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err71 = {
                      instancePath: instancePath + "/spec/complianceRules/" + i8 + "/categories",
                      schemaPath: "#/definitions/ComplianceRule/properties/categories/type",
                      keyword: "type",
                      params: { type: "array" },
                      message: "must be array",
                      schema: schema32.properties.categories.type,
                      parentSchema: schema32.properties.categories,
                      data: data32
                    };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
                if (data30.jurisdictions !== void 0) {
                  let data34 = data30.jurisdictions;
                  if (Array.isArray(data34)) {
                    if (data34.length < 1) {
                      const err72 = {
                        instancePath: instancePath + "/spec/complianceRules/" + i8 + "/jurisdictions",
                        schemaPath: "#/definitions/ComplianceRule/properties/jurisdictions/minItems",
                        keyword: "minItems",
                        params: { limit: 1 },
                        message: "must NOT have fewer than 1 items",
                        schema: 1,
                        parentSchema: schema32.properties.jurisdictions,
                        data: data34
                      };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                    const len6 = data34.length;
                    for (let i10 = 0; i10 < len6; i10++) {
                      let data35 = data34[i10];
                      if (typeof data35 === "string") {
                        if (!pattern3.test(data35)) {
                          const err73 = {
                            instancePath: instancePath + "/spec/complianceRules/" + i8 + "/jurisdictions/" + i10,
                            schemaPath: "#/definitions/ComplianceRule/properties/jurisdictions/items/pattern",
                            keyword: "pattern",
                            params: { pattern: "^[A-Z]{2,3}$" },
                            message: 'must match pattern "^[A-Z]{2,3}$"',
                            schema: "^[A-Z]{2,3}$",
                            parentSchema: schema32.properties.jurisdictions.items,
                            data: data35
                          };
                          if (vErrors === null) {
                            vErrors = [err73];
                          } else {
                            vErrors.push(err73);
                          }
                          errors++;
                        }
                      } else {
                        const err74 = {
                          instancePath: instancePath + "/spec/complianceRules/" + i8 + "/jurisdictions/" + i10,
                          schemaPath: "#/definitions/ComplianceRule/properties/jurisdictions/items/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema32.properties.jurisdictions.items.type,
                          parentSchema: schema32.properties.jurisdictions.items,
                          data: data35
                        };
                        if (vErrors === null) {
                          vErrors = [err74];
                        } else {
                          vErrors.push(err74);
                        }
                        errors++;
                      }
                    }
                    let i11 = data34.length;
                    let j4;
                    if (i11 > 1) {
                      const indices3 = {};
                      for (; i11--; ) {
                        let item3 = data34[i11];
                        if (typeof item3 !== "string") {
                          continue;
                        }
                        if (typeof indices3[item3] == "number") {
                          j4 = indices3[item3];
                          const err75 = {
                            instancePath: instancePath + "/spec/complianceRules/" + i8 + "/jurisdictions",
                            schemaPath: "#/definitions/ComplianceRule/properties/jurisdictions/uniqueItems",
                            keyword: "uniqueItems",
                            params: { i: i11, j: j4 },
                            message: "must NOT have duplicate items (items ## " + j4 + " and " + i11 + " are identical)",
                            schema: true,
                            parentSchema: schema32.properties.jurisdictions,
                            data: data34
                          };
                          if (vErrors === null) {
                            vErrors = [err75];
                          } else {
                            vErrors.push(err75);
                          }
                          errors++;
                          break;
                        }
                        indices3[item3] = i11;
                      }
                    }
                  } else {
                    const err76 = {
                      instancePath: instancePath + "/spec/complianceRules/" + i8 + "/jurisdictions",
                      schemaPath: "#/definitions/ComplianceRule/properties/jurisdictions/type",
                      keyword: "type",
                      params: { type: "array" },
                      message: "must be array",
                      schema: schema32.properties.jurisdictions.type,
                      parentSchema: schema32.properties.jurisdictions,
                      data: data34
                    };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
                if (data30.severity !== void 0) {
                  let data36 = data30.severity;
                  if (!(data36 === "error" || data36 === "warning")) {
                    const err77 = {
                      instancePath: instancePath + "/spec/complianceRules/" + i8 + "/severity",
                      schemaPath: "#/definitions/ComplianceRule/properties/severity/enum",
                      keyword: "enum",
                      params: { allowedValues: schema32.properties.severity.enum },
                      message: "must be equal to one of the allowed values",
                      schema: schema32.properties.severity.enum,
                      parentSchema: schema32.properties.severity,
                      data: data36
                    };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
                if (data30.message !== void 0) {
                  let data37 = data30.message;
                  if (typeof data37 === "string") {
                    if (func2(data37) < 1) {
                      const err78 = {
                        instancePath: instancePath + "/spec/complianceRules/" + i8 + "/message",
                        schemaPath: "#/definitions/ComplianceRule/properties/message/minLength",
                        keyword: "minLength",
                        params: { limit: 1 },
                        message: "must NOT have fewer than 1 characters",
                        schema: 1,
                        parentSchema: schema32.properties.message,
                        data: data37
                      };
                      if (vErrors === null) {
                        vErrors = [err78];
                      } else {
                        vErrors.push(err78);
                      }
                      errors++;
                    }
                  } else {
                    const err79 = {
                      instancePath: instancePath + "/spec/complianceRules/" + i8 + "/message",
                      schemaPath: "#/definitions/ComplianceRule/properties/message/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema32.properties.message.type,
                      parentSchema: schema32.properties.message,
                      data: data37
                    };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
              } else {
                const err80 = {
                  instancePath: instancePath + "/spec/complianceRules/" + i8,
                  schemaPath: "#/definitions/ComplianceRule/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema32.type,
                  parentSchema: schema32,
                  data: data30
                };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
          } else {
            const err81 = {
              instancePath: instancePath + "/spec/complianceRules",
              schemaPath: "#/properties/spec/properties/complianceRules/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema30.properties.spec.properties.complianceRules.type,
              parentSchema: schema30.properties.spec.properties.complianceRules,
              data: data29
            };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data4.databaseRoles !== void 0) {
          let data38 = data4.databaseRoles;
          if (Array.isArray(data38)) {
            const len7 = data38.length;
            for (let i12 = 0; i12 < len7; i12++) {
              let data39 = data38[i12];
              if (typeof data39 === "string") {
                if (func2(data39) > 63) {
                  const err82 = {
                    instancePath: instancePath + "/spec/databaseRoles/" + i12,
                    schemaPath: "#/properties/spec/properties/databaseRoles/items/maxLength",
                    keyword: "maxLength",
                    params: { limit: 63 },
                    message: "must NOT have more than 63 characters",
                    schema: 63,
                    parentSchema: schema30.properties.spec.properties.databaseRoles.items,
                    data: data39
                  };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
                if (func2(data39) < 1) {
                  const err83 = {
                    instancePath: instancePath + "/spec/databaseRoles/" + i12,
                    schemaPath: "#/properties/spec/properties/databaseRoles/items/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                    schema: 1,
                    parentSchema: schema30.properties.spec.properties.databaseRoles.items,
                    data: data39
                  };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              } else {
                const err84 = {
                  instancePath: instancePath + "/spec/databaseRoles/" + i12,
                  schemaPath: "#/properties/spec/properties/databaseRoles/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema30.properties.spec.properties.databaseRoles.items.type,
                  parentSchema: schema30.properties.spec.properties.databaseRoles.items,
                  data: data39
                };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            let i13 = data38.length;
            let j5;
            if (i13 > 1) {
              const indices4 = {};
              for (; i13--; ) {
                let item4 = data38[i13];
                if (typeof item4 !== "string") {
                  continue;
                }
                if (typeof indices4[item4] == "number") {
                  j5 = indices4[item4];
                  const err85 = {
                    instancePath: instancePath + "/spec/databaseRoles",
                    schemaPath: "#/properties/spec/properties/databaseRoles/uniqueItems",
                    keyword: "uniqueItems",
                    params: { i: i13, j: j5 },
                    message: "must NOT have duplicate items (items ## " + j5 + " and " + i13 + " are identical)",
                    schema: true,
                    parentSchema: schema30.properties.spec.properties.databaseRoles,
                    data: data38
                  };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                  break;
                }
                indices4[item4] = i13;
              }
            }
          } else {
            const err86 = {
              instancePath: instancePath + "/spec/databaseRoles",
              schemaPath: "#/properties/spec/properties/databaseRoles/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema30.properties.spec.properties.databaseRoles.type,
              parentSchema: schema30.properties.spec.properties.databaseRoles,
              data: data38
            };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        if (data4.regions !== void 0) {
          let data40 = data4.regions;
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            if (Object.keys(data40).length < 1) {
              const err87 = {
                instancePath: instancePath + "/spec/regions",
                schemaPath: "#/properties/spec/properties/regions/minProperties",
                keyword: "minProperties",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 properties",
                schema: 1,
                parentSchema: schema30.properties.spec.properties.regions,
                data: data40
              };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
            for (const key11 in data40) {
              const _errs89 = errors;
              if (typeof key11 === "string") {
                if (!formats0(key11)) {
                  const err88 = {
                    instancePath: instancePath + "/spec/regions",
                    schemaPath: "#/properties/spec/properties/regions/propertyNames/format",
                    keyword: "format",
                    params: { format: "dns-label" },
                    message: 'must match format "dns-label"',
                    schema: "dns-label",
                    parentSchema: schema30.properties.spec.properties.regions.propertyNames,
                    data: key11,
                    propertyName: key11
                  };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              }
              var valid35 = _errs89 === errors;
              if (!valid35) {
                const err89 = {
                  instancePath: instancePath + "/spec/regions",
                  schemaPath: "#/properties/spec/properties/regions/propertyNames",
                  keyword: "propertyNames",
                  params: { propertyName: key11 },
                  message: "property name must be valid",
                  schema: schema30.properties.spec.properties.regions.propertyNames,
                  parentSchema: schema30.properties.spec.properties.regions,
                  data: data40
                };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            for (const key12 in data40) {
              let data41 = data40[key12];
              if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                if (data41.location === void 0) {
                  const err90 = {
                    instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),
                    schemaPath: "#/definitions/Region/required",
                    keyword: "required",
                    params: { missingProperty: "location" },
                    message: "must have required property 'location'",
                    schema: schema33.required,
                    parentSchema: schema33,
                    data: data41
                  };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
                if (data41.jurisdiction === void 0) {
                  const err91 = {
                    instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),
                    schemaPath: "#/definitions/Region/required",
                    keyword: "required",
                    params: { missingProperty: "jurisdiction" },
                    message: "must have required property 'jurisdiction'",
                    schema: schema33.required,
                    parentSchema: schema33,
                    data: data41
                  };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
                if (data41.argocd === void 0) {
                  const err92 = {
                    instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),
                    schemaPath: "#/definitions/Region/required",
                    keyword: "required",
                    params: { missingProperty: "argocd" },
                    message: "must have required property 'argocd'",
                    schema: schema33.required,
                    parentSchema: schema33,
                    data: data41
                  };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
                for (const key13 in data41) {
                  if (!func4.call(schema33.properties, key13)) {
                    const err93 = {
                      instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),
                      schemaPath: "#/definitions/Region/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key13 },
                      message: "must NOT have additional properties",
                      schema: false,
                      parentSchema: schema33,
                      data: data41
                    };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                }
                if (data41.location !== void 0) {
                  let data42 = data41.location;
                  if (typeof data42 === "string") {
                    if (func2(data42) < 1) {
                      const err94 = {
                        instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/location",
                        schemaPath: "#/definitions/Region/properties/location/minLength",
                        keyword: "minLength",
                        params: { limit: 1 },
                        message: "must NOT have fewer than 1 characters",
                        schema: 1,
                        parentSchema: schema33.properties.location,
                        data: data42
                      };
                      if (vErrors === null) {
                        vErrors = [err94];
                      } else {
                        vErrors.push(err94);
                      }
                      errors++;
                    }
                  } else {
                    const err95 = {
                      instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/location",
                      schemaPath: "#/definitions/Region/properties/location/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema33.properties.location.type,
                      parentSchema: schema33.properties.location,
                      data: data42
                    };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                }
                if (data41.jurisdiction !== void 0) {
                  let data43 = data41.jurisdiction;
                  if (typeof data43 === "string") {
                    if (!pattern3.test(data43)) {
                      const err96 = {
                        instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/jurisdiction",
                        schemaPath: "#/definitions/Region/properties/jurisdiction/pattern",
                        keyword: "pattern",
                        params: { pattern: "^[A-Z]{2,3}$" },
                        message: 'must match pattern "^[A-Z]{2,3}$"',
                        schema: "^[A-Z]{2,3}$",
                        parentSchema: schema33.properties.jurisdiction,
                        data: data43
                      };
                      if (vErrors === null) {
                        vErrors = [err96];
                      } else {
                        vErrors.push(err96);
                      }
                      errors++;
                    }
                  } else {
                    const err97 = {
                      instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/jurisdiction",
                      schemaPath: "#/definitions/Region/properties/jurisdiction/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema33.properties.jurisdiction.type,
                      parentSchema: schema33.properties.jurisdiction,
                      data: data43
                    };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
                if (data41.quota !== void 0) {
                  let data44 = data41.quota;
                  if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                    for (const key14 in data44) {
                      if (!(key14 === "cpu" || key14 === "memory")) {
                        const err98 = {
                          instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/quota",
                          schemaPath: "#/definitions/Region/properties/quota/additionalProperties",
                          keyword: "additionalProperties",
                          params: { additionalProperty: key14 },
                          message: "must NOT have additional properties",
                          schema: false,
                          parentSchema: schema33.properties.quota,
                          data: data44
                        };
                        if (vErrors === null) {
                          vErrors = [err98];
                        } else {
                          vErrors.push(err98);
                        }
                        errors++;
                      }
                    }
                    if (data44.cpu !== void 0) {
                      let data45 = data44.cpu;
                      if (typeof data45 === "string") {
                        if (!pattern6.test(data45)) {
                          const err99 = {
                            instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/quota/cpu",
                            schemaPath: "#/definitions/Region/properties/quota/properties/cpu/pattern",
                            keyword: "pattern",
                            params: { pattern: "^([0-9]+m|[0-9]+(\\.[0-9]+)?)$" },
                            message: 'must match pattern "^([0-9]+m|[0-9]+(\\.[0-9]+)?)$"',
                            schema: "^([0-9]+m|[0-9]+(\\.[0-9]+)?)$",
                            parentSchema: schema33.properties.quota.properties.cpu,
                            data: data45
                          };
                          if (vErrors === null) {
                            vErrors = [err99];
                          } else {
                            vErrors.push(err99);
                          }
                          errors++;
                        }
                      } else {
                        const err100 = {
                          instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/quota/cpu",
                          schemaPath: "#/definitions/Region/properties/quota/properties/cpu/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema33.properties.quota.properties.cpu.type,
                          parentSchema: schema33.properties.quota.properties.cpu,
                          data: data45
                        };
                        if (vErrors === null) {
                          vErrors = [err100];
                        } else {
                          vErrors.push(err100);
                        }
                        errors++;
                      }
                    }
                    if (data44.memory !== void 0) {
                      let data46 = data44.memory;
                      if (typeof data46 === "string") {
                        if (!pattern7.test(data46)) {
                          const err101 = {
                            instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/quota/memory",
                            schemaPath: "#/definitions/Region/properties/quota/properties/memory/pattern",
                            keyword: "pattern",
                            params: { pattern: "^[0-9]+(Ki|Mi|Gi|Ti|k|M|G|T)?$" },
                            message: 'must match pattern "^[0-9]+(Ki|Mi|Gi|Ti|k|M|G|T)?$"',
                            schema: "^[0-9]+(Ki|Mi|Gi|Ti|k|M|G|T)?$",
                            parentSchema: schema33.properties.quota.properties.memory,
                            data: data46
                          };
                          if (vErrors === null) {
                            vErrors = [err101];
                          } else {
                            vErrors.push(err101);
                          }
                          errors++;
                        }
                      } else {
                        const err102 = {
                          instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/quota/memory",
                          schemaPath: "#/definitions/Region/properties/quota/properties/memory/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema33.properties.quota.properties.memory.type,
                          parentSchema: schema33.properties.quota.properties.memory,
                          data: data46
                        };
                        if (vErrors === null) {
                          vErrors = [err102];
                        } else {
                          vErrors.push(err102);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err103 = {
                      instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/quota",
                      schemaPath: "#/definitions/Region/properties/quota/type",
                      keyword: "type",
                      params: { type: "object" },
                      message: "must be object",
                      schema: schema33.properties.quota.type,
                      parentSchema: schema33.properties.quota,
                      data: data44
                    };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                }
                if (data41.approvals !== void 0) {
                  let data47 = data41.approvals;
                  if (!(typeof data47 == "number" && !(data47 % 1) && !isNaN(data47) && isFinite(data47))) {
                    const err104 = {
                      instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvals",
                      schemaPath: "#/definitions/Region/properties/approvals/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                      schema: schema33.properties.approvals.type,
                      parentSchema: schema33.properties.approvals,
                      data: data47
                    };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                  if (typeof data47 == "number" && isFinite(data47)) {
                    if (data47 > 10 || isNaN(data47)) {
                      const err105 = {
                        instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvals",
                        schemaPath: "#/definitions/Region/properties/approvals/maximum",
                        keyword: "maximum",
                        params: { comparison: "<=", limit: 10 },
                        message: "must be <= 10",
                        schema: 10,
                        parentSchema: schema33.properties.approvals,
                        data: data47
                      };
                      if (vErrors === null) {
                        vErrors = [err105];
                      } else {
                        vErrors.push(err105);
                      }
                      errors++;
                    }
                    if (data47 < 0 || isNaN(data47)) {
                      const err106 = {
                        instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvals",
                        schemaPath: "#/definitions/Region/properties/approvals/minimum",
                        keyword: "minimum",
                        params: { comparison: ">=", limit: 0 },
                        message: "must be >= 0",
                        schema: 0,
                        parentSchema: schema33.properties.approvals,
                        data: data47
                      };
                      if (vErrors === null) {
                        vErrors = [err106];
                      } else {
                        vErrors.push(err106);
                      }
                      errors++;
                    }
                  }
                }
                if (data41.argocd !== void 0) {
                  let data48 = data41.argocd;
                  if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                    if (data48.server === void 0) {
                      const err107 = {
                        instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd",
                        schemaPath: "#/definitions/Region/properties/argocd/required",
                        keyword: "required",
                        params: { missingProperty: "server" },
                        message: "must have required property 'server'",
                        schema: schema33.properties.argocd.required,
                        parentSchema: schema33.properties.argocd,
                        data: data48
                      };
                      if (vErrors === null) {
                        vErrors = [err107];
                      } else {
                        vErrors.push(err107);
                      }
                      errors++;
                    }
                    for (const key15 in data48) {
                      if (!(key15 === "server" || key15 === "app" || key15 === "project" || key15 === "tokenSecret" || key15 === "sync" || key15 === "acceptSuspended")) {
                        const err108 = {
                          instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd",
                          schemaPath: "#/definitions/Region/properties/argocd/additionalProperties",
                          keyword: "additionalProperties",
                          params: { additionalProperty: key15 },
                          message: "must NOT have additional properties",
                          schema: false,
                          parentSchema: schema33.properties.argocd,
                          data: data48
                        };
                        if (vErrors === null) {
                          vErrors = [err108];
                        } else {
                          vErrors.push(err108);
                        }
                        errors++;
                      }
                    }
                    if (data48.server !== void 0) {
                      let data49 = data48.server;
                      if (typeof data49 === "string") {
                        if (!formats74(data49)) {
                          const err109 = {
                            instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd/server",
                            schemaPath: "#/definitions/Region/properties/argocd/properties/server/format",
                            keyword: "format",
                            params: { format: "uri" },
                            message: 'must match format "uri"',
                            schema: "uri",
                            parentSchema: schema33.properties.argocd.properties.server,
                            data: data49
                          };
                          if (vErrors === null) {
                            vErrors = [err109];
                          } else {
                            vErrors.push(err109);
                          }
                          errors++;
                        }
                      } else {
                        const err110 = {
                          instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd/server",
                          schemaPath: "#/definitions/Region/properties/argocd/properties/server/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema33.properties.argocd.properties.server.type,
                          parentSchema: schema33.properties.argocd.properties.server,
                          data: data49
                        };
                        if (vErrors === null) {
                          vErrors = [err110];
                        } else {
                          vErrors.push(err110);
                        }
                        errors++;
                      }
                    }
                    if (data48.app !== void 0) {
                      let data50 = data48.app;
                      if (typeof data50 === "string") {
                        if (func2(data50) < 1) {
                          const err111 = {
                            instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd/app",
                            schemaPath: "#/definitions/Region/properties/argocd/properties/app/minLength",
                            keyword: "minLength",
                            params: { limit: 1 },
                            message: "must NOT have fewer than 1 characters",
                            schema: 1,
                            parentSchema: schema33.properties.argocd.properties.app,
                            data: data50
                          };
                          if (vErrors === null) {
                            vErrors = [err111];
                          } else {
                            vErrors.push(err111);
                          }
                          errors++;
                        }
                      } else {
                        const err112 = {
                          instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd/app",
                          schemaPath: "#/definitions/Region/properties/argocd/properties/app/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema33.properties.argocd.properties.app.type,
                          parentSchema: schema33.properties.argocd.properties.app,
                          data: data50
                        };
                        if (vErrors === null) {
                          vErrors = [err112];
                        } else {
                          vErrors.push(err112);
                        }
                        errors++;
                      }
                    }
                    if (data48.project !== void 0) {
                      let data51 = data48.project;
                      if (typeof data51 === "string") {
                        if (func2(data51) < 1) {
                          const err113 = {
                            instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd/project",
                            schemaPath: "#/definitions/Region/properties/argocd/properties/project/minLength",
                            keyword: "minLength",
                            params: { limit: 1 },
                            message: "must NOT have fewer than 1 characters",
                            schema: 1,
                            parentSchema: schema33.properties.argocd.properties.project,
                            data: data51
                          };
                          if (vErrors === null) {
                            vErrors = [err113];
                          } else {
                            vErrors.push(err113);
                          }
                          errors++;
                        }
                      } else {
                        const err114 = {
                          instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd/project",
                          schemaPath: "#/definitions/Region/properties/argocd/properties/project/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema33.properties.argocd.properties.project.type,
                          parentSchema: schema33.properties.argocd.properties.project,
                          data: data51
                        };
                        if (vErrors === null) {
                          vErrors = [err114];
                        } else {
                          vErrors.push(err114);
                        }
                        errors++;
                      }
                    }
                    if (data48.tokenSecret !== void 0) {
                      let data52 = data48.tokenSecret;
                      if (typeof data52 === "string") {
                        if (!pattern24.test(data52)) {
                          const err115 = {
                            instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd/tokenSecret",
                            schemaPath: "#/definitions/Region/properties/argocd/properties/tokenSecret/pattern",
                            keyword: "pattern",
                            params: { pattern: "^[A-Z_][A-Z0-9_]*$" },
                            message: 'must match pattern "^[A-Z_][A-Z0-9_]*$"',
                            schema: "^[A-Z_][A-Z0-9_]*$",
                            parentSchema: schema33.properties.argocd.properties.tokenSecret,
                            data: data52
                          };
                          if (vErrors === null) {
                            vErrors = [err115];
                          } else {
                            vErrors.push(err115);
                          }
                          errors++;
                        }
                      } else {
                        const err116 = {
                          instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd/tokenSecret",
                          schemaPath: "#/definitions/Region/properties/argocd/properties/tokenSecret/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema33.properties.argocd.properties.tokenSecret.type,
                          parentSchema: schema33.properties.argocd.properties.tokenSecret,
                          data: data52
                        };
                        if (vErrors === null) {
                          vErrors = [err116];
                        } else {
                          vErrors.push(err116);
                        }
                        errors++;
                      }
                    }
                    if (data48.sync !== void 0) {
                      let data53 = data48.sync;
                      if (!(data53 === "auto" || data53 === "explicit")) {
                        const err117 = {
                          instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd/sync",
                          schemaPath: "#/definitions/Region/properties/argocd/properties/sync/enum",
                          keyword: "enum",
                          params: {
                            allowedValues: schema33.properties.argocd.properties.sync.enum
                          },
                          message: "must be equal to one of the allowed values",
                          schema: schema33.properties.argocd.properties.sync.enum,
                          parentSchema: schema33.properties.argocd.properties.sync,
                          data: data53
                        };
                        if (vErrors === null) {
                          vErrors = [err117];
                        } else {
                          vErrors.push(err117);
                        }
                        errors++;
                      }
                    }
                    if (data48.acceptSuspended !== void 0) {
                      let data54 = data48.acceptSuspended;
                      if (typeof data54 !== "boolean") {
                        const err118 = {
                          instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd/acceptSuspended",
                          schemaPath: "#/definitions/Region/properties/argocd/properties/acceptSuspended/type",
                          keyword: "type",
                          params: { type: "boolean" },
                          message: "must be boolean",
                          schema: schema33.properties.argocd.properties.acceptSuspended.type,
                          parentSchema: schema33.properties.argocd.properties.acceptSuspended,
                          data: data54
                        };
                        if (vErrors === null) {
                          vErrors = [err118];
                        } else {
                          vErrors.push(err118);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err119 = {
                      instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd",
                      schemaPath: "#/definitions/Region/properties/argocd/type",
                      keyword: "type",
                      params: { type: "object" },
                      message: "must be object",
                      schema: schema33.properties.argocd.type,
                      parentSchema: schema33.properties.argocd,
                      data: data48
                    };
                    if (vErrors === null) {
                      vErrors = [err119];
                    } else {
                      vErrors.push(err119);
                    }
                    errors++;
                  }
                }
                if (data41.prometheus !== void 0) {
                  let data55 = data41.prometheus;
                  if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                    if (data55.url === void 0) {
                      const err120 = {
                        instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/prometheus",
                        schemaPath: "#/definitions/Region/properties/prometheus/required",
                        keyword: "required",
                        params: { missingProperty: "url" },
                        message: "must have required property 'url'",
                        schema: schema33.properties.prometheus.required,
                        parentSchema: schema33.properties.prometheus,
                        data: data55
                      };
                      if (vErrors === null) {
                        vErrors = [err120];
                      } else {
                        vErrors.push(err120);
                      }
                      errors++;
                    }
                    for (const key16 in data55) {
                      if (!(key16 === "url")) {
                        const err121 = {
                          instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/prometheus",
                          schemaPath: "#/definitions/Region/properties/prometheus/additionalProperties",
                          keyword: "additionalProperties",
                          params: { additionalProperty: key16 },
                          message: "must NOT have additional properties",
                          schema: false,
                          parentSchema: schema33.properties.prometheus,
                          data: data55
                        };
                        if (vErrors === null) {
                          vErrors = [err121];
                        } else {
                          vErrors.push(err121);
                        }
                        errors++;
                      }
                    }
                    if (data55.url !== void 0) {
                      let data56 = data55.url;
                      if (typeof data56 === "string") {
                        if (!formats74(data56)) {
                          const err122 = {
                            instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/prometheus/url",
                            schemaPath: "#/definitions/Region/properties/prometheus/properties/url/format",
                            keyword: "format",
                            params: { format: "uri" },
                            message: 'must match format "uri"',
                            schema: "uri",
                            parentSchema: schema33.properties.prometheus.properties.url,
                            data: data56
                          };
                          if (vErrors === null) {
                            vErrors = [err122];
                          } else {
                            vErrors.push(err122);
                          }
                          errors++;
                        }
                      } else {
                        const err123 = {
                          instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/prometheus/url",
                          schemaPath: "#/definitions/Region/properties/prometheus/properties/url/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema33.properties.prometheus.properties.url.type,
                          parentSchema: schema33.properties.prometheus.properties.url,
                          data: data56
                        };
                        if (vErrors === null) {
                          vErrors = [err123];
                        } else {
                          vErrors.push(err123);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err124 = {
                      instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/prometheus",
                      schemaPath: "#/definitions/Region/properties/prometheus/type",
                      keyword: "type",
                      params: { type: "object" },
                      message: "must be object",
                      schema: schema33.properties.prometheus.type,
                      parentSchema: schema33.properties.prometheus,
                      data: data55
                    };
                    if (vErrors === null) {
                      vErrors = [err124];
                    } else {
                      vErrors.push(err124);
                    }
                    errors++;
                  }
                }
                if (data41.dns !== void 0) {
                  let data57 = data41.dns;
                  if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                    if (data57.provider === void 0) {
                      const err125 = {
                        instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/dns",
                        schemaPath: "#/definitions/Region/properties/dns/required",
                        keyword: "required",
                        params: { missingProperty: "provider" },
                        message: "must have required property 'provider'",
                        schema: schema33.properties.dns.required,
                        parentSchema: schema33.properties.dns,
                        data: data57
                      };
                      if (vErrors === null) {
                        vErrors = [err125];
                      } else {
                        vErrors.push(err125);
                      }
                      errors++;
                    }
                    if (data57.zone === void 0) {
                      const err126 = {
                        instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/dns",
                        schemaPath: "#/definitions/Region/properties/dns/required",
                        keyword: "required",
                        params: { missingProperty: "zone" },
                        message: "must have required property 'zone'",
                        schema: schema33.properties.dns.required,
                        parentSchema: schema33.properties.dns,
                        data: data57
                      };
                      if (vErrors === null) {
                        vErrors = [err126];
                      } else {
                        vErrors.push(err126);
                      }
                      errors++;
                    }
                    for (const key17 in data57) {
                      if (!(key17 === "provider" || key17 === "zone" || key17 === "annotationPrefix" || key17 === "endpoint")) {
                        const err127 = {
                          instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/dns",
                          schemaPath: "#/definitions/Region/properties/dns/additionalProperties",
                          keyword: "additionalProperties",
                          params: { additionalProperty: key17 },
                          message: "must NOT have additional properties",
                          schema: false,
                          parentSchema: schema33.properties.dns,
                          data: data57
                        };
                        if (vErrors === null) {
                          vErrors = [err127];
                        } else {
                          vErrors.push(err127);
                        }
                        errors++;
                      }
                    }
                    if (data57.provider !== void 0) {
                      let data58 = data57.provider;
                      if (!(data58 === "aws" || data58 === "google" || data58 === "azure" || data58 === "cloudflare" || data58 === "k8gb")) {
                        const err128 = {
                          instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/dns/provider",
                          schemaPath: "#/definitions/Region/properties/dns/properties/provider/enum",
                          keyword: "enum",
                          params: {
                            allowedValues: schema33.properties.dns.properties.provider.enum
                          },
                          message: "must be equal to one of the allowed values",
                          schema: schema33.properties.dns.properties.provider.enum,
                          parentSchema: schema33.properties.dns.properties.provider,
                          data: data58
                        };
                        if (vErrors === null) {
                          vErrors = [err128];
                        } else {
                          vErrors.push(err128);
                        }
                        errors++;
                      }
                    }
                    if (data57.zone !== void 0) {
                      let data59 = data57.zone;
                      if (typeof data59 === "string") {
                        if (!formats14(data59)) {
                          const err129 = {
                            instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/dns/zone",
                            schemaPath: "#/definitions/Region/properties/dns/properties/zone/format",
                            keyword: "format",
                            params: { format: "hostname" },
                            message: 'must match format "hostname"',
                            schema: "hostname",
                            parentSchema: schema33.properties.dns.properties.zone,
                            data: data59
                          };
                          if (vErrors === null) {
                            vErrors = [err129];
                          } else {
                            vErrors.push(err129);
                          }
                          errors++;
                        }
                      } else {
                        const err130 = {
                          instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/dns/zone",
                          schemaPath: "#/definitions/Region/properties/dns/properties/zone/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema33.properties.dns.properties.zone.type,
                          parentSchema: schema33.properties.dns.properties.zone,
                          data: data59
                        };
                        if (vErrors === null) {
                          vErrors = [err130];
                        } else {
                          vErrors.push(err130);
                        }
                        errors++;
                      }
                    }
                    if (data57.annotationPrefix !== void 0) {
                      let data60 = data57.annotationPrefix;
                      if (typeof data60 === "string") {
                        if (!pattern25.test(data60)) {
                          const err131 = {
                            instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/dns/annotationPrefix",
                            schemaPath: "#/definitions/Region/properties/dns/properties/annotationPrefix/pattern",
                            keyword: "pattern",
                            params: { pattern: "^[a-z0-9.-]+/$" },
                            message: 'must match pattern "^[a-z0-9.-]+/$"',
                            schema: "^[a-z0-9.-]+/$",
                            parentSchema: schema33.properties.dns.properties.annotationPrefix,
                            data: data60
                          };
                          if (vErrors === null) {
                            vErrors = [err131];
                          } else {
                            vErrors.push(err131);
                          }
                          errors++;
                        }
                      } else {
                        const err132 = {
                          instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/dns/annotationPrefix",
                          schemaPath: "#/definitions/Region/properties/dns/properties/annotationPrefix/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema33.properties.dns.properties.annotationPrefix.type,
                          parentSchema: schema33.properties.dns.properties.annotationPrefix,
                          data: data60
                        };
                        if (vErrors === null) {
                          vErrors = [err132];
                        } else {
                          vErrors.push(err132);
                        }
                        errors++;
                      }
                    }
                    if (data57.endpoint !== void 0) {
                      let data61 = data57.endpoint;
                      if (typeof data61 === "string") {
                        if (!pattern26.test(data61)) {
                          const err133 = {
                            instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/dns/endpoint",
                            schemaPath: "#/definitions/Region/properties/dns/properties/endpoint/pattern",
                            keyword: "pattern",
                            params: { pattern: "^https?://" },
                            message: 'must match pattern "^https?://"',
                            schema: "^https?://",
                            parentSchema: schema33.properties.dns.properties.endpoint,
                            data: data61
                          };
                          if (vErrors === null) {
                            vErrors = [err133];
                          } else {
                            vErrors.push(err133);
                          }
                          errors++;
                        }
                      } else {
                        const err134 = {
                          instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/dns/endpoint",
                          schemaPath: "#/definitions/Region/properties/dns/properties/endpoint/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema33.properties.dns.properties.endpoint.type,
                          parentSchema: schema33.properties.dns.properties.endpoint,
                          data: data61
                        };
                        if (vErrors === null) {
                          vErrors = [err134];
                        } else {
                          vErrors.push(err134);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err135 = {
                      instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/dns",
                      schemaPath: "#/definitions/Region/properties/dns/type",
                      keyword: "type",
                      params: { type: "object" },
                      message: "must be object",
                      schema: schema33.properties.dns.type,
                      parentSchema: schema33.properties.dns,
                      data: data57
                    };
                    if (vErrors === null) {
                      vErrors = [err135];
                    } else {
                      vErrors.push(err135);
                    }
                    errors++;
                  }
                }
                if (data41.mesh !== void 0) {
                  let data62 = data41.mesh;
                  if (!(data62 === "istio" || data62 === "linkerd" || data62 === "none")) {
                    const err136 = {
                      instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/mesh",
                      schemaPath: "#/definitions/Region/properties/mesh/enum",
                      keyword: "enum",
                      params: { allowedValues: schema33.properties.mesh.enum },
                      message: "must be equal to one of the allowed values",
                      schema: schema33.properties.mesh.enum,
                      parentSchema: schema33.properties.mesh,
                      data: data62
                    };
                    if (vErrors === null) {
                      vErrors = [err136];
                    } else {
                      vErrors.push(err136);
                    }
                    errors++;
                  }
                }
                if (data41.database !== void 0) {
                  let data63 = data41.database;
                  if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                    if (data63.secret === void 0) {
                      const err137 = {
                        instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/database",
                        schemaPath: "#/definitions/Region/properties/database/required",
                        keyword: "required",
                        params: { missingProperty: "secret" },
                        message: "must have required property 'secret'",
                        schema: schema33.properties.database.required,
                        parentSchema: schema33.properties.database,
                        data: data63
                      };
                      if (vErrors === null) {
                        vErrors = [err137];
                      } else {
                        vErrors.push(err137);
                      }
                      errors++;
                    }
                    for (const key18 in data63) {
                      if (!(key18 === "secret" || key18 === "replication")) {
                        const err138 = {
                          instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/database",
                          schemaPath: "#/definitions/Region/properties/database/additionalProperties",
                          keyword: "additionalProperties",
                          params: { additionalProperty: key18 },
                          message: "must NOT have additional properties",
                          schema: false,
                          parentSchema: schema33.properties.database,
                          data: data63
                        };
                        if (vErrors === null) {
                          vErrors = [err138];
                        } else {
                          vErrors.push(err138);
                        }
                        errors++;
                      }
                    }
                    if (data63.secret !== void 0) {
                      let data64 = data63.secret;
                      if (typeof data64 === "string") {
                        if (!pattern24.test(data64)) {
                          const err139 = {
                            instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/database/secret",
                            schemaPath: "#/definitions/Region/properties/database/properties/secret/pattern",
                            keyword: "pattern",
                            params: { pattern: "^[A-Z_][A-Z0-9_]*$" },
                            message: 'must match pattern "^[A-Z_][A-Z0-9_]*$"',
                            schema: "^[A-Z_][A-Z0-9_]*$",
                            parentSchema: schema33.properties.database.properties.secret,
                            data: data64
                          };
                          if (vErrors === null) {
                            vErrors = [err139];
                          } else {
                            vErrors.push(err139);
                          }
                          errors++;
                        }
                      } else {
                        const err140 = {
                          instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/database/secret",
                          schemaPath: "#/definitions/Region/properties/database/properties/secret/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema33.properties.database.properties.secret.type,
                          parentSchema: schema33.properties.database.properties.secret,
                          data: data64
                        };
                        if (vErrors === null) {
                          vErrors = [err140];
                        } else {
                          vErrors.push(err140);
                        }
                        errors++;
                      }
                    }
                    if (data63.replication !== void 0) {
                      let data65 = data63.replication;
                      if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
                        for (const key19 in data65) {
                          if (!(key19 === "user" || key19 === "passfile")) {
                            const err141 = {
                              instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/database/replication",
                              schemaPath: "#/definitions/Region/properties/database/properties/replication/additionalProperties",
                              keyword: "additionalProperties",
                              params: { additionalProperty: key19 },
                              message: "must NOT have additional properties",
                              schema: false,
                              parentSchema: schema33.properties.database.properties.replication,
                              data: data65
                            };
                            if (vErrors === null) {
                              vErrors = [err141];
                            } else {
                              vErrors.push(err141);
                            }
                            errors++;
                          }
                        }
                        if (data65.user !== void 0) {
                          let data66 = data65.user;
                          if (typeof data66 === "string") {
                            if (func2(data66) > 63) {
                              const err142 = {
                                instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/database/replication/user",
                                schemaPath: "#/definitions/Region/properties/database/properties/replication/properties/user/maxLength",
                                keyword: "maxLength",
                                params: { limit: 63 },
                                message: "must NOT have more than 63 characters",
                                schema: 63,
                                parentSchema: schema33.properties.database.properties.replication.properties.user,
                                data: data66
                              };
                              if (vErrors === null) {
                                vErrors = [err142];
                              } else {
                                vErrors.push(err142);
                              }
                              errors++;
                            }
                            if (func2(data66) < 1) {
                              const err143 = {
                                instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/database/replication/user",
                                schemaPath: "#/definitions/Region/properties/database/properties/replication/properties/user/minLength",
                                keyword: "minLength",
                                params: { limit: 1 },
                                message: "must NOT have fewer than 1 characters",
                                schema: 1,
                                parentSchema: schema33.properties.database.properties.replication.properties.user,
                                data: data66
                              };
                              if (vErrors === null) {
                                vErrors = [err143];
                              } else {
                                vErrors.push(err143);
                              }
                              errors++;
                            }
                          } else {
                            const err144 = {
                              instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/database/replication/user",
                              schemaPath: "#/definitions/Region/properties/database/properties/replication/properties/user/type",
                              keyword: "type",
                              params: { type: "string" },
                              message: "must be string",
                              schema: schema33.properties.database.properties.replication.properties.user.type,
                              parentSchema: schema33.properties.database.properties.replication.properties.user,
                              data: data66
                            };
                            if (vErrors === null) {
                              vErrors = [err144];
                            } else {
                              vErrors.push(err144);
                            }
                            errors++;
                          }
                        }
                        if (data65.passfile !== void 0) {
                          let data67 = data65.passfile;
                          if (typeof data67 === "string") {
                            if (!pattern2.test(data67)) {
                              const err145 = {
                                instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/database/replication/passfile",
                                schemaPath: "#/definitions/Region/properties/database/properties/replication/properties/passfile/pattern",
                                keyword: "pattern",
                                params: { pattern: "^/" },
                                message: 'must match pattern "^/"',
                                schema: "^/",
                                parentSchema: schema33.properties.database.properties.replication.properties.passfile,
                                data: data67
                              };
                              if (vErrors === null) {
                                vErrors = [err145];
                              } else {
                                vErrors.push(err145);
                              }
                              errors++;
                            }
                          } else {
                            const err146 = {
                              instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/database/replication/passfile",
                              schemaPath: "#/definitions/Region/properties/database/properties/replication/properties/passfile/type",
                              keyword: "type",
                              params: { type: "string" },
                              message: "must be string",
                              schema: schema33.properties.database.properties.replication.properties.passfile.type,
                              parentSchema: schema33.properties.database.properties.replication.properties.passfile,
                              data: data67
                            };
                            if (vErrors === null) {
                              vErrors = [err146];
                            } else {
                              vErrors.push(err146);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err147 = {
                          instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/database/replication",
                          schemaPath: "#/definitions/Region/properties/database/properties/replication/type",
                          keyword: "type",
                          params: { type: "object" },
                          message: "must be object",
                          schema: schema33.properties.database.properties.replication.type,
                          parentSchema: schema33.properties.database.properties.replication,
                          data: data65
                        };
                        if (vErrors === null) {
                          vErrors = [err147];
                        } else {
                          vErrors.push(err147);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err148 = {
                      instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/database",
                      schemaPath: "#/definitions/Region/properties/database/type",
                      keyword: "type",
                      params: { type: "object" },
                      message: "must be object",
                      schema: schema33.properties.database.type,
                      parentSchema: schema33.properties.database,
                      data: data63
                    };
                    if (vErrors === null) {
                      vErrors = [err148];
                    } else {
                      vErrors.push(err148);
                    }
                    errors++;
                  }
                }
              } else {
                const err149 = {
                  instancePath: instancePath + "/spec/regions/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/definitions/Region/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema33.type,
                  parentSchema: schema33,
                  data: data41
                };
                if (vErrors === null) {
                  vErrors = [err149];
                } else {
                  vErrors.push(err149);
                }
                errors++;
              }
            }
          } else {
            const err150 = {
              instancePath: instancePath + "/spec/regions",
              schemaPath: "#/properties/spec/properties/regions/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema30.properties.spec.properties.regions.type,
              parentSchema: schema30.properties.spec.properties.regions,
              data: data40
            };
            if (vErrors === null) {
              vErrors = [err150];
            } else {
              vErrors.push(err150);
            }
            errors++;
          }
        }
      } else {
        const err151 = {
          instancePath: instancePath + "/spec",
          schemaPath: "#/properties/spec/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema30.properties.spec.type,
          parentSchema: schema30.properties.spec,
          data: data4
        };
        if (vErrors === null) {
          vErrors = [err151];
        } else {
          vErrors.push(err151);
        }
        errors++;
      }
    }
  } else {
    const err152 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema30.type,
      parentSchema: schema30,
      data
    };
    if (vErrors === null) {
      vErrors = [err152];
    } else {
      vErrors.push(err152);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
var validatePlan = validate18;
var schema34 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://multiregion.dev/schema/plan.schema.json",
  title: "Plan",
  description: "The output of `multiregion plan --format json`: what a release would change in every region. A public contract: fields are only added within a planVersion.",
  type: "object",
  additionalProperties: false,
  required: ["planVersion", "service", "release", "train", "regions", "findings", "summary"],
  properties: {
    planVersion: { description: "The version of this format. Tools must check it.", const: 1 },
    service: {
      title: "PlanService",
      type: "object",
      additionalProperties: false,
      required: ["name", "image", "manifest"],
      properties: {
        name: { description: "metadata.name of the manifest.", type: "string" },
        team: { description: "metadata.team of the manifest.", type: "string" },
        image: { description: "spec.image of the manifest.", type: "string" },
        manifest: {
          description: "The manifest file the plan was made from, as given.",
          type: "string"
        }
      }
    },
    release: {
      title: "PlanRelease",
      type: "object",
      additionalProperties: false,
      required: ["ref"],
      properties: {
        ref: { description: "The release as given on the command line.", type: "string" },
        tag: { description: "The image tag the release pins, when it is a tag.", type: "string" },
        digest: {
          description: "The image digest the release pins (sha256:...), when it is a digest.",
          type: "string"
        }
      }
    },
    train: {
      title: "PlanTrain",
      type: "object",
      additionalProperties: false,
      required: ["approvals", "bakeSeconds", "timeoutSeconds", "onFailure", "waves"],
      properties: {
        approvals: {
          description: "Approvals the manifest asks for on every promotion PR.",
          type: "integer",
          minimum: 0
        },
        bakeSeconds: {
          description: "Seconds a wave stays healthy before the next opens.",
          type: "number",
          minimum: 0
        },
        timeoutSeconds: {
          description: "Seconds Argo CD may take to sync and report healthy.",
          type: "number",
          minimum: 0
        },
        onFailure: { enum: ["rollback", "halt"] },
        waves: {
          description: "Waves in order.",
          type: "array",
          items: {
            title: "PlanWave",
            type: "object",
            additionalProperties: false,
            required: ["number", "regions"],
            properties: {
              number: { description: "1-based wave number.", type: "integer", minimum: 1 },
              regions: { type: "array", items: { type: "string" } }
            }
          }
        }
      }
    },
    regions: {
      description: "One entry per region of the manifest, in wave order.",
      type: "array",
      items: { $ref: "#/definitions/RegionPlan" }
    },
    findings: {
      description: "Problems found while planning, errors first.",
      type: "array",
      items: { $ref: "#/definitions/Finding" }
    },
    routes: { $ref: "#/definitions/RouteTable" },
    summary: {
      title: "PlanSummary",
      type: "object",
      additionalProperties: false,
      required: ["regions", "promote", "current", "blocked", "errors", "warnings"],
      properties: {
        regions: { type: "integer", minimum: 0 },
        promote: { description: "Regions whose files change.", type: "integer", minimum: 0 },
        current: { description: "Regions already at the release.", type: "integer", minimum: 0 },
        blocked: {
          description: "Regions that cannot be promoted until an error finding is fixed.",
          type: "integer",
          minimum: 0
        },
        errors: { type: "integer", minimum: 0 },
        warnings: { type: "integer", minimum: 0 }
      }
    }
  },
  definitions: {
    RegionPlan: {
      title: "RegionPlan",
      type: "object",
      additionalProperties: false,
      required: [
        "name",
        "wave",
        "location",
        "jurisdiction",
        "action",
        "current",
        "target",
        "approvals",
        "argocd",
        "folder",
        "edits"
      ],
      properties: {
        name: { type: "string" },
        wave: {
          description: "The 1-based wave the region is promoted in.",
          type: "integer",
          minimum: 1
        },
        location: { type: "string" },
        jurisdiction: { type: "string" },
        action: {
          description: "promote: the region's files change; current: already at the release; blocked: an error finding stops this region.",
          enum: ["promote", "current", "blocked"]
        },
        current: {
          description: "The version the environments repository pins now, or null when it cannot be read.",
          type: ["string", "null"]
        },
        target: { description: "The version after promotion.", type: "string" },
        approvals: {
          description: "Approvals the promotion PR needs: the larger of the manifest's and the platform region's.",
          type: "integer",
          minimum: 0
        },
        argocd: {
          title: "PlanArgoCD",
          type: "object",
          additionalProperties: false,
          required: ["server", "app", "project"],
          properties: {
            server: { type: "string" },
            app: { type: "string" },
            project: { type: "string" }
          }
        },
        folder: {
          description: "The service's folder for this region in the environments repository.",
          type: "string"
        },
        edits: { type: "array", items: { $ref: "#/definitions/FileEdit" } },
        dns: { $ref: "#/definitions/RegionDns" },
        data: { $ref: "#/definitions/RegionData" },
        capacity: { $ref: "#/definitions/RegionCapacityPlan" }
      }
    },
    RegionCapacityPlan: {
      title: "RegionCapacityPlan",
      description: "The region's capacity from spec.capacity, and its failover headroom when perPodRps is given.",
      type: "object",
      additionalProperties: false,
      required: ["min", "max"],
      properties: {
        min: {
          description: "Fewest pods: replicas or autoscaling.min.",
          type: "integer",
          minimum: 1
        },
        max: {
          description: "Most pods: replicas or autoscaling.max.",
          type: "integer",
          minimum: 1
        },
        cpu: { description: "CPU request per pod.", type: "string" },
        memory: { description: "Memory request per pod.", type: "string" },
        capacityRps: { description: "max \xD7 perPodRps.", type: "number" },
        rps: { description: "The region's own expected traffic.", type: "number" },
        worst: {
          title: "CapacityWorstCase",
          description: "The region whose failure sends this one the most traffic, and how much.",
          type: "object",
          additionalProperties: false,
          required: ["failed", "receivedRps"],
          properties: { failed: { type: "string" }, receivedRps: { type: "number" } }
        }
      }
    },
    RegionData: {
      title: "RegionData",
      description: "The region's database migrations, when the manifest has a data block: what `multiregion migrate --region` applies, in order.",
      type: "object",
      additionalProperties: false,
      required: ["engine", "order", "migrations"],
      properties: {
        engine: { enum: ["postgres", "cockroachdb", "spanner", "cassandra"] },
        order: {
          description: "1-based position in the order regions are migrated in: publishers of global tables first, then other home regions, then the rest.",
          type: "integer",
          minimum: 1
        },
        secret: {
          description: "The environment variable that holds the region's database URL (platform database.secret).",
          type: "string"
        },
        migrations: { type: "array", items: { $ref: "#/definitions/DataMigration" } }
      }
    },
    DataMigration: {
      title: "DataMigration",
      description: "One migration file. Generated files are repeatable (they run again when their text changes); hand-written files run once, and a changed text after that is drift.",
      type: "object",
      additionalProperties: false,
      required: ["version", "kind", "file", "sha256", "transaction", "sql"],
      properties: {
        version: {
          description: "The version recorded in the history table, such as multiregion/01_tables or 0001_init.",
          type: "string"
        },
        kind: { enum: ["generated", "hand-written"] },
        file: {
          description: "The hand-written file's path, or generated/<region>/<name>.sql.",
          type: "string"
        },
        sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
        transaction: {
          description: "False when the file carries -- multiregion:no-transaction and runs statement by statement.",
          type: "boolean"
        },
        sql: {
          description: "The SQL text. A subscription names its publisher as 'multiregion:publisher=<region>'; the runner puts the URL in its place.",
          type: "string"
        }
      }
    },
    FileEdit: {
      title: "FileEdit",
      description: "One file changed in the environments repository. Only the named field's scalar changes; the rest of the file is kept byte for byte.",
      type: "object",
      additionalProperties: false,
      required: ["path", "field", "line", "before", "after", "baseSha256", "content", "diff"],
      properties: {
        path: { description: "Path from the environments repository's root.", type: "string" },
        field: {
          description: "The changed field, such as images[name=ghcr.io/acme/checkout].newTag or image.tag.",
          type: "string"
        },
        line: {
          description: "1-based line of the changed value in the new file.",
          type: "integer",
          minimum: 1
        },
        before: {
          description: "The value before, or null when the field is added.",
          type: ["string", "null"]
        },
        after: { type: "string" },
        baseSha256: {
          description: "sha256 of the file the edit was planned against, to detect a file changed since.",
          type: "string",
          pattern: "^[0-9a-f]{64}$"
        },
        content: { description: "The whole new file.", type: "string" },
        created: {
          description: "True when the file does not exist yet; baseSha256 is then the sha256 of the empty file.",
          type: "boolean"
        },
        diff: { description: "A unified diff of the change.", type: "string" }
      }
    },
    RegionDns: {
      title: "RegionDns",
      description: "The region's DNS records for the service's routing block and the ExternalDNS annotations that carry them.",
      type: "object",
      additionalProperties: false,
      required: ["provider", "zone", "annotationPrefix", "file", "records", "annotations"],
      properties: {
        provider: { description: "The region's DNS provider (platform.yaml).", type: "string" },
        zone: { description: "The region's DNS zone (platform.yaml).", type: "string" },
        annotationPrefix: {
          description: "The ExternalDNS annotation prefix in this region.",
          type: "string"
        },
        file: {
          description: "The manifest of the region's Service that carries the annotations.",
          type: "string"
        },
        records: {
          description: "The records this region publishes, including those of a DNSEndpoint or Gslb it carries.",
          type: "array",
          items: { $ref: "#/definitions/DnsRecord" }
        },
        annotations: {
          description: "The annotations set on the Service after the promotion, by key.",
          type: "object",
          additionalProperties: { type: "string" }
        },
        shift: {
          description: "A region joining a weighted record set: the later steps of its weight, each a promotion of its own in a later wave.",
          type: "array",
          items: {
            title: "WeightStep",
            type: "object",
            additionalProperties: false,
            required: ["wave", "weight", "edit"],
            properties: {
              wave: { type: "integer", minimum: 1 },
              weight: { type: "integer", minimum: 0, maximum: 255 },
              edit: { $ref: "#/definitions/FileEdit" }
            }
          }
        }
      }
    },
    DnsRecord: {
      title: "DnsRecord",
      type: "object",
      additionalProperties: false,
      required: ["name", "policy", "carrier", "ttl", "alias"],
      properties: {
        name: { description: "The record's DNS name.", type: "string" },
        policy: { enum: ["latency", "failover", "weighted", "geolocation", "simple"] },
        carrier: {
          description: "What publishes the record: the Service's annotations, a DNSEndpoint, or a k8gb Gslb.",
          enum: ["Service", "DNSEndpoint", "Gslb"]
        },
        setIdentifier: { type: "string" },
        ttl: { type: "integer", minimum: 1 },
        alias: { type: "boolean" },
        evaluateTargetHealth: { type: "boolean" },
        healthCheckId: { type: "string" },
        awsRegion: { description: "Latency records: the AWS region.", type: "string" },
        failover: { enum: ["PRIMARY", "SECONDARY"] },
        weight: { type: "integer", minimum: 0, maximum: 255 },
        continent: { type: "string" },
        country: { type: "string" },
        subdivision: { type: "string" },
        target: {
          description: "A DNSEndpoint record's target: the nested name it aliases.",
          type: "string"
        }
      }
    },
    RouteTable: {
      title: "RouteTable",
      description: "What the client library needs to reach the service: endpoints per region and, per client region, the regions to try in order.",
      type: "object",
      additionalProperties: false,
      required: [
        "service",
        "hostname",
        "timeoutMs",
        "deadlineMs",
        "retries",
        "retryBudget",
        "endpoints",
        "order"
      ],
      properties: {
        service: { type: "string" },
        hostname: { description: "The shared name (spec.routing.hostname).", type: "string" },
        timeoutMs: { description: "Per-attempt timeout.", type: "integer", minimum: 1 },
        deadlineMs: {
          description: "Total time for one request, all attempts included.",
          type: "integer",
          minimum: 1
        },
        retries: { type: "integer", minimum: 0 },
        hedgeMs: {
          description: "Delay before an idempotent request is also sent to the next region; absent: no hedging.",
          type: "integer",
          minimum: 0
        },
        maxConnections: {
          description: "Connections a client opens to each region's endpoint at most; requests beyond them wait in a queue, inside their attempt timeout. Absent (a table from before it existed): 128.",
          type: "integer",
          minimum: 1
        },
        retryBudget: {
          title: "RetryBudget",
          description: "Retries allowed on top of requests: ratio of recent requests, plus a floor per second.",
          type: "object",
          additionalProperties: false,
          required: ["ratio", "minPerSecond"],
          properties: {
            ratio: { type: "number", minimum: 0 },
            minPerSecond: { type: "number", minimum: 0 }
          }
        },
        endpoints: {
          description: "Base URL of the service in each region.",
          type: "object",
          additionalProperties: { type: "string" }
        },
        order: {
          description: "Per client region, the service's regions in the order to try them.",
          type: "object",
          additionalProperties: { type: "array", items: { type: "string" } }
        }
      }
    },
    Finding: {
      title: "Finding",
      type: "object",
      additionalProperties: false,
      required: ["rule", "severity", "message", "file", "line", "column"],
      properties: {
        rule: { description: "A stable rule id.", type: "string" },
        severity: { enum: ["error", "warning", "info"] },
        message: { description: "What is wrong and how to fix it.", type: "string" },
        file: { type: "string" },
        line: { type: "integer", minimum: 1 },
        column: { type: "integer", minimum: 1 },
        region: {
          description: "The region the finding concerns, when it concerns one.",
          type: "string"
        }
      }
    }
  }
};
var schema43 = {
  title: "Finding",
  type: "object",
  additionalProperties: false,
  required: ["rule", "severity", "message", "file", "line", "column"],
  properties: {
    rule: { description: "A stable rule id.", type: "string" },
    severity: { enum: ["error", "warning", "info"] },
    message: { description: "What is wrong and how to fix it.", type: "string" },
    file: { type: "string" },
    line: { type: "integer", minimum: 1 },
    column: { type: "integer", minimum: 1 },
    region: {
      description: "The region the finding concerns, when it concerns one.",
      type: "string"
    }
  }
};
var schema44 = {
  title: "RouteTable",
  description: "What the client library needs to reach the service: endpoints per region and, per client region, the regions to try in order.",
  type: "object",
  additionalProperties: false,
  required: [
    "service",
    "hostname",
    "timeoutMs",
    "deadlineMs",
    "retries",
    "retryBudget",
    "endpoints",
    "order"
  ],
  properties: {
    service: { type: "string" },
    hostname: { description: "The shared name (spec.routing.hostname).", type: "string" },
    timeoutMs: { description: "Per-attempt timeout.", type: "integer", minimum: 1 },
    deadlineMs: {
      description: "Total time for one request, all attempts included.",
      type: "integer",
      minimum: 1
    },
    retries: { type: "integer", minimum: 0 },
    hedgeMs: {
      description: "Delay before an idempotent request is also sent to the next region; absent: no hedging.",
      type: "integer",
      minimum: 0
    },
    maxConnections: {
      description: "Connections a client opens to each region's endpoint at most; requests beyond them wait in a queue, inside their attempt timeout. Absent (a table from before it existed): 128.",
      type: "integer",
      minimum: 1
    },
    retryBudget: {
      title: "RetryBudget",
      description: "Retries allowed on top of requests: ratio of recent requests, plus a floor per second.",
      type: "object",
      additionalProperties: false,
      required: ["ratio", "minPerSecond"],
      properties: {
        ratio: { type: "number", minimum: 0 },
        minPerSecond: { type: "number", minimum: 0 }
      }
    },
    endpoints: {
      description: "Base URL of the service in each region.",
      type: "object",
      additionalProperties: { type: "string" }
    },
    order: {
      description: "Per client region, the service's regions in the order to try them.",
      type: "object",
      additionalProperties: { type: "array", items: { type: "string" } }
    }
  }
};
var schema35 = {
  title: "RegionPlan",
  type: "object",
  additionalProperties: false,
  required: [
    "name",
    "wave",
    "location",
    "jurisdiction",
    "action",
    "current",
    "target",
    "approvals",
    "argocd",
    "folder",
    "edits"
  ],
  properties: {
    name: { type: "string" },
    wave: {
      description: "The 1-based wave the region is promoted in.",
      type: "integer",
      minimum: 1
    },
    location: { type: "string" },
    jurisdiction: { type: "string" },
    action: {
      description: "promote: the region's files change; current: already at the release; blocked: an error finding stops this region.",
      enum: ["promote", "current", "blocked"]
    },
    current: {
      description: "The version the environments repository pins now, or null when it cannot be read.",
      type: ["string", "null"]
    },
    target: { description: "The version after promotion.", type: "string" },
    approvals: {
      description: "Approvals the promotion PR needs: the larger of the manifest's and the platform region's.",
      type: "integer",
      minimum: 0
    },
    argocd: {
      title: "PlanArgoCD",
      type: "object",
      additionalProperties: false,
      required: ["server", "app", "project"],
      properties: {
        server: { type: "string" },
        app: { type: "string" },
        project: { type: "string" }
      }
    },
    folder: {
      description: "The service's folder for this region in the environments repository.",
      type: "string"
    },
    edits: { type: "array", items: { $ref: "#/definitions/FileEdit" } },
    dns: { $ref: "#/definitions/RegionDns" },
    data: { $ref: "#/definitions/RegionData" },
    capacity: { $ref: "#/definitions/RegionCapacityPlan" }
  }
};
var schema36 = {
  title: "FileEdit",
  description: "One file changed in the environments repository. Only the named field's scalar changes; the rest of the file is kept byte for byte.",
  type: "object",
  additionalProperties: false,
  required: ["path", "field", "line", "before", "after", "baseSha256", "content", "diff"],
  properties: {
    path: { description: "Path from the environments repository's root.", type: "string" },
    field: {
      description: "The changed field, such as images[name=ghcr.io/acme/checkout].newTag or image.tag.",
      type: "string"
    },
    line: {
      description: "1-based line of the changed value in the new file.",
      type: "integer",
      minimum: 1
    },
    before: {
      description: "The value before, or null when the field is added.",
      type: ["string", "null"]
    },
    after: { type: "string" },
    baseSha256: {
      description: "sha256 of the file the edit was planned against, to detect a file changed since.",
      type: "string",
      pattern: "^[0-9a-f]{64}$"
    },
    content: { description: "The whole new file.", type: "string" },
    created: {
      description: "True when the file does not exist yet; baseSha256 is then the sha256 of the empty file.",
      type: "boolean"
    },
    diff: { description: "A unified diff of the change.", type: "string" }
  }
};
var schema42 = {
  title: "RegionCapacityPlan",
  description: "The region's capacity from spec.capacity, and its failover headroom when perPodRps is given.",
  type: "object",
  additionalProperties: false,
  required: ["min", "max"],
  properties: {
    min: { description: "Fewest pods: replicas or autoscaling.min.", type: "integer", minimum: 1 },
    max: { description: "Most pods: replicas or autoscaling.max.", type: "integer", minimum: 1 },
    cpu: { description: "CPU request per pod.", type: "string" },
    memory: { description: "Memory request per pod.", type: "string" },
    capacityRps: { description: "max \xD7 perPodRps.", type: "number" },
    rps: { description: "The region's own expected traffic.", type: "number" },
    worst: {
      title: "CapacityWorstCase",
      description: "The region whose failure sends this one the most traffic, and how much.",
      type: "object",
      additionalProperties: false,
      required: ["failed", "receivedRps"],
      properties: { failed: { type: "string" }, receivedRps: { type: "number" } }
    }
  }
};
var pattern29 = new RegExp("^[0-9a-f]{64}$", "u");
var schema37 = {
  title: "RegionDns",
  description: "The region's DNS records for the service's routing block and the ExternalDNS annotations that carry them.",
  type: "object",
  additionalProperties: false,
  required: ["provider", "zone", "annotationPrefix", "file", "records", "annotations"],
  properties: {
    provider: { description: "The region's DNS provider (platform.yaml).", type: "string" },
    zone: { description: "The region's DNS zone (platform.yaml).", type: "string" },
    annotationPrefix: {
      description: "The ExternalDNS annotation prefix in this region.",
      type: "string"
    },
    file: {
      description: "The manifest of the region's Service that carries the annotations.",
      type: "string"
    },
    records: {
      description: "The records this region publishes, including those of a DNSEndpoint or Gslb it carries.",
      type: "array",
      items: { $ref: "#/definitions/DnsRecord" }
    },
    annotations: {
      description: "The annotations set on the Service after the promotion, by key.",
      type: "object",
      additionalProperties: { type: "string" }
    },
    shift: {
      description: "A region joining a weighted record set: the later steps of its weight, each a promotion of its own in a later wave.",
      type: "array",
      items: {
        title: "WeightStep",
        type: "object",
        additionalProperties: false,
        required: ["wave", "weight", "edit"],
        properties: {
          wave: { type: "integer", minimum: 1 },
          weight: { type: "integer", minimum: 0, maximum: 255 },
          edit: { $ref: "#/definitions/FileEdit" }
        }
      }
    }
  }
};
var schema38 = {
  title: "DnsRecord",
  type: "object",
  additionalProperties: false,
  required: ["name", "policy", "carrier", "ttl", "alias"],
  properties: {
    name: { description: "The record's DNS name.", type: "string" },
    policy: { enum: ["latency", "failover", "weighted", "geolocation", "simple"] },
    carrier: {
      description: "What publishes the record: the Service's annotations, a DNSEndpoint, or a k8gb Gslb.",
      enum: ["Service", "DNSEndpoint", "Gslb"]
    },
    setIdentifier: { type: "string" },
    ttl: { type: "integer", minimum: 1 },
    alias: { type: "boolean" },
    evaluateTargetHealth: { type: "boolean" },
    healthCheckId: { type: "string" },
    awsRegion: { description: "Latency records: the AWS region.", type: "string" },
    failover: { enum: ["PRIMARY", "SECONDARY"] },
    weight: { type: "integer", minimum: 0, maximum: 255 },
    continent: { type: "string" },
    country: { type: "string" },
    subdivision: { type: "string" },
    target: {
      description: "A DNSEndpoint record's target: the nested name it aliases.",
      type: "string"
    }
  }
};
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "provider" },
        message: "must have required property 'provider'",
        schema: schema37.required,
        parentSchema: schema37,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.zone === void 0) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "zone" },
        message: "must have required property 'zone'",
        schema: schema37.required,
        parentSchema: schema37,
        data
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.annotationPrefix === void 0) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "annotationPrefix" },
        message: "must have required property 'annotationPrefix'",
        schema: schema37.required,
        parentSchema: schema37,
        data
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.file === void 0) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "file" },
        message: "must have required property 'file'",
        schema: schema37.required,
        parentSchema: schema37,
        data
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.records === void 0) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "records" },
        message: "must have required property 'records'",
        schema: schema37.required,
        parentSchema: schema37,
        data
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.annotations === void 0) {
      const err5 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "annotations" },
        message: "must have required property 'annotations'",
        schema: schema37.required,
        parentSchema: schema37,
        data
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "provider" || key0 === "zone" || key0 === "annotationPrefix" || key0 === "file" || key0 === "records" || key0 === "annotations" || key0 === "shift")) {
        const err6 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema37,
          data
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.provider !== void 0) {
      let data0 = data.provider;
      if (typeof data0 !== "string") {
        const err7 = {
          instancePath: instancePath + "/provider",
          schemaPath: "#/properties/provider/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema37.properties.provider.type,
          parentSchema: schema37.properties.provider,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.zone !== void 0) {
      let data1 = data.zone;
      if (typeof data1 !== "string") {
        const err8 = {
          instancePath: instancePath + "/zone",
          schemaPath: "#/properties/zone/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema37.properties.zone.type,
          parentSchema: schema37.properties.zone,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.annotationPrefix !== void 0) {
      let data2 = data.annotationPrefix;
      if (typeof data2 !== "string") {
        const err9 = {
          instancePath: instancePath + "/annotationPrefix",
          schemaPath: "#/properties/annotationPrefix/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema37.properties.annotationPrefix.type,
          parentSchema: schema37.properties.annotationPrefix,
          data: data2
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.file !== void 0) {
      let data3 = data.file;
      if (typeof data3 !== "string") {
        const err10 = {
          instancePath: instancePath + "/file",
          schemaPath: "#/properties/file/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema37.properties.file.type,
          parentSchema: schema37.properties.file,
          data: data3
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.records !== void 0) {
      let data4 = data.records;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.name === void 0) {
              const err11 = {
                instancePath: instancePath + "/records/" + i0,
                schemaPath: "#/definitions/DnsRecord/required",
                keyword: "required",
                params: { missingProperty: "name" },
                message: "must have required property 'name'",
                schema: schema38.required,
                parentSchema: schema38,
                data: data5
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (data5.policy === void 0) {
              const err12 = {
                instancePath: instancePath + "/records/" + i0,
                schemaPath: "#/definitions/DnsRecord/required",
                keyword: "required",
                params: { missingProperty: "policy" },
                message: "must have required property 'policy'",
                schema: schema38.required,
                parentSchema: schema38,
                data: data5
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data5.carrier === void 0) {
              const err13 = {
                instancePath: instancePath + "/records/" + i0,
                schemaPath: "#/definitions/DnsRecord/required",
                keyword: "required",
                params: { missingProperty: "carrier" },
                message: "must have required property 'carrier'",
                schema: schema38.required,
                parentSchema: schema38,
                data: data5
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data5.ttl === void 0) {
              const err14 = {
                instancePath: instancePath + "/records/" + i0,
                schemaPath: "#/definitions/DnsRecord/required",
                keyword: "required",
                params: { missingProperty: "ttl" },
                message: "must have required property 'ttl'",
                schema: schema38.required,
                parentSchema: schema38,
                data: data5
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data5.alias === void 0) {
              const err15 = {
                instancePath: instancePath + "/records/" + i0,
                schemaPath: "#/definitions/DnsRecord/required",
                keyword: "required",
                params: { missingProperty: "alias" },
                message: "must have required property 'alias'",
                schema: schema38.required,
                parentSchema: schema38,
                data: data5
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            for (const key1 in data5) {
              if (!func4.call(schema38.properties, key1)) {
                const err16 = {
                  instancePath: instancePath + "/records/" + i0,
                  schemaPath: "#/definitions/DnsRecord/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key1 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema38,
                  data: data5
                };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data5.name !== void 0) {
              let data6 = data5.name;
              if (typeof data6 !== "string") {
                const err17 = {
                  instancePath: instancePath + "/records/" + i0 + "/name",
                  schemaPath: "#/definitions/DnsRecord/properties/name/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema38.properties.name.type,
                  parentSchema: schema38.properties.name,
                  data: data6
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data5.policy !== void 0) {
              let data7 = data5.policy;
              if (!(data7 === "latency" || data7 === "failover" || data7 === "weighted" || data7 === "geolocation" || data7 === "simple")) {
                const err18 = {
                  instancePath: instancePath + "/records/" + i0 + "/policy",
                  schemaPath: "#/definitions/DnsRecord/properties/policy/enum",
                  keyword: "enum",
                  params: { allowedValues: schema38.properties.policy.enum },
                  message: "must be equal to one of the allowed values",
                  schema: schema38.properties.policy.enum,
                  parentSchema: schema38.properties.policy,
                  data: data7
                };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data5.carrier !== void 0) {
              let data8 = data5.carrier;
              if (!(data8 === "Service" || data8 === "DNSEndpoint" || data8 === "Gslb")) {
                const err19 = {
                  instancePath: instancePath + "/records/" + i0 + "/carrier",
                  schemaPath: "#/definitions/DnsRecord/properties/carrier/enum",
                  keyword: "enum",
                  params: { allowedValues: schema38.properties.carrier.enum },
                  message: "must be equal to one of the allowed values",
                  schema: schema38.properties.carrier.enum,
                  parentSchema: schema38.properties.carrier,
                  data: data8
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data5.setIdentifier !== void 0) {
              let data9 = data5.setIdentifier;
              if (typeof data9 !== "string") {
                const err20 = {
                  instancePath: instancePath + "/records/" + i0 + "/setIdentifier",
                  schemaPath: "#/definitions/DnsRecord/properties/setIdentifier/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema38.properties.setIdentifier.type,
                  parentSchema: schema38.properties.setIdentifier,
                  data: data9
                };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data5.ttl !== void 0) {
              let data10 = data5.ttl;
              if (!(typeof data10 == "number" && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
                const err21 = {
                  instancePath: instancePath + "/records/" + i0 + "/ttl",
                  schemaPath: "#/definitions/DnsRecord/properties/ttl/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
                  schema: schema38.properties.ttl.type,
                  parentSchema: schema38.properties.ttl,
                  data: data10
                };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              if (typeof data10 == "number" && isFinite(data10)) {
                if (data10 < 1 || isNaN(data10)) {
                  const err22 = {
                    instancePath: instancePath + "/records/" + i0 + "/ttl",
                    schemaPath: "#/definitions/DnsRecord/properties/ttl/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 1 },
                    message: "must be >= 1",
                    schema: 1,
                    parentSchema: schema38.properties.ttl,
                    data: data10
                  };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              }
            }
            if (data5.alias !== void 0) {
              let data11 = data5.alias;
              if (typeof data11 !== "boolean") {
                const err23 = {
                  instancePath: instancePath + "/records/" + i0 + "/alias",
                  schemaPath: "#/definitions/DnsRecord/properties/alias/type",
                  keyword: "type",
                  params: { type: "boolean" },
                  message: "must be boolean",
                  schema: schema38.properties.alias.type,
                  parentSchema: schema38.properties.alias,
                  data: data11
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data5.evaluateTargetHealth !== void 0) {
              let data12 = data5.evaluateTargetHealth;
              if (typeof data12 !== "boolean") {
                const err24 = {
                  instancePath: instancePath + "/records/" + i0 + "/evaluateTargetHealth",
                  schemaPath: "#/definitions/DnsRecord/properties/evaluateTargetHealth/type",
                  keyword: "type",
                  params: { type: "boolean" },
                  message: "must be boolean",
                  schema: schema38.properties.evaluateTargetHealth.type,
                  parentSchema: schema38.properties.evaluateTargetHealth,
                  data: data12
                };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data5.healthCheckId !== void 0) {
              let data13 = data5.healthCheckId;
              if (typeof data13 !== "string") {
                const err25 = {
                  instancePath: instancePath + "/records/" + i0 + "/healthCheckId",
                  schemaPath: "#/definitions/DnsRecord/properties/healthCheckId/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema38.properties.healthCheckId.type,
                  parentSchema: schema38.properties.healthCheckId,
                  data: data13
                };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data5.awsRegion !== void 0) {
              let data14 = data5.awsRegion;
              if (typeof data14 !== "string") {
                const err26 = {
                  instancePath: instancePath + "/records/" + i0 + "/awsRegion",
                  schemaPath: "#/definitions/DnsRecord/properties/awsRegion/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema38.properties.awsRegion.type,
                  parentSchema: schema38.properties.awsRegion,
                  data: data14
                };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data5.failover !== void 0) {
              let data15 = data5.failover;
              if (!(data15 === "PRIMARY" || data15 === "SECONDARY")) {
                const err27 = {
                  instancePath: instancePath + "/records/" + i0 + "/failover",
                  schemaPath: "#/definitions/DnsRecord/properties/failover/enum",
                  keyword: "enum",
                  params: { allowedValues: schema38.properties.failover.enum },
                  message: "must be equal to one of the allowed values",
                  schema: schema38.properties.failover.enum,
                  parentSchema: schema38.properties.failover,
                  data: data15
                };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data5.weight !== void 0) {
              let data16 = data5.weight;
              if (!(typeof data16 == "number" && !(data16 % 1) && !isNaN(data16) && isFinite(data16))) {
                const err28 = {
                  instancePath: instancePath + "/records/" + i0 + "/weight",
                  schemaPath: "#/definitions/DnsRecord/properties/weight/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
                  schema: schema38.properties.weight.type,
                  parentSchema: schema38.properties.weight,
                  data: data16
                };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
              if (typeof data16 == "number" && isFinite(data16)) {
                if (data16 > 255 || isNaN(data16)) {
                  const err29 = {
                    instancePath: instancePath + "/records/" + i0 + "/weight",
                    schemaPath: "#/definitions/DnsRecord/properties/weight/maximum",
                    keyword: "maximum",
                    params: { comparison: "<=", limit: 255 },
                    message: "must be <= 255",
                    schema: 255,
                    parentSchema: schema38.properties.weight,
                    data: data16
                  };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                if (data16 < 0 || isNaN(data16)) {
                  const err30 = {
                    instancePath: instancePath + "/records/" + i0 + "/weight",
                    schemaPath: "#/definitions/DnsRecord/properties/weight/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 0 },
                    message: "must be >= 0",
                    schema: 0,
                    parentSchema: schema38.properties.weight,
                    data: data16
                  };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
            }
            if (data5.continent !== void 0) {
              let data17 = data5.continent;
              if (typeof data17 !== "string") {
                const err31 = {
                  instancePath: instancePath + "/records/" + i0 + "/continent",
                  schemaPath: "#/definitions/DnsRecord/properties/continent/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema38.properties.continent.type,
                  parentSchema: schema38.properties.continent,
                  data: data17
                };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data5.country !== void 0) {
              let data18 = data5.country;
              if (typeof data18 !== "string") {
                const err32 = {
                  instancePath: instancePath + "/records/" + i0 + "/country",
                  schemaPath: "#/definitions/DnsRecord/properties/country/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema38.properties.country.type,
                  parentSchema: schema38.properties.country,
                  data: data18
                };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data5.subdivision !== void 0) {
              let data19 = data5.subdivision;
              if (typeof data19 !== "string") {
                const err33 = {
                  instancePath: instancePath + "/records/" + i0 + "/subdivision",
                  schemaPath: "#/definitions/DnsRecord/properties/subdivision/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema38.properties.subdivision.type,
                  parentSchema: schema38.properties.subdivision,
                  data: data19
                };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data5.target !== void 0) {
              let data20 = data5.target;
              if (typeof data20 !== "string") {
                const err34 = {
                  instancePath: instancePath + "/records/" + i0 + "/target",
                  schemaPath: "#/definitions/DnsRecord/properties/target/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema38.properties.target.type,
                  parentSchema: schema38.properties.target,
                  data: data20
                };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = {
              instancePath: instancePath + "/records/" + i0,
              schemaPath: "#/definitions/DnsRecord/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema38.type,
              parentSchema: schema38,
              data: data5
            };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = {
          instancePath: instancePath + "/records",
          schemaPath: "#/properties/records/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema37.properties.records.type,
          parentSchema: schema37.properties.records,
          data: data4
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data21 = data.annotations;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        for (const key2 in data21) {
          let data22 = data21[key2];
          if (typeof data22 !== "string") {
            const err37 = {
              instancePath: instancePath + "/annotations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/annotations/additionalProperties/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema37.properties.annotations.additionalProperties.type,
              parentSchema: schema37.properties.annotations.additionalProperties,
              data: data22
            };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = {
          instancePath: instancePath + "/annotations",
          schemaPath: "#/properties/annotations/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema37.properties.annotations.type,
          parentSchema: schema37.properties.annotations,
          data: data21
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.shift !== void 0) {
      let data23 = data.shift;
      if (Array.isArray(data23)) {
        const len1 = data23.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data24 = data23[i1];
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            if (data24.wave === void 0) {
              const err39 = {
                instancePath: instancePath + "/shift/" + i1,
                schemaPath: "#/properties/shift/items/required",
                keyword: "required",
                params: { missingProperty: "wave" },
                message: "must have required property 'wave'",
                schema: schema37.properties.shift.items.required,
                parentSchema: schema37.properties.shift.items,
                data: data24
              };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data24.weight === void 0) {
              const err40 = {
                instancePath: instancePath + "/shift/" + i1,
                schemaPath: "#/properties/shift/items/required",
                keyword: "required",
                params: { missingProperty: "weight" },
                message: "must have required property 'weight'",
                schema: schema37.properties.shift.items.required,
                parentSchema: schema37.properties.shift.items,
                data: data24
              };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data24.edit === void 0) {
              const err41 = {
                instancePath: instancePath + "/shift/" + i1,
                schemaPath: "#/properties/shift/items/required",
                keyword: "required",
                params: { missingProperty: "edit" },
                message: "must have required property 'edit'",
                schema: schema37.properties.shift.items.required,
                parentSchema: schema37.properties.shift.items,
                data: data24
              };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            for (const key3 in data24) {
              if (!(key3 === "wave" || key3 === "weight" || key3 === "edit")) {
                const err42 = {
                  instancePath: instancePath + "/shift/" + i1,
                  schemaPath: "#/properties/shift/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key3 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema37.properties.shift.items,
                  data: data24
                };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data24.wave !== void 0) {
              let data25 = data24.wave;
              if (!(typeof data25 == "number" && !(data25 % 1) && !isNaN(data25) && isFinite(data25))) {
                const err43 = {
                  instancePath: instancePath + "/shift/" + i1 + "/wave",
                  schemaPath: "#/properties/shift/items/properties/wave/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
                  schema: schema37.properties.shift.items.properties.wave.type,
                  parentSchema: schema37.properties.shift.items.properties.wave,
                  data: data25
                };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
              if (typeof data25 == "number" && isFinite(data25)) {
                if (data25 < 1 || isNaN(data25)) {
                  const err44 = {
                    instancePath: instancePath + "/shift/" + i1 + "/wave",
                    schemaPath: "#/properties/shift/items/properties/wave/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 1 },
                    message: "must be >= 1",
                    schema: 1,
                    parentSchema: schema37.properties.shift.items.properties.wave,
                    data: data25
                  };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              }
            }
            if (data24.weight !== void 0) {
              let data26 = data24.weight;
              if (!(typeof data26 == "number" && !(data26 % 1) && !isNaN(data26) && isFinite(data26))) {
                const err45 = {
                  instancePath: instancePath + "/shift/" + i1 + "/weight",
                  schemaPath: "#/properties/shift/items/properties/weight/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
                  schema: schema37.properties.shift.items.properties.weight.type,
                  parentSchema: schema37.properties.shift.items.properties.weight,
                  data: data26
                };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
              if (typeof data26 == "number" && isFinite(data26)) {
                if (data26 > 255 || isNaN(data26)) {
                  const err46 = {
                    instancePath: instancePath + "/shift/" + i1 + "/weight",
                    schemaPath: "#/properties/shift/items/properties/weight/maximum",
                    keyword: "maximum",
                    params: { comparison: "<=", limit: 255 },
                    message: "must be <= 255",
                    schema: 255,
                    parentSchema: schema37.properties.shift.items.properties.weight,
                    data: data26
                  };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
                if (data26 < 0 || isNaN(data26)) {
                  const err47 = {
                    instancePath: instancePath + "/shift/" + i1 + "/weight",
                    schemaPath: "#/properties/shift/items/properties/weight/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 0 },
                    message: "must be >= 0",
                    schema: 0,
                    parentSchema: schema37.properties.shift.items.properties.weight,
                    data: data26
                  };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              }
            }
            if (data24.edit !== void 0) {
              let data27 = data24.edit;
              if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                if (data27.path === void 0) {
                  const err48 = {
                    instancePath: instancePath + "/shift/" + i1 + "/edit",
                    schemaPath: "#/definitions/FileEdit/required",
                    keyword: "required",
                    params: { missingProperty: "path" },
                    message: "must have required property 'path'",
                    schema: schema36.required,
                    parentSchema: schema36,
                    data: data27
                  };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
                if (data27.field === void 0) {
                  const err49 = {
                    instancePath: instancePath + "/shift/" + i1 + "/edit",
                    schemaPath: "#/definitions/FileEdit/required",
                    keyword: "required",
                    params: { missingProperty: "field" },
                    message: "must have required property 'field'",
                    schema: schema36.required,
                    parentSchema: schema36,
                    data: data27
                  };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
                if (data27.line === void 0) {
                  const err50 = {
                    instancePath: instancePath + "/shift/" + i1 + "/edit",
                    schemaPath: "#/definitions/FileEdit/required",
                    keyword: "required",
                    params: { missingProperty: "line" },
                    message: "must have required property 'line'",
                    schema: schema36.required,
                    parentSchema: schema36,
                    data: data27
                  };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
                if (data27.before === void 0) {
                  const err51 = {
                    instancePath: instancePath + "/shift/" + i1 + "/edit",
                    schemaPath: "#/definitions/FileEdit/required",
                    keyword: "required",
                    params: { missingProperty: "before" },
                    message: "must have required property 'before'",
                    schema: schema36.required,
                    parentSchema: schema36,
                    data: data27
                  };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                if (data27.after === void 0) {
                  const err52 = {
                    instancePath: instancePath + "/shift/" + i1 + "/edit",
                    schemaPath: "#/definitions/FileEdit/required",
                    keyword: "required",
                    params: { missingProperty: "after" },
                    message: "must have required property 'after'",
                    schema: schema36.required,
                    parentSchema: schema36,
                    data: data27
                  };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
                if (data27.baseSha256 === void 0) {
                  const err53 = {
                    instancePath: instancePath + "/shift/" + i1 + "/edit",
                    schemaPath: "#/definitions/FileEdit/required",
                    keyword: "required",
                    params: { missingProperty: "baseSha256" },
                    message: "must have required property 'baseSha256'",
                    schema: schema36.required,
                    parentSchema: schema36,
                    data: data27
                  };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                if (data27.content === void 0) {
                  const err54 = {
                    instancePath: instancePath + "/shift/" + i1 + "/edit",
                    schemaPath: "#/definitions/FileEdit/required",
                    keyword: "required",
                    params: { missingProperty: "content" },
                    message: "must have required property 'content'",
                    schema: schema36.required,
                    parentSchema: schema36,
                    data: data27
                  };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                if (data27.diff === void 0) {
                  const err55 = {
                    instancePath: instancePath + "/shift/" + i1 + "/edit",
                    schemaPath: "#/definitions/FileEdit/required",
                    keyword: "required",
                    params: { missingProperty: "diff" },
                    message: "must have required property 'diff'",
                    schema: schema36.required,
                    parentSchema: schema36,
                    data: data27
                  };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
                for (const key4 in data27) {
                  if (!func4.call(schema36.properties, key4)) {
                    const err56 = {
                      instancePath: instancePath + "/shift/" + i1 + "/edit",
                      schemaPath: "#/definitions/FileEdit/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key4 },
                      message: "must NOT have additional properties",
                      schema: false,
                      parentSchema: schema36,
                      data: data27
                    };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
                if (data27.path !== void 0) {
                  let data28 = data27.path;
                  if (typeof data28 !== "string") {
                    const err57 = {
                      instancePath: instancePath + "/shift/" + i1 + "/edit/path",
                      schemaPath: "#/definitions/FileEdit/properties/path/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema36.properties.path.type,
                      parentSchema: schema36.properties.path,
                      data: data28
                    };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
                if (data27.field !== void 0) {
                  let data29 = data27.field;
                  if (typeof data29 !== "string") {
                    const err58 = {
                      instancePath: instancePath + "/shift/" + i1 + "/edit/field",
                      schemaPath: "#/definitions/FileEdit/properties/field/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema36.properties.field.type,
                      parentSchema: schema36.properties.field,
                      data: data29
                    };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
                if (data27.line !== void 0) {
                  let data30 = data27.line;
                  if (!(typeof data30 == "number" && !(data30 % 1) && !isNaN(data30) && isFinite(data30))) {
                    const err59 = {
                      instancePath: instancePath + "/shift/" + i1 + "/edit/line",
                      schemaPath: "#/definitions/FileEdit/properties/line/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                      schema: schema36.properties.line.type,
                      parentSchema: schema36.properties.line,
                      data: data30
                    };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                  if (typeof data30 == "number" && isFinite(data30)) {
                    if (data30 < 1 || isNaN(data30)) {
                      const err60 = {
                        instancePath: instancePath + "/shift/" + i1 + "/edit/line",
                        schemaPath: "#/definitions/FileEdit/properties/line/minimum",
                        keyword: "minimum",
                        params: { comparison: ">=", limit: 1 },
                        message: "must be >= 1",
                        schema: 1,
                        parentSchema: schema36.properties.line,
                        data: data30
                      };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                  }
                }
                if (data27.before !== void 0) {
                  let data31 = data27.before;
                  if (typeof data31 !== "string" && data31 !== null) {
                    const err61 = {
                      instancePath: instancePath + "/shift/" + i1 + "/edit/before",
                      schemaPath: "#/definitions/FileEdit/properties/before/type",
                      keyword: "type",
                      params: { type: schema36.properties.before.type },
                      message: "must be string,null",
                      schema: schema36.properties.before.type,
                      parentSchema: schema36.properties.before,
                      data: data31
                    };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
                if (data27.after !== void 0) {
                  let data32 = data27.after;
                  if (typeof data32 !== "string") {
                    const err62 = {
                      instancePath: instancePath + "/shift/" + i1 + "/edit/after",
                      schemaPath: "#/definitions/FileEdit/properties/after/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema36.properties.after.type,
                      parentSchema: schema36.properties.after,
                      data: data32
                    };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
                if (data27.baseSha256 !== void 0) {
                  let data33 = data27.baseSha256;
                  if (typeof data33 === "string") {
                    if (!pattern29.test(data33)) {
                      const err63 = {
                        instancePath: instancePath + "/shift/" + i1 + "/edit/baseSha256",
                        schemaPath: "#/definitions/FileEdit/properties/baseSha256/pattern",
                        keyword: "pattern",
                        params: { pattern: "^[0-9a-f]{64}$" },
                        message: 'must match pattern "^[0-9a-f]{64}$"',
                        schema: "^[0-9a-f]{64}$",
                        parentSchema: schema36.properties.baseSha256,
                        data: data33
                      };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                  } else {
                    const err64 = {
                      instancePath: instancePath + "/shift/" + i1 + "/edit/baseSha256",
                      schemaPath: "#/definitions/FileEdit/properties/baseSha256/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema36.properties.baseSha256.type,
                      parentSchema: schema36.properties.baseSha256,
                      data: data33
                    };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
                if (data27.content !== void 0) {
                  let data34 = data27.content;
                  if (typeof data34 !== "string") {
                    const err65 = {
                      instancePath: instancePath + "/shift/" + i1 + "/edit/content",
                      schemaPath: "#/definitions/FileEdit/properties/content/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema36.properties.content.type,
                      parentSchema: schema36.properties.content,
                      data: data34
                    };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
                if (data27.created !== void 0) {
                  let data35 = data27.created;
                  if (typeof data35 !== "boolean") {
                    const err66 = {
                      instancePath: instancePath + "/shift/" + i1 + "/edit/created",
                      schemaPath: "#/definitions/FileEdit/properties/created/type",
                      keyword: "type",
                      params: { type: "boolean" },
                      message: "must be boolean",
                      schema: schema36.properties.created.type,
                      parentSchema: schema36.properties.created,
                      data: data35
                    };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                if (data27.diff !== void 0) {
                  let data36 = data27.diff;
                  if (typeof data36 !== "string") {
                    const err67 = {
                      instancePath: instancePath + "/shift/" + i1 + "/edit/diff",
                      schemaPath: "#/definitions/FileEdit/properties/diff/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema36.properties.diff.type,
                      parentSchema: schema36.properties.diff,
                      data: data36
                    };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
              } else {
                const err68 = {
                  instancePath: instancePath + "/shift/" + i1 + "/edit",
                  schemaPath: "#/definitions/FileEdit/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema36.type,
                  parentSchema: schema36,
                  data: data27
                };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
          } else {
            const err69 = {
              instancePath: instancePath + "/shift/" + i1,
              schemaPath: "#/properties/shift/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema37.properties.shift.items.type,
              parentSchema: schema37.properties.shift.items,
              data: data24
            };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
      } else {
        const err70 = {
          instancePath: instancePath + "/shift",
          schemaPath: "#/properties/shift/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema37.properties.shift.type,
          parentSchema: schema37.properties.shift,
          data: data23
        };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
  } else {
    const err71 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema37.type,
      parentSchema: schema37,
      data
    };
    if (vErrors === null) {
      vErrors = [err71];
    } else {
      vErrors.push(err71);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
var schema40 = {
  title: "RegionData",
  description: "The region's database migrations, when the manifest has a data block: what `multiregion migrate --region` applies, in order.",
  type: "object",
  additionalProperties: false,
  required: ["engine", "order", "migrations"],
  properties: {
    engine: { enum: ["postgres", "cockroachdb", "spanner", "cassandra"] },
    order: {
      description: "1-based position in the order regions are migrated in: publishers of global tables first, then other home regions, then the rest.",
      type: "integer",
      minimum: 1
    },
    secret: {
      description: "The environment variable that holds the region's database URL (platform database.secret).",
      type: "string"
    },
    migrations: { type: "array", items: { $ref: "#/definitions/DataMigration" } }
  }
};
var schema41 = {
  title: "DataMigration",
  description: "One migration file. Generated files are repeatable (they run again when their text changes); hand-written files run once, and a changed text after that is drift.",
  type: "object",
  additionalProperties: false,
  required: ["version", "kind", "file", "sha256", "transaction", "sql"],
  properties: {
    version: {
      description: "The version recorded in the history table, such as multiregion/01_tables or 0001_init.",
      type: "string"
    },
    kind: { enum: ["generated", "hand-written"] },
    file: {
      description: "The hand-written file's path, or generated/<region>/<name>.sql.",
      type: "string"
    },
    sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
    transaction: {
      description: "False when the file carries -- multiregion:no-transaction and runs statement by statement.",
      type: "boolean"
    },
    sql: {
      description: "The SQL text. A subscription names its publisher as 'multiregion:publisher=<region>'; the runner puts the URL in its place.",
      type: "string"
    }
  }
};
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.engine === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "engine" },
        message: "must have required property 'engine'",
        schema: schema40.required,
        parentSchema: schema40,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.order === void 0) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "order" },
        message: "must have required property 'order'",
        schema: schema40.required,
        parentSchema: schema40,
        data
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.migrations === void 0) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "migrations" },
        message: "must have required property 'migrations'",
        schema: schema40.required,
        parentSchema: schema40,
        data
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "engine" || key0 === "order" || key0 === "secret" || key0 === "migrations")) {
        const err3 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema40,
          data
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.engine !== void 0) {
      let data0 = data.engine;
      if (!(data0 === "postgres" || data0 === "cockroachdb" || data0 === "spanner" || data0 === "cassandra")) {
        const err4 = {
          instancePath: instancePath + "/engine",
          schemaPath: "#/properties/engine/enum",
          keyword: "enum",
          params: { allowedValues: schema40.properties.engine.enum },
          message: "must be equal to one of the allowed values",
          schema: schema40.properties.engine.enum,
          parentSchema: schema40.properties.engine,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.order !== void 0) {
      let data1 = data.order;
      if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err5 = {
          instancePath: instancePath + "/order",
          schemaPath: "#/properties/order/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
          schema: schema40.properties.order.type,
          parentSchema: schema40.properties.order,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 1 || isNaN(data1)) {
          const err6 = {
            instancePath: instancePath + "/order",
            schemaPath: "#/properties/order/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 1 },
            message: "must be >= 1",
            schema: 1,
            parentSchema: schema40.properties.order,
            data: data1
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.secret !== void 0) {
      let data2 = data.secret;
      if (typeof data2 !== "string") {
        const err7 = {
          instancePath: instancePath + "/secret",
          schemaPath: "#/properties/secret/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema40.properties.secret.type,
          parentSchema: schema40.properties.secret,
          data: data2
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.migrations !== void 0) {
      let data3 = data.migrations;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.version === void 0) {
              const err8 = {
                instancePath: instancePath + "/migrations/" + i0,
                schemaPath: "#/definitions/DataMigration/required",
                keyword: "required",
                params: { missingProperty: "version" },
                message: "must have required property 'version'",
                schema: schema41.required,
                parentSchema: schema41,
                data: data4
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data4.kind === void 0) {
              const err9 = {
                instancePath: instancePath + "/migrations/" + i0,
                schemaPath: "#/definitions/DataMigration/required",
                keyword: "required",
                params: { missingProperty: "kind" },
                message: "must have required property 'kind'",
                schema: schema41.required,
                parentSchema: schema41,
                data: data4
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data4.file === void 0) {
              const err10 = {
                instancePath: instancePath + "/migrations/" + i0,
                schemaPath: "#/definitions/DataMigration/required",
                keyword: "required",
                params: { missingProperty: "file" },
                message: "must have required property 'file'",
                schema: schema41.required,
                parentSchema: schema41,
                data: data4
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data4.sha256 === void 0) {
              const err11 = {
                instancePath: instancePath + "/migrations/" + i0,
                schemaPath: "#/definitions/DataMigration/required",
                keyword: "required",
                params: { missingProperty: "sha256" },
                message: "must have required property 'sha256'",
                schema: schema41.required,
                parentSchema: schema41,
                data: data4
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (data4.transaction === void 0) {
              const err12 = {
                instancePath: instancePath + "/migrations/" + i0,
                schemaPath: "#/definitions/DataMigration/required",
                keyword: "required",
                params: { missingProperty: "transaction" },
                message: "must have required property 'transaction'",
                schema: schema41.required,
                parentSchema: schema41,
                data: data4
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data4.sql === void 0) {
              const err13 = {
                instancePath: instancePath + "/migrations/" + i0,
                schemaPath: "#/definitions/DataMigration/required",
                keyword: "required",
                params: { missingProperty: "sql" },
                message: "must have required property 'sql'",
                schema: schema41.required,
                parentSchema: schema41,
                data: data4
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            for (const key1 in data4) {
              if (!(key1 === "version" || key1 === "kind" || key1 === "file" || key1 === "sha256" || key1 === "transaction" || key1 === "sql")) {
                const err14 = {
                  instancePath: instancePath + "/migrations/" + i0,
                  schemaPath: "#/definitions/DataMigration/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key1 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema41,
                  data: data4
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data4.version !== void 0) {
              let data5 = data4.version;
              if (typeof data5 !== "string") {
                const err15 = {
                  instancePath: instancePath + "/migrations/" + i0 + "/version",
                  schemaPath: "#/definitions/DataMigration/properties/version/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema41.properties.version.type,
                  parentSchema: schema41.properties.version,
                  data: data5
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data4.kind !== void 0) {
              let data6 = data4.kind;
              if (!(data6 === "generated" || data6 === "hand-written")) {
                const err16 = {
                  instancePath: instancePath + "/migrations/" + i0 + "/kind",
                  schemaPath: "#/definitions/DataMigration/properties/kind/enum",
                  keyword: "enum",
                  params: { allowedValues: schema41.properties.kind.enum },
                  message: "must be equal to one of the allowed values",
                  schema: schema41.properties.kind.enum,
                  parentSchema: schema41.properties.kind,
                  data: data6
                };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data4.file !== void 0) {
              let data7 = data4.file;
              if (typeof data7 !== "string") {
                const err17 = {
                  instancePath: instancePath + "/migrations/" + i0 + "/file",
                  schemaPath: "#/definitions/DataMigration/properties/file/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema41.properties.file.type,
                  parentSchema: schema41.properties.file,
                  data: data7
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data4.sha256 !== void 0) {
              let data8 = data4.sha256;
              if (typeof data8 === "string") {
                if (!pattern29.test(data8)) {
                  const err18 = {
                    instancePath: instancePath + "/migrations/" + i0 + "/sha256",
                    schemaPath: "#/definitions/DataMigration/properties/sha256/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[0-9a-f]{64}$" },
                    message: 'must match pattern "^[0-9a-f]{64}$"',
                    schema: "^[0-9a-f]{64}$",
                    parentSchema: schema41.properties.sha256,
                    data: data8
                  };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = {
                  instancePath: instancePath + "/migrations/" + i0 + "/sha256",
                  schemaPath: "#/definitions/DataMigration/properties/sha256/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema41.properties.sha256.type,
                  parentSchema: schema41.properties.sha256,
                  data: data8
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data4.transaction !== void 0) {
              let data9 = data4.transaction;
              if (typeof data9 !== "boolean") {
                const err20 = {
                  instancePath: instancePath + "/migrations/" + i0 + "/transaction",
                  schemaPath: "#/definitions/DataMigration/properties/transaction/type",
                  keyword: "type",
                  params: { type: "boolean" },
                  message: "must be boolean",
                  schema: schema41.properties.transaction.type,
                  parentSchema: schema41.properties.transaction,
                  data: data9
                };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data4.sql !== void 0) {
              let data10 = data4.sql;
              if (typeof data10 !== "string") {
                const err21 = {
                  instancePath: instancePath + "/migrations/" + i0 + "/sql",
                  schemaPath: "#/definitions/DataMigration/properties/sql/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema41.properties.sql.type,
                  parentSchema: schema41.properties.sql,
                  data: data10
                };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = {
              instancePath: instancePath + "/migrations/" + i0,
              schemaPath: "#/definitions/DataMigration/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema41.type,
              parentSchema: schema41,
              data: data4
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = {
          instancePath: instancePath + "/migrations",
          schemaPath: "#/properties/migrations/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema40.properties.migrations.type,
          parentSchema: schema40.properties.migrations,
          data: data3
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema40.type,
      parentSchema: schema40,
      data
    };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "name" },
        message: "must have required property 'name'",
        schema: schema35.required,
        parentSchema: schema35,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.wave === void 0) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "wave" },
        message: "must have required property 'wave'",
        schema: schema35.required,
        parentSchema: schema35,
        data
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.location === void 0) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "location" },
        message: "must have required property 'location'",
        schema: schema35.required,
        parentSchema: schema35,
        data
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.jurisdiction === void 0) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "jurisdiction" },
        message: "must have required property 'jurisdiction'",
        schema: schema35.required,
        parentSchema: schema35,
        data
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.action === void 0) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "action" },
        message: "must have required property 'action'",
        schema: schema35.required,
        parentSchema: schema35,
        data
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.current === void 0) {
      const err5 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "current" },
        message: "must have required property 'current'",
        schema: schema35.required,
        parentSchema: schema35,
        data
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.target === void 0) {
      const err6 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "target" },
        message: "must have required property 'target'",
        schema: schema35.required,
        parentSchema: schema35,
        data
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.approvals === void 0) {
      const err7 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "approvals" },
        message: "must have required property 'approvals'",
        schema: schema35.required,
        parentSchema: schema35,
        data
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.argocd === void 0) {
      const err8 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "argocd" },
        message: "must have required property 'argocd'",
        schema: schema35.required,
        parentSchema: schema35,
        data
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.folder === void 0) {
      const err9 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "folder" },
        message: "must have required property 'folder'",
        schema: schema35.required,
        parentSchema: schema35,
        data
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.edits === void 0) {
      const err10 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "edits" },
        message: "must have required property 'edits'",
        schema: schema35.required,
        parentSchema: schema35,
        data
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func4.call(schema35.properties, key0)) {
        const err11 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema35,
          data
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err12 = {
          instancePath: instancePath + "/name",
          schemaPath: "#/properties/name/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema35.properties.name.type,
          parentSchema: schema35.properties.name,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.wave !== void 0) {
      let data1 = data.wave;
      if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err13 = {
          instancePath: instancePath + "/wave",
          schemaPath: "#/properties/wave/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
          schema: schema35.properties.wave.type,
          parentSchema: schema35.properties.wave,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 1 || isNaN(data1)) {
          const err14 = {
            instancePath: instancePath + "/wave",
            schemaPath: "#/properties/wave/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 1 },
            message: "must be >= 1",
            schema: 1,
            parentSchema: schema35.properties.wave,
            data: data1
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.location !== void 0) {
      let data2 = data.location;
      if (typeof data2 !== "string") {
        const err15 = {
          instancePath: instancePath + "/location",
          schemaPath: "#/properties/location/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema35.properties.location.type,
          parentSchema: schema35.properties.location,
          data: data2
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.jurisdiction !== void 0) {
      let data3 = data.jurisdiction;
      if (typeof data3 !== "string") {
        const err16 = {
          instancePath: instancePath + "/jurisdiction",
          schemaPath: "#/properties/jurisdiction/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema35.properties.jurisdiction.type,
          parentSchema: schema35.properties.jurisdiction,
          data: data3
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.action !== void 0) {
      let data4 = data.action;
      if (!(data4 === "promote" || data4 === "current" || data4 === "blocked")) {
        const err17 = {
          instancePath: instancePath + "/action",
          schemaPath: "#/properties/action/enum",
          keyword: "enum",
          params: { allowedValues: schema35.properties.action.enum },
          message: "must be equal to one of the allowed values",
          schema: schema35.properties.action.enum,
          parentSchema: schema35.properties.action,
          data: data4
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.current !== void 0) {
      let data5 = data.current;
      if (typeof data5 !== "string" && data5 !== null) {
        const err18 = {
          instancePath: instancePath + "/current",
          schemaPath: "#/properties/current/type",
          keyword: "type",
          params: { type: schema35.properties.current.type },
          message: "must be string,null",
          schema: schema35.properties.current.type,
          parentSchema: schema35.properties.current,
          data: data5
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.target !== void 0) {
      let data6 = data.target;
      if (typeof data6 !== "string") {
        const err19 = {
          instancePath: instancePath + "/target",
          schemaPath: "#/properties/target/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema35.properties.target.type,
          parentSchema: schema35.properties.target,
          data: data6
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.approvals !== void 0) {
      let data7 = data.approvals;
      if (!(typeof data7 == "number" && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
        const err20 = {
          instancePath: instancePath + "/approvals",
          schemaPath: "#/properties/approvals/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
          schema: schema35.properties.approvals.type,
          parentSchema: schema35.properties.approvals,
          data: data7
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 < 0 || isNaN(data7)) {
          const err21 = {
            instancePath: instancePath + "/approvals",
            schemaPath: "#/properties/approvals/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
            schema: 0,
            parentSchema: schema35.properties.approvals,
            data: data7
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
    if (data.argocd !== void 0) {
      let data8 = data.argocd;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.server === void 0) {
          const err22 = {
            instancePath: instancePath + "/argocd",
            schemaPath: "#/properties/argocd/required",
            keyword: "required",
            params: { missingProperty: "server" },
            message: "must have required property 'server'",
            schema: schema35.properties.argocd.required,
            parentSchema: schema35.properties.argocd,
            data: data8
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data8.app === void 0) {
          const err23 = {
            instancePath: instancePath + "/argocd",
            schemaPath: "#/properties/argocd/required",
            keyword: "required",
            params: { missingProperty: "app" },
            message: "must have required property 'app'",
            schema: schema35.properties.argocd.required,
            parentSchema: schema35.properties.argocd,
            data: data8
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data8.project === void 0) {
          const err24 = {
            instancePath: instancePath + "/argocd",
            schemaPath: "#/properties/argocd/required",
            keyword: "required",
            params: { missingProperty: "project" },
            message: "must have required property 'project'",
            schema: schema35.properties.argocd.required,
            parentSchema: schema35.properties.argocd,
            data: data8
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        for (const key1 in data8) {
          if (!(key1 === "server" || key1 === "app" || key1 === "project")) {
            const err25 = {
              instancePath: instancePath + "/argocd",
              schemaPath: "#/properties/argocd/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema35.properties.argocd,
              data: data8
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data8.server !== void 0) {
          let data9 = data8.server;
          if (typeof data9 !== "string") {
            const err26 = {
              instancePath: instancePath + "/argocd/server",
              schemaPath: "#/properties/argocd/properties/server/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema35.properties.argocd.properties.server.type,
              parentSchema: schema35.properties.argocd.properties.server,
              data: data9
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data8.app !== void 0) {
          let data10 = data8.app;
          if (typeof data10 !== "string") {
            const err27 = {
              instancePath: instancePath + "/argocd/app",
              schemaPath: "#/properties/argocd/properties/app/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema35.properties.argocd.properties.app.type,
              parentSchema: schema35.properties.argocd.properties.app,
              data: data10
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data8.project !== void 0) {
          let data11 = data8.project;
          if (typeof data11 !== "string") {
            const err28 = {
              instancePath: instancePath + "/argocd/project",
              schemaPath: "#/properties/argocd/properties/project/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema35.properties.argocd.properties.project.type,
              parentSchema: schema35.properties.argocd.properties.project,
              data: data11
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = {
          instancePath: instancePath + "/argocd",
          schemaPath: "#/properties/argocd/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema35.properties.argocd.type,
          parentSchema: schema35.properties.argocd,
          data: data8
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.folder !== void 0) {
      let data12 = data.folder;
      if (typeof data12 !== "string") {
        const err30 = {
          instancePath: instancePath + "/folder",
          schemaPath: "#/properties/folder/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema35.properties.folder.type,
          parentSchema: schema35.properties.folder,
          data: data12
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.edits !== void 0) {
      let data13 = data.edits;
      if (Array.isArray(data13)) {
        const len0 = data13.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data14 = data13[i0];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.path === void 0) {
              const err31 = {
                instancePath: instancePath + "/edits/" + i0,
                schemaPath: "#/definitions/FileEdit/required",
                keyword: "required",
                params: { missingProperty: "path" },
                message: "must have required property 'path'",
                schema: schema36.required,
                parentSchema: schema36,
                data: data14
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data14.field === void 0) {
              const err32 = {
                instancePath: instancePath + "/edits/" + i0,
                schemaPath: "#/definitions/FileEdit/required",
                keyword: "required",
                params: { missingProperty: "field" },
                message: "must have required property 'field'",
                schema: schema36.required,
                parentSchema: schema36,
                data: data14
              };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data14.line === void 0) {
              const err33 = {
                instancePath: instancePath + "/edits/" + i0,
                schemaPath: "#/definitions/FileEdit/required",
                keyword: "required",
                params: { missingProperty: "line" },
                message: "must have required property 'line'",
                schema: schema36.required,
                parentSchema: schema36,
                data: data14
              };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data14.before === void 0) {
              const err34 = {
                instancePath: instancePath + "/edits/" + i0,
                schemaPath: "#/definitions/FileEdit/required",
                keyword: "required",
                params: { missingProperty: "before" },
                message: "must have required property 'before'",
                schema: schema36.required,
                parentSchema: schema36,
                data: data14
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (data14.after === void 0) {
              const err35 = {
                instancePath: instancePath + "/edits/" + i0,
                schemaPath: "#/definitions/FileEdit/required",
                keyword: "required",
                params: { missingProperty: "after" },
                message: "must have required property 'after'",
                schema: schema36.required,
                parentSchema: schema36,
                data: data14
              };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data14.baseSha256 === void 0) {
              const err36 = {
                instancePath: instancePath + "/edits/" + i0,
                schemaPath: "#/definitions/FileEdit/required",
                keyword: "required",
                params: { missingProperty: "baseSha256" },
                message: "must have required property 'baseSha256'",
                schema: schema36.required,
                parentSchema: schema36,
                data: data14
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data14.content === void 0) {
              const err37 = {
                instancePath: instancePath + "/edits/" + i0,
                schemaPath: "#/definitions/FileEdit/required",
                keyword: "required",
                params: { missingProperty: "content" },
                message: "must have required property 'content'",
                schema: schema36.required,
                parentSchema: schema36,
                data: data14
              };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data14.diff === void 0) {
              const err38 = {
                instancePath: instancePath + "/edits/" + i0,
                schemaPath: "#/definitions/FileEdit/required",
                keyword: "required",
                params: { missingProperty: "diff" },
                message: "must have required property 'diff'",
                schema: schema36.required,
                parentSchema: schema36,
                data: data14
              };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            for (const key2 in data14) {
              if (!func4.call(schema36.properties, key2)) {
                const err39 = {
                  instancePath: instancePath + "/edits/" + i0,
                  schemaPath: "#/definitions/FileEdit/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key2 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema36,
                  data: data14
                };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data14.path !== void 0) {
              let data15 = data14.path;
              if (typeof data15 !== "string") {
                const err40 = {
                  instancePath: instancePath + "/edits/" + i0 + "/path",
                  schemaPath: "#/definitions/FileEdit/properties/path/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema36.properties.path.type,
                  parentSchema: schema36.properties.path,
                  data: data15
                };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data14.field !== void 0) {
              let data16 = data14.field;
              if (typeof data16 !== "string") {
                const err41 = {
                  instancePath: instancePath + "/edits/" + i0 + "/field",
                  schemaPath: "#/definitions/FileEdit/properties/field/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema36.properties.field.type,
                  parentSchema: schema36.properties.field,
                  data: data16
                };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data14.line !== void 0) {
              let data17 = data14.line;
              if (!(typeof data17 == "number" && !(data17 % 1) && !isNaN(data17) && isFinite(data17))) {
                const err42 = {
                  instancePath: instancePath + "/edits/" + i0 + "/line",
                  schemaPath: "#/definitions/FileEdit/properties/line/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
                  schema: schema36.properties.line.type,
                  parentSchema: schema36.properties.line,
                  data: data17
                };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
              if (typeof data17 == "number" && isFinite(data17)) {
                if (data17 < 1 || isNaN(data17)) {
                  const err43 = {
                    instancePath: instancePath + "/edits/" + i0 + "/line",
                    schemaPath: "#/definitions/FileEdit/properties/line/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 1 },
                    message: "must be >= 1",
                    schema: 1,
                    parentSchema: schema36.properties.line,
                    data: data17
                  };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              }
            }
            if (data14.before !== void 0) {
              let data18 = data14.before;
              if (typeof data18 !== "string" && data18 !== null) {
                const err44 = {
                  instancePath: instancePath + "/edits/" + i0 + "/before",
                  schemaPath: "#/definitions/FileEdit/properties/before/type",
                  keyword: "type",
                  params: { type: schema36.properties.before.type },
                  message: "must be string,null",
                  schema: schema36.properties.before.type,
                  parentSchema: schema36.properties.before,
                  data: data18
                };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data14.after !== void 0) {
              let data19 = data14.after;
              if (typeof data19 !== "string") {
                const err45 = {
                  instancePath: instancePath + "/edits/" + i0 + "/after",
                  schemaPath: "#/definitions/FileEdit/properties/after/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema36.properties.after.type,
                  parentSchema: schema36.properties.after,
                  data: data19
                };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data14.baseSha256 !== void 0) {
              let data20 = data14.baseSha256;
              if (typeof data20 === "string") {
                if (!pattern29.test(data20)) {
                  const err46 = {
                    instancePath: instancePath + "/edits/" + i0 + "/baseSha256",
                    schemaPath: "#/definitions/FileEdit/properties/baseSha256/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[0-9a-f]{64}$" },
                    message: 'must match pattern "^[0-9a-f]{64}$"',
                    schema: "^[0-9a-f]{64}$",
                    parentSchema: schema36.properties.baseSha256,
                    data: data20
                  };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              } else {
                const err47 = {
                  instancePath: instancePath + "/edits/" + i0 + "/baseSha256",
                  schemaPath: "#/definitions/FileEdit/properties/baseSha256/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema36.properties.baseSha256.type,
                  parentSchema: schema36.properties.baseSha256,
                  data: data20
                };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data14.content !== void 0) {
              let data21 = data14.content;
              if (typeof data21 !== "string") {
                const err48 = {
                  instancePath: instancePath + "/edits/" + i0 + "/content",
                  schemaPath: "#/definitions/FileEdit/properties/content/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema36.properties.content.type,
                  parentSchema: schema36.properties.content,
                  data: data21
                };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data14.created !== void 0) {
              let data22 = data14.created;
              if (typeof data22 !== "boolean") {
                const err49 = {
                  instancePath: instancePath + "/edits/" + i0 + "/created",
                  schemaPath: "#/definitions/FileEdit/properties/created/type",
                  keyword: "type",
                  params: { type: "boolean" },
                  message: "must be boolean",
                  schema: schema36.properties.created.type,
                  parentSchema: schema36.properties.created,
                  data: data22
                };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data14.diff !== void 0) {
              let data23 = data14.diff;
              if (typeof data23 !== "string") {
                const err50 = {
                  instancePath: instancePath + "/edits/" + i0 + "/diff",
                  schemaPath: "#/definitions/FileEdit/properties/diff/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema36.properties.diff.type,
                  parentSchema: schema36.properties.diff,
                  data: data23
                };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          } else {
            const err51 = {
              instancePath: instancePath + "/edits/" + i0,
              schemaPath: "#/definitions/FileEdit/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema36.type,
              parentSchema: schema36,
              data: data14
            };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = {
          instancePath: instancePath + "/edits",
          schemaPath: "#/properties/edits/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema35.properties.edits.type,
          parentSchema: schema35.properties.edits,
          data: data13
        };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.dns !== void 0) {
      if (!validate20(data.dns, {
        instancePath: instancePath + "/dns",
        parentData: data,
        parentDataProperty: "dns",
        rootData
      })) {
        vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
        errors = vErrors.length;
      }
    }
    if (data.data !== void 0) {
      if (!validate22(data.data, {
        instancePath: instancePath + "/data",
        parentData: data,
        parentDataProperty: "data",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.capacity !== void 0) {
      let data26 = data.capacity;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        if (data26.min === void 0) {
          const err53 = {
            instancePath: instancePath + "/capacity",
            schemaPath: "#/definitions/RegionCapacityPlan/required",
            keyword: "required",
            params: { missingProperty: "min" },
            message: "must have required property 'min'",
            schema: schema42.required,
            parentSchema: schema42,
            data: data26
          };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        if (data26.max === void 0) {
          const err54 = {
            instancePath: instancePath + "/capacity",
            schemaPath: "#/definitions/RegionCapacityPlan/required",
            keyword: "required",
            params: { missingProperty: "max" },
            message: "must have required property 'max'",
            schema: schema42.required,
            parentSchema: schema42,
            data: data26
          };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        for (const key3 in data26) {
          if (!(key3 === "min" || key3 === "max" || key3 === "cpu" || key3 === "memory" || key3 === "capacityRps" || key3 === "rps" || key3 === "worst")) {
            const err55 = {
              instancePath: instancePath + "/capacity",
              schemaPath: "#/definitions/RegionCapacityPlan/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key3 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema42,
              data: data26
            };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data26.min !== void 0) {
          let data27 = data26.min;
          if (!(typeof data27 == "number" && !(data27 % 1) && !isNaN(data27) && isFinite(data27))) {
            const err56 = {
              instancePath: instancePath + "/capacity/min",
              schemaPath: "#/definitions/RegionCapacityPlan/properties/min/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema42.properties.min.type,
              parentSchema: schema42.properties.min,
              data: data27
            };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          if (typeof data27 == "number" && isFinite(data27)) {
            if (data27 < 1 || isNaN(data27)) {
              const err57 = {
                instancePath: instancePath + "/capacity/min",
                schemaPath: "#/definitions/RegionCapacityPlan/properties/min/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 1 },
                message: "must be >= 1",
                schema: 1,
                parentSchema: schema42.properties.min,
                data: data27
              };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
        }
        if (data26.max !== void 0) {
          let data28 = data26.max;
          if (!(typeof data28 == "number" && !(data28 % 1) && !isNaN(data28) && isFinite(data28))) {
            const err58 = {
              instancePath: instancePath + "/capacity/max",
              schemaPath: "#/definitions/RegionCapacityPlan/properties/max/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema42.properties.max.type,
              parentSchema: schema42.properties.max,
              data: data28
            };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
          if (typeof data28 == "number" && isFinite(data28)) {
            if (data28 < 1 || isNaN(data28)) {
              const err59 = {
                instancePath: instancePath + "/capacity/max",
                schemaPath: "#/definitions/RegionCapacityPlan/properties/max/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 1 },
                message: "must be >= 1",
                schema: 1,
                parentSchema: schema42.properties.max,
                data: data28
              };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          }
        }
        if (data26.cpu !== void 0) {
          let data29 = data26.cpu;
          if (typeof data29 !== "string") {
            const err60 = {
              instancePath: instancePath + "/capacity/cpu",
              schemaPath: "#/definitions/RegionCapacityPlan/properties/cpu/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema42.properties.cpu.type,
              parentSchema: schema42.properties.cpu,
              data: data29
            };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data26.memory !== void 0) {
          let data30 = data26.memory;
          if (typeof data30 !== "string") {
            const err61 = {
              instancePath: instancePath + "/capacity/memory",
              schemaPath: "#/definitions/RegionCapacityPlan/properties/memory/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema42.properties.memory.type,
              parentSchema: schema42.properties.memory,
              data: data30
            };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data26.capacityRps !== void 0) {
          let data31 = data26.capacityRps;
          if (!(typeof data31 == "number" && isFinite(data31))) {
            const err62 = {
              instancePath: instancePath + "/capacity/capacityRps",
              schemaPath: "#/definitions/RegionCapacityPlan/properties/capacityRps/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number",
              schema: schema42.properties.capacityRps.type,
              parentSchema: schema42.properties.capacityRps,
              data: data31
            };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data26.rps !== void 0) {
          let data32 = data26.rps;
          if (!(typeof data32 == "number" && isFinite(data32))) {
            const err63 = {
              instancePath: instancePath + "/capacity/rps",
              schemaPath: "#/definitions/RegionCapacityPlan/properties/rps/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number",
              schema: schema42.properties.rps.type,
              parentSchema: schema42.properties.rps,
              data: data32
            };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data26.worst !== void 0) {
          let data33 = data26.worst;
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            if (data33.failed === void 0) {
              const err64 = {
                instancePath: instancePath + "/capacity/worst",
                schemaPath: "#/definitions/RegionCapacityPlan/properties/worst/required",
                keyword: "required",
                params: { missingProperty: "failed" },
                message: "must have required property 'failed'",
                schema: schema42.properties.worst.required,
                parentSchema: schema42.properties.worst,
                data: data33
              };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (data33.receivedRps === void 0) {
              const err65 = {
                instancePath: instancePath + "/capacity/worst",
                schemaPath: "#/definitions/RegionCapacityPlan/properties/worst/required",
                keyword: "required",
                params: { missingProperty: "receivedRps" },
                message: "must have required property 'receivedRps'",
                schema: schema42.properties.worst.required,
                parentSchema: schema42.properties.worst,
                data: data33
              };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
            for (const key4 in data33) {
              if (!(key4 === "failed" || key4 === "receivedRps")) {
                const err66 = {
                  instancePath: instancePath + "/capacity/worst",
                  schemaPath: "#/definitions/RegionCapacityPlan/properties/worst/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key4 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema42.properties.worst,
                  data: data33
                };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data33.failed !== void 0) {
              let data34 = data33.failed;
              if (typeof data34 !== "string") {
                const err67 = {
                  instancePath: instancePath + "/capacity/worst/failed",
                  schemaPath: "#/definitions/RegionCapacityPlan/properties/worst/properties/failed/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema42.properties.worst.properties.failed.type,
                  parentSchema: schema42.properties.worst.properties.failed,
                  data: data34
                };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data33.receivedRps !== void 0) {
              let data35 = data33.receivedRps;
              if (!(typeof data35 == "number" && isFinite(data35))) {
                const err68 = {
                  instancePath: instancePath + "/capacity/worst/receivedRps",
                  schemaPath: "#/definitions/RegionCapacityPlan/properties/worst/properties/receivedRps/type",
                  keyword: "type",
                  params: { type: "number" },
                  message: "must be number",
                  schema: schema42.properties.worst.properties.receivedRps.type,
                  parentSchema: schema42.properties.worst.properties.receivedRps,
                  data: data35
                };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
          } else {
            const err69 = {
              instancePath: instancePath + "/capacity/worst",
              schemaPath: "#/definitions/RegionCapacityPlan/properties/worst/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema42.properties.worst.type,
              parentSchema: schema42.properties.worst,
              data: data33
            };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
      } else {
        const err70 = {
          instancePath: instancePath + "/capacity",
          schemaPath: "#/definitions/RegionCapacityPlan/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema42.type,
          parentSchema: schema42,
          data: data26
        };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
  } else {
    const err71 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema35.type,
      parentSchema: schema35,
      data
    };
    if (vErrors === null) {
      vErrors = [err71];
    } else {
      vErrors.push(err71);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.planVersion === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "planVersion" },
        message: "must have required property 'planVersion'",
        schema: schema34.required,
        parentSchema: schema34,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.service === void 0) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "service" },
        message: "must have required property 'service'",
        schema: schema34.required,
        parentSchema: schema34,
        data
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.release === void 0) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "release" },
        message: "must have required property 'release'",
        schema: schema34.required,
        parentSchema: schema34,
        data
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.train === void 0) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "train" },
        message: "must have required property 'train'",
        schema: schema34.required,
        parentSchema: schema34,
        data
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.regions === void 0) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "regions" },
        message: "must have required property 'regions'",
        schema: schema34.required,
        parentSchema: schema34,
        data
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.findings === void 0) {
      const err5 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "findings" },
        message: "must have required property 'findings'",
        schema: schema34.required,
        parentSchema: schema34,
        data
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.summary === void 0) {
      const err6 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "summary" },
        message: "must have required property 'summary'",
        schema: schema34.required,
        parentSchema: schema34,
        data
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "planVersion" || key0 === "service" || key0 === "release" || key0 === "train" || key0 === "regions" || key0 === "findings" || key0 === "routes" || key0 === "summary")) {
        const err7 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema34,
          data
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.planVersion !== void 0) {
      let data0 = data.planVersion;
      if (1 !== data0) {
        const err8 = {
          instancePath: instancePath + "/planVersion",
          schemaPath: "#/properties/planVersion/const",
          keyword: "const",
          params: { allowedValue: 1 },
          message: "must be equal to constant",
          schema: 1,
          parentSchema: schema34.properties.planVersion,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      let data1 = data.service;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.name === void 0) {
          const err9 = {
            instancePath: instancePath + "/service",
            schemaPath: "#/properties/service/required",
            keyword: "required",
            params: { missingProperty: "name" },
            message: "must have required property 'name'",
            schema: schema34.properties.service.required,
            parentSchema: schema34.properties.service,
            data: data1
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data1.image === void 0) {
          const err10 = {
            instancePath: instancePath + "/service",
            schemaPath: "#/properties/service/required",
            keyword: "required",
            params: { missingProperty: "image" },
            message: "must have required property 'image'",
            schema: schema34.properties.service.required,
            parentSchema: schema34.properties.service,
            data: data1
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data1.manifest === void 0) {
          const err11 = {
            instancePath: instancePath + "/service",
            schemaPath: "#/properties/service/required",
            keyword: "required",
            params: { missingProperty: "manifest" },
            message: "must have required property 'manifest'",
            schema: schema34.properties.service.required,
            parentSchema: schema34.properties.service,
            data: data1
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "name" || key1 === "team" || key1 === "image" || key1 === "manifest")) {
            const err12 = {
              instancePath: instancePath + "/service",
              schemaPath: "#/properties/service/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema34.properties.service,
              data: data1
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data1.name !== void 0) {
          let data2 = data1.name;
          if (typeof data2 !== "string") {
            const err13 = {
              instancePath: instancePath + "/service/name",
              schemaPath: "#/properties/service/properties/name/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema34.properties.service.properties.name.type,
              parentSchema: schema34.properties.service.properties.name,
              data: data2
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data1.team !== void 0) {
          let data3 = data1.team;
          if (typeof data3 !== "string") {
            const err14 = {
              instancePath: instancePath + "/service/team",
              schemaPath: "#/properties/service/properties/team/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema34.properties.service.properties.team.type,
              parentSchema: schema34.properties.service.properties.team,
              data: data3
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data1.image !== void 0) {
          let data4 = data1.image;
          if (typeof data4 !== "string") {
            const err15 = {
              instancePath: instancePath + "/service/image",
              schemaPath: "#/properties/service/properties/image/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema34.properties.service.properties.image.type,
              parentSchema: schema34.properties.service.properties.image,
              data: data4
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data1.manifest !== void 0) {
          let data5 = data1.manifest;
          if (typeof data5 !== "string") {
            const err16 = {
              instancePath: instancePath + "/service/manifest",
              schemaPath: "#/properties/service/properties/manifest/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema34.properties.service.properties.manifest.type,
              parentSchema: schema34.properties.service.properties.manifest,
              data: data5
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + "/service",
          schemaPath: "#/properties/service/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema34.properties.service.type,
          parentSchema: schema34.properties.service,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.release !== void 0) {
      let data6 = data.release;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.ref === void 0) {
          const err18 = {
            instancePath: instancePath + "/release",
            schemaPath: "#/properties/release/required",
            keyword: "required",
            params: { missingProperty: "ref" },
            message: "must have required property 'ref'",
            schema: schema34.properties.release.required,
            parentSchema: schema34.properties.release,
            data: data6
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key2 in data6) {
          if (!(key2 === "ref" || key2 === "tag" || key2 === "digest")) {
            const err19 = {
              instancePath: instancePath + "/release",
              schemaPath: "#/properties/release/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key2 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema34.properties.release,
              data: data6
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.ref !== void 0) {
          let data7 = data6.ref;
          if (typeof data7 !== "string") {
            const err20 = {
              instancePath: instancePath + "/release/ref",
              schemaPath: "#/properties/release/properties/ref/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema34.properties.release.properties.ref.type,
              parentSchema: schema34.properties.release.properties.ref,
              data: data7
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data6.tag !== void 0) {
          let data8 = data6.tag;
          if (typeof data8 !== "string") {
            const err21 = {
              instancePath: instancePath + "/release/tag",
              schemaPath: "#/properties/release/properties/tag/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema34.properties.release.properties.tag.type,
              parentSchema: schema34.properties.release.properties.tag,
              data: data8
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data6.digest !== void 0) {
          let data9 = data6.digest;
          if (typeof data9 !== "string") {
            const err22 = {
              instancePath: instancePath + "/release/digest",
              schemaPath: "#/properties/release/properties/digest/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema34.properties.release.properties.digest.type,
              parentSchema: schema34.properties.release.properties.digest,
              data: data9
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = {
          instancePath: instancePath + "/release",
          schemaPath: "#/properties/release/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema34.properties.release.type,
          parentSchema: schema34.properties.release,
          data: data6
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.train !== void 0) {
      let data10 = data.train;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (data10.approvals === void 0) {
          const err24 = {
            instancePath: instancePath + "/train",
            schemaPath: "#/properties/train/required",
            keyword: "required",
            params: { missingProperty: "approvals" },
            message: "must have required property 'approvals'",
            schema: schema34.properties.train.required,
            parentSchema: schema34.properties.train,
            data: data10
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data10.bakeSeconds === void 0) {
          const err25 = {
            instancePath: instancePath + "/train",
            schemaPath: "#/properties/train/required",
            keyword: "required",
            params: { missingProperty: "bakeSeconds" },
            message: "must have required property 'bakeSeconds'",
            schema: schema34.properties.train.required,
            parentSchema: schema34.properties.train,
            data: data10
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data10.timeoutSeconds === void 0) {
          const err26 = {
            instancePath: instancePath + "/train",
            schemaPath: "#/properties/train/required",
            keyword: "required",
            params: { missingProperty: "timeoutSeconds" },
            message: "must have required property 'timeoutSeconds'",
            schema: schema34.properties.train.required,
            parentSchema: schema34.properties.train,
            data: data10
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data10.onFailure === void 0) {
          const err27 = {
            instancePath: instancePath + "/train",
            schemaPath: "#/properties/train/required",
            keyword: "required",
            params: { missingProperty: "onFailure" },
            message: "must have required property 'onFailure'",
            schema: schema34.properties.train.required,
            parentSchema: schema34.properties.train,
            data: data10
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (data10.waves === void 0) {
          const err28 = {
            instancePath: instancePath + "/train",
            schemaPath: "#/properties/train/required",
            keyword: "required",
            params: { missingProperty: "waves" },
            message: "must have required property 'waves'",
            schema: schema34.properties.train.required,
            parentSchema: schema34.properties.train,
            data: data10
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        for (const key3 in data10) {
          if (!(key3 === "approvals" || key3 === "bakeSeconds" || key3 === "timeoutSeconds" || key3 === "onFailure" || key3 === "waves")) {
            const err29 = {
              instancePath: instancePath + "/train",
              schemaPath: "#/properties/train/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key3 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema34.properties.train,
              data: data10
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data10.approvals !== void 0) {
          let data11 = data10.approvals;
          if (!(typeof data11 == "number" && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
            const err30 = {
              instancePath: instancePath + "/train/approvals",
              schemaPath: "#/properties/train/properties/approvals/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema34.properties.train.properties.approvals.type,
              parentSchema: schema34.properties.train.properties.approvals,
              data: data11
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 < 0 || isNaN(data11)) {
              const err31 = {
                instancePath: instancePath + "/train/approvals",
                schemaPath: "#/properties/train/properties/approvals/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema34.properties.train.properties.approvals,
                data: data11
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
        }
        if (data10.bakeSeconds !== void 0) {
          let data12 = data10.bakeSeconds;
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 < 0 || isNaN(data12)) {
              const err32 = {
                instancePath: instancePath + "/train/bakeSeconds",
                schemaPath: "#/properties/train/properties/bakeSeconds/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema34.properties.train.properties.bakeSeconds,
                data: data12
              };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          } else {
            const err33 = {
              instancePath: instancePath + "/train/bakeSeconds",
              schemaPath: "#/properties/train/properties/bakeSeconds/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number",
              schema: schema34.properties.train.properties.bakeSeconds.type,
              parentSchema: schema34.properties.train.properties.bakeSeconds,
              data: data12
            };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data10.timeoutSeconds !== void 0) {
          let data13 = data10.timeoutSeconds;
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 < 0 || isNaN(data13)) {
              const err34 = {
                instancePath: instancePath + "/train/timeoutSeconds",
                schemaPath: "#/properties/train/properties/timeoutSeconds/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema34.properties.train.properties.timeoutSeconds,
                data: data13
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = {
              instancePath: instancePath + "/train/timeoutSeconds",
              schemaPath: "#/properties/train/properties/timeoutSeconds/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number",
              schema: schema34.properties.train.properties.timeoutSeconds.type,
              parentSchema: schema34.properties.train.properties.timeoutSeconds,
              data: data13
            };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data10.onFailure !== void 0) {
          let data14 = data10.onFailure;
          if (!(data14 === "rollback" || data14 === "halt")) {
            const err36 = {
              instancePath: instancePath + "/train/onFailure",
              schemaPath: "#/properties/train/properties/onFailure/enum",
              keyword: "enum",
              params: { allowedValues: schema34.properties.train.properties.onFailure.enum },
              message: "must be equal to one of the allowed values",
              schema: schema34.properties.train.properties.onFailure.enum,
              parentSchema: schema34.properties.train.properties.onFailure,
              data: data14
            };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data10.waves !== void 0) {
          let data15 = data10.waves;
          if (Array.isArray(data15)) {
            const len0 = data15.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data16 = data15[i0];
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                if (data16.number === void 0) {
                  const err37 = {
                    instancePath: instancePath + "/train/waves/" + i0,
                    schemaPath: "#/properties/train/properties/waves/items/required",
                    keyword: "required",
                    params: { missingProperty: "number" },
                    message: "must have required property 'number'",
                    schema: schema34.properties.train.properties.waves.items.required,
                    parentSchema: schema34.properties.train.properties.waves.items,
                    data: data16
                  };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
                if (data16.regions === void 0) {
                  const err38 = {
                    instancePath: instancePath + "/train/waves/" + i0,
                    schemaPath: "#/properties/train/properties/waves/items/required",
                    keyword: "required",
                    params: { missingProperty: "regions" },
                    message: "must have required property 'regions'",
                    schema: schema34.properties.train.properties.waves.items.required,
                    parentSchema: schema34.properties.train.properties.waves.items,
                    data: data16
                  };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                for (const key4 in data16) {
                  if (!(key4 === "number" || key4 === "regions")) {
                    const err39 = {
                      instancePath: instancePath + "/train/waves/" + i0,
                      schemaPath: "#/properties/train/properties/waves/items/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key4 },
                      message: "must NOT have additional properties",
                      schema: false,
                      parentSchema: schema34.properties.train.properties.waves.items,
                      data: data16
                    };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data16.number !== void 0) {
                  let data17 = data16.number;
                  if (!(typeof data17 == "number" && !(data17 % 1) && !isNaN(data17) && isFinite(data17))) {
                    const err40 = {
                      instancePath: instancePath + "/train/waves/" + i0 + "/number",
                      schemaPath: "#/properties/train/properties/waves/items/properties/number/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                      schema: schema34.properties.train.properties.waves.items.properties.number.type,
                      parentSchema: schema34.properties.train.properties.waves.items.properties.number,
                      data: data17
                    };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                  if (typeof data17 == "number" && isFinite(data17)) {
                    if (data17 < 1 || isNaN(data17)) {
                      const err41 = {
                        instancePath: instancePath + "/train/waves/" + i0 + "/number",
                        schemaPath: "#/properties/train/properties/waves/items/properties/number/minimum",
                        keyword: "minimum",
                        params: { comparison: ">=", limit: 1 },
                        message: "must be >= 1",
                        schema: 1,
                        parentSchema: schema34.properties.train.properties.waves.items.properties.number,
                        data: data17
                      };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                  }
                }
                if (data16.regions !== void 0) {
                  let data18 = data16.regions;
                  if (Array.isArray(data18)) {
                    const len1 = data18.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data19 = data18[i1];
                      if (typeof data19 !== "string") {
                        const err42 = {
                          instancePath: instancePath + "/train/waves/" + i0 + "/regions/" + i1,
                          schemaPath: "#/properties/train/properties/waves/items/properties/regions/items/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema34.properties.train.properties.waves.items.properties.regions.items.type,
                          parentSchema: schema34.properties.train.properties.waves.items.properties.regions.items,
                          data: data19
                        };
                        if (vErrors === null) {
                          vErrors = [err42];
                        } else {
                          vErrors.push(err42);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err43 = {
                      instancePath: instancePath + "/train/waves/" + i0 + "/regions",
                      schemaPath: "#/properties/train/properties/waves/items/properties/regions/type",
                      keyword: "type",
                      params: { type: "array" },
                      message: "must be array",
                      schema: schema34.properties.train.properties.waves.items.properties.regions.type,
                      parentSchema: schema34.properties.train.properties.waves.items.properties.regions,
                      data: data18
                    };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
              } else {
                const err44 = {
                  instancePath: instancePath + "/train/waves/" + i0,
                  schemaPath: "#/properties/train/properties/waves/items/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema34.properties.train.properties.waves.items.type,
                  parentSchema: schema34.properties.train.properties.waves.items,
                  data: data16
                };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          } else {
            const err45 = {
              instancePath: instancePath + "/train/waves",
              schemaPath: "#/properties/train/properties/waves/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema34.properties.train.properties.waves.type,
              parentSchema: schema34.properties.train.properties.waves,
              data: data15
            };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = {
          instancePath: instancePath + "/train",
          schemaPath: "#/properties/train/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema34.properties.train.type,
          parentSchema: schema34.properties.train,
          data: data10
        };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.regions !== void 0) {
      let data20 = data.regions;
      if (Array.isArray(data20)) {
        const len2 = data20.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate19(data20[i2], {
            instancePath: instancePath + "/regions/" + i2,
            parentData: data20,
            parentDataProperty: i2,
            rootData
          })) {
            vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err47 = {
          instancePath: instancePath + "/regions",
          schemaPath: "#/properties/regions/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema34.properties.regions.type,
          parentSchema: schema34.properties.regions,
          data: data20
        };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.findings !== void 0) {
      let data22 = data.findings;
      if (Array.isArray(data22)) {
        const len3 = data22.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data23 = data22[i3];
          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            if (data23.rule === void 0) {
              const err48 = {
                instancePath: instancePath + "/findings/" + i3,
                schemaPath: "#/definitions/Finding/required",
                keyword: "required",
                params: { missingProperty: "rule" },
                message: "must have required property 'rule'",
                schema: schema43.required,
                parentSchema: schema43,
                data: data23
              };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (data23.severity === void 0) {
              const err49 = {
                instancePath: instancePath + "/findings/" + i3,
                schemaPath: "#/definitions/Finding/required",
                keyword: "required",
                params: { missingProperty: "severity" },
                message: "must have required property 'severity'",
                schema: schema43.required,
                parentSchema: schema43,
                data: data23
              };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data23.message === void 0) {
              const err50 = {
                instancePath: instancePath + "/findings/" + i3,
                schemaPath: "#/definitions/Finding/required",
                keyword: "required",
                params: { missingProperty: "message" },
                message: "must have required property 'message'",
                schema: schema43.required,
                parentSchema: schema43,
                data: data23
              };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data23.file === void 0) {
              const err51 = {
                instancePath: instancePath + "/findings/" + i3,
                schemaPath: "#/definitions/Finding/required",
                keyword: "required",
                params: { missingProperty: "file" },
                message: "must have required property 'file'",
                schema: schema43.required,
                parentSchema: schema43,
                data: data23
              };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data23.line === void 0) {
              const err52 = {
                instancePath: instancePath + "/findings/" + i3,
                schemaPath: "#/definitions/Finding/required",
                keyword: "required",
                params: { missingProperty: "line" },
                message: "must have required property 'line'",
                schema: schema43.required,
                parentSchema: schema43,
                data: data23
              };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data23.column === void 0) {
              const err53 = {
                instancePath: instancePath + "/findings/" + i3,
                schemaPath: "#/definitions/Finding/required",
                keyword: "required",
                params: { missingProperty: "column" },
                message: "must have required property 'column'",
                schema: schema43.required,
                parentSchema: schema43,
                data: data23
              };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            for (const key5 in data23) {
              if (!(key5 === "rule" || key5 === "severity" || key5 === "message" || key5 === "file" || key5 === "line" || key5 === "column" || key5 === "region")) {
                const err54 = {
                  instancePath: instancePath + "/findings/" + i3,
                  schemaPath: "#/definitions/Finding/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key5 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema43,
                  data: data23
                };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data23.rule !== void 0) {
              let data24 = data23.rule;
              if (typeof data24 !== "string") {
                const err55 = {
                  instancePath: instancePath + "/findings/" + i3 + "/rule",
                  schemaPath: "#/definitions/Finding/properties/rule/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema43.properties.rule.type,
                  parentSchema: schema43.properties.rule,
                  data: data24
                };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data23.severity !== void 0) {
              let data25 = data23.severity;
              if (!(data25 === "error" || data25 === "warning" || data25 === "info")) {
                const err56 = {
                  instancePath: instancePath + "/findings/" + i3 + "/severity",
                  schemaPath: "#/definitions/Finding/properties/severity/enum",
                  keyword: "enum",
                  params: { allowedValues: schema43.properties.severity.enum },
                  message: "must be equal to one of the allowed values",
                  schema: schema43.properties.severity.enum,
                  parentSchema: schema43.properties.severity,
                  data: data25
                };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data23.message !== void 0) {
              let data26 = data23.message;
              if (typeof data26 !== "string") {
                const err57 = {
                  instancePath: instancePath + "/findings/" + i3 + "/message",
                  schemaPath: "#/definitions/Finding/properties/message/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema43.properties.message.type,
                  parentSchema: schema43.properties.message,
                  data: data26
                };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data23.file !== void 0) {
              let data27 = data23.file;
              if (typeof data27 !== "string") {
                const err58 = {
                  instancePath: instancePath + "/findings/" + i3 + "/file",
                  schemaPath: "#/definitions/Finding/properties/file/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema43.properties.file.type,
                  parentSchema: schema43.properties.file,
                  data: data27
                };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data23.line !== void 0) {
              let data28 = data23.line;
              if (!(typeof data28 == "number" && !(data28 % 1) && !isNaN(data28) && isFinite(data28))) {
                const err59 = {
                  instancePath: instancePath + "/findings/" + i3 + "/line",
                  schemaPath: "#/definitions/Finding/properties/line/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
                  schema: schema43.properties.line.type,
                  parentSchema: schema43.properties.line,
                  data: data28
                };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
              if (typeof data28 == "number" && isFinite(data28)) {
                if (data28 < 1 || isNaN(data28)) {
                  const err60 = {
                    instancePath: instancePath + "/findings/" + i3 + "/line",
                    schemaPath: "#/definitions/Finding/properties/line/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 1 },
                    message: "must be >= 1",
                    schema: 1,
                    parentSchema: schema43.properties.line,
                    data: data28
                  };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              }
            }
            if (data23.column !== void 0) {
              let data29 = data23.column;
              if (!(typeof data29 == "number" && !(data29 % 1) && !isNaN(data29) && isFinite(data29))) {
                const err61 = {
                  instancePath: instancePath + "/findings/" + i3 + "/column",
                  schemaPath: "#/definitions/Finding/properties/column/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
                  schema: schema43.properties.column.type,
                  parentSchema: schema43.properties.column,
                  data: data29
                };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
              if (typeof data29 == "number" && isFinite(data29)) {
                if (data29 < 1 || isNaN(data29)) {
                  const err62 = {
                    instancePath: instancePath + "/findings/" + i3 + "/column",
                    schemaPath: "#/definitions/Finding/properties/column/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 1 },
                    message: "must be >= 1",
                    schema: 1,
                    parentSchema: schema43.properties.column,
                    data: data29
                  };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              }
            }
            if (data23.region !== void 0) {
              let data30 = data23.region;
              if (typeof data30 !== "string") {
                const err63 = {
                  instancePath: instancePath + "/findings/" + i3 + "/region",
                  schemaPath: "#/definitions/Finding/properties/region/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema43.properties.region.type,
                  parentSchema: schema43.properties.region,
                  data: data30
                };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
          } else {
            const err64 = {
              instancePath: instancePath + "/findings/" + i3,
              schemaPath: "#/definitions/Finding/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema43.type,
              parentSchema: schema43,
              data: data23
            };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      } else {
        const err65 = {
          instancePath: instancePath + "/findings",
          schemaPath: "#/properties/findings/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema34.properties.findings.type,
          parentSchema: schema34.properties.findings,
          data: data22
        };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.routes !== void 0) {
      let data31 = data.routes;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        if (data31.service === void 0) {
          const err66 = {
            instancePath: instancePath + "/routes",
            schemaPath: "#/definitions/RouteTable/required",
            keyword: "required",
            params: { missingProperty: "service" },
            message: "must have required property 'service'",
            schema: schema44.required,
            parentSchema: schema44,
            data: data31
          };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
        if (data31.hostname === void 0) {
          const err67 = {
            instancePath: instancePath + "/routes",
            schemaPath: "#/definitions/RouteTable/required",
            keyword: "required",
            params: { missingProperty: "hostname" },
            message: "must have required property 'hostname'",
            schema: schema44.required,
            parentSchema: schema44,
            data: data31
          };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
        if (data31.timeoutMs === void 0) {
          const err68 = {
            instancePath: instancePath + "/routes",
            schemaPath: "#/definitions/RouteTable/required",
            keyword: "required",
            params: { missingProperty: "timeoutMs" },
            message: "must have required property 'timeoutMs'",
            schema: schema44.required,
            parentSchema: schema44,
            data: data31
          };
          if (vErrors === null) {
            vErrors = [err68];
          } else {
            vErrors.push(err68);
          }
          errors++;
        }
        if (data31.deadlineMs === void 0) {
          const err69 = {
            instancePath: instancePath + "/routes",
            schemaPath: "#/definitions/RouteTable/required",
            keyword: "required",
            params: { missingProperty: "deadlineMs" },
            message: "must have required property 'deadlineMs'",
            schema: schema44.required,
            parentSchema: schema44,
            data: data31
          };
          if (vErrors === null) {
            vErrors = [err69];
          } else {
            vErrors.push(err69);
          }
          errors++;
        }
        if (data31.retries === void 0) {
          const err70 = {
            instancePath: instancePath + "/routes",
            schemaPath: "#/definitions/RouteTable/required",
            keyword: "required",
            params: { missingProperty: "retries" },
            message: "must have required property 'retries'",
            schema: schema44.required,
            parentSchema: schema44,
            data: data31
          };
          if (vErrors === null) {
            vErrors = [err70];
          } else {
            vErrors.push(err70);
          }
          errors++;
        }
        if (data31.retryBudget === void 0) {
          const err71 = {
            instancePath: instancePath + "/routes",
            schemaPath: "#/definitions/RouteTable/required",
            keyword: "required",
            params: { missingProperty: "retryBudget" },
            message: "must have required property 'retryBudget'",
            schema: schema44.required,
            parentSchema: schema44,
            data: data31
          };
          if (vErrors === null) {
            vErrors = [err71];
          } else {
            vErrors.push(err71);
          }
          errors++;
        }
        if (data31.endpoints === void 0) {
          const err72 = {
            instancePath: instancePath + "/routes",
            schemaPath: "#/definitions/RouteTable/required",
            keyword: "required",
            params: { missingProperty: "endpoints" },
            message: "must have required property 'endpoints'",
            schema: schema44.required,
            parentSchema: schema44,
            data: data31
          };
          if (vErrors === null) {
            vErrors = [err72];
          } else {
            vErrors.push(err72);
          }
          errors++;
        }
        if (data31.order === void 0) {
          const err73 = {
            instancePath: instancePath + "/routes",
            schemaPath: "#/definitions/RouteTable/required",
            keyword: "required",
            params: { missingProperty: "order" },
            message: "must have required property 'order'",
            schema: schema44.required,
            parentSchema: schema44,
            data: data31
          };
          if (vErrors === null) {
            vErrors = [err73];
          } else {
            vErrors.push(err73);
          }
          errors++;
        }
        for (const key6 in data31) {
          if (!func4.call(schema44.properties, key6)) {
            const err74 = {
              instancePath: instancePath + "/routes",
              schemaPath: "#/definitions/RouteTable/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key6 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema44,
              data: data31
            };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data31.service !== void 0) {
          let data32 = data31.service;
          if (typeof data32 !== "string") {
            const err75 = {
              instancePath: instancePath + "/routes/service",
              schemaPath: "#/definitions/RouteTable/properties/service/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema44.properties.service.type,
              parentSchema: schema44.properties.service,
              data: data32
            };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data31.hostname !== void 0) {
          let data33 = data31.hostname;
          if (typeof data33 !== "string") {
            const err76 = {
              instancePath: instancePath + "/routes/hostname",
              schemaPath: "#/definitions/RouteTable/properties/hostname/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema44.properties.hostname.type,
              parentSchema: schema44.properties.hostname,
              data: data33
            };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data31.timeoutMs !== void 0) {
          let data34 = data31.timeoutMs;
          if (!(typeof data34 == "number" && !(data34 % 1) && !isNaN(data34) && isFinite(data34))) {
            const err77 = {
              instancePath: instancePath + "/routes/timeoutMs",
              schemaPath: "#/definitions/RouteTable/properties/timeoutMs/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema44.properties.timeoutMs.type,
              parentSchema: schema44.properties.timeoutMs,
              data: data34
            };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
          if (typeof data34 == "number" && isFinite(data34)) {
            if (data34 < 1 || isNaN(data34)) {
              const err78 = {
                instancePath: instancePath + "/routes/timeoutMs",
                schemaPath: "#/definitions/RouteTable/properties/timeoutMs/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 1 },
                message: "must be >= 1",
                schema: 1,
                parentSchema: schema44.properties.timeoutMs,
                data: data34
              };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          }
        }
        if (data31.deadlineMs !== void 0) {
          let data35 = data31.deadlineMs;
          if (!(typeof data35 == "number" && !(data35 % 1) && !isNaN(data35) && isFinite(data35))) {
            const err79 = {
              instancePath: instancePath + "/routes/deadlineMs",
              schemaPath: "#/definitions/RouteTable/properties/deadlineMs/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema44.properties.deadlineMs.type,
              parentSchema: schema44.properties.deadlineMs,
              data: data35
            };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
          if (typeof data35 == "number" && isFinite(data35)) {
            if (data35 < 1 || isNaN(data35)) {
              const err80 = {
                instancePath: instancePath + "/routes/deadlineMs",
                schemaPath: "#/definitions/RouteTable/properties/deadlineMs/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 1 },
                message: "must be >= 1",
                schema: 1,
                parentSchema: schema44.properties.deadlineMs,
                data: data35
              };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
          }
        }
        if (data31.retries !== void 0) {
          let data36 = data31.retries;
          if (!(typeof data36 == "number" && !(data36 % 1) && !isNaN(data36) && isFinite(data36))) {
            const err81 = {
              instancePath: instancePath + "/routes/retries",
              schemaPath: "#/definitions/RouteTable/properties/retries/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema44.properties.retries.type,
              parentSchema: schema44.properties.retries,
              data: data36
            };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
          if (typeof data36 == "number" && isFinite(data36)) {
            if (data36 < 0 || isNaN(data36)) {
              const err82 = {
                instancePath: instancePath + "/routes/retries",
                schemaPath: "#/definitions/RouteTable/properties/retries/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema44.properties.retries,
                data: data36
              };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
          }
        }
        if (data31.hedgeMs !== void 0) {
          let data37 = data31.hedgeMs;
          if (!(typeof data37 == "number" && !(data37 % 1) && !isNaN(data37) && isFinite(data37))) {
            const err83 = {
              instancePath: instancePath + "/routes/hedgeMs",
              schemaPath: "#/definitions/RouteTable/properties/hedgeMs/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema44.properties.hedgeMs.type,
              parentSchema: schema44.properties.hedgeMs,
              data: data37
            };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
          if (typeof data37 == "number" && isFinite(data37)) {
            if (data37 < 0 || isNaN(data37)) {
              const err84 = {
                instancePath: instancePath + "/routes/hedgeMs",
                schemaPath: "#/definitions/RouteTable/properties/hedgeMs/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema44.properties.hedgeMs,
                data: data37
              };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
          }
        }
        if (data31.maxConnections !== void 0) {
          let data38 = data31.maxConnections;
          if (!(typeof data38 == "number" && !(data38 % 1) && !isNaN(data38) && isFinite(data38))) {
            const err85 = {
              instancePath: instancePath + "/routes/maxConnections",
              schemaPath: "#/definitions/RouteTable/properties/maxConnections/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema44.properties.maxConnections.type,
              parentSchema: schema44.properties.maxConnections,
              data: data38
            };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
          if (typeof data38 == "number" && isFinite(data38)) {
            if (data38 < 1 || isNaN(data38)) {
              const err86 = {
                instancePath: instancePath + "/routes/maxConnections",
                schemaPath: "#/definitions/RouteTable/properties/maxConnections/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 1 },
                message: "must be >= 1",
                schema: 1,
                parentSchema: schema44.properties.maxConnections,
                data: data38
              };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
          }
        }
        if (data31.retryBudget !== void 0) {
          let data39 = data31.retryBudget;
          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            if (data39.ratio === void 0) {
              const err87 = {
                instancePath: instancePath + "/routes/retryBudget",
                schemaPath: "#/definitions/RouteTable/properties/retryBudget/required",
                keyword: "required",
                params: { missingProperty: "ratio" },
                message: "must have required property 'ratio'",
                schema: schema44.properties.retryBudget.required,
                parentSchema: schema44.properties.retryBudget,
                data: data39
              };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
            if (data39.minPerSecond === void 0) {
              const err88 = {
                instancePath: instancePath + "/routes/retryBudget",
                schemaPath: "#/definitions/RouteTable/properties/retryBudget/required",
                keyword: "required",
                params: { missingProperty: "minPerSecond" },
                message: "must have required property 'minPerSecond'",
                schema: schema44.properties.retryBudget.required,
                parentSchema: schema44.properties.retryBudget,
                data: data39
              };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
            for (const key7 in data39) {
              if (!(key7 === "ratio" || key7 === "minPerSecond")) {
                const err89 = {
                  instancePath: instancePath + "/routes/retryBudget",
                  schemaPath: "#/definitions/RouteTable/properties/retryBudget/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key7 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema44.properties.retryBudget,
                  data: data39
                };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data39.ratio !== void 0) {
              let data40 = data39.ratio;
              if (typeof data40 == "number" && isFinite(data40)) {
                if (data40 < 0 || isNaN(data40)) {
                  const err90 = {
                    instancePath: instancePath + "/routes/retryBudget/ratio",
                    schemaPath: "#/definitions/RouteTable/properties/retryBudget/properties/ratio/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 0 },
                    message: "must be >= 0",
                    schema: 0,
                    parentSchema: schema44.properties.retryBudget.properties.ratio,
                    data: data40
                  };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
              } else {
                const err91 = {
                  instancePath: instancePath + "/routes/retryBudget/ratio",
                  schemaPath: "#/definitions/RouteTable/properties/retryBudget/properties/ratio/type",
                  keyword: "type",
                  params: { type: "number" },
                  message: "must be number",
                  schema: schema44.properties.retryBudget.properties.ratio.type,
                  parentSchema: schema44.properties.retryBudget.properties.ratio,
                  data: data40
                };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            }
            if (data39.minPerSecond !== void 0) {
              let data41 = data39.minPerSecond;
              if (typeof data41 == "number" && isFinite(data41)) {
                if (data41 < 0 || isNaN(data41)) {
                  const err92 = {
                    instancePath: instancePath + "/routes/retryBudget/minPerSecond",
                    schemaPath: "#/definitions/RouteTable/properties/retryBudget/properties/minPerSecond/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 0 },
                    message: "must be >= 0",
                    schema: 0,
                    parentSchema: schema44.properties.retryBudget.properties.minPerSecond,
                    data: data41
                  };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
              } else {
                const err93 = {
                  instancePath: instancePath + "/routes/retryBudget/minPerSecond",
                  schemaPath: "#/definitions/RouteTable/properties/retryBudget/properties/minPerSecond/type",
                  keyword: "type",
                  params: { type: "number" },
                  message: "must be number",
                  schema: schema44.properties.retryBudget.properties.minPerSecond.type,
                  parentSchema: schema44.properties.retryBudget.properties.minPerSecond,
                  data: data41
                };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
            }
          } else {
            const err94 = {
              instancePath: instancePath + "/routes/retryBudget",
              schemaPath: "#/definitions/RouteTable/properties/retryBudget/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema44.properties.retryBudget.type,
              parentSchema: schema44.properties.retryBudget,
              data: data39
            };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
        if (data31.endpoints !== void 0) {
          let data42 = data31.endpoints;
          if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
            for (const key8 in data42) {
              let data43 = data42[key8];
              if (typeof data43 !== "string") {
                const err95 = {
                  instancePath: instancePath + "/routes/endpoints/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/definitions/RouteTable/properties/endpoints/additionalProperties/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema44.properties.endpoints.additionalProperties.type,
                  parentSchema: schema44.properties.endpoints.additionalProperties,
                  data: data43
                };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
          } else {
            const err96 = {
              instancePath: instancePath + "/routes/endpoints",
              schemaPath: "#/definitions/RouteTable/properties/endpoints/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema44.properties.endpoints.type,
              parentSchema: schema44.properties.endpoints,
              data: data42
            };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
        if (data31.order !== void 0) {
          let data44 = data31.order;
          if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
            for (const key9 in data44) {
              let data45 = data44[key9];
              if (Array.isArray(data45)) {
                const len4 = data45.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data46 = data45[i4];
                  if (typeof data46 !== "string") {
                    const err97 = {
                      instancePath: instancePath + "/routes/order/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i4,
                      schemaPath: "#/definitions/RouteTable/properties/order/additionalProperties/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema44.properties.order.additionalProperties.items.type,
                      parentSchema: schema44.properties.order.additionalProperties.items,
                      data: data46
                    };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
              } else {
                const err98 = {
                  instancePath: instancePath + "/routes/order/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/definitions/RouteTable/properties/order/additionalProperties/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                  schema: schema44.properties.order.additionalProperties.type,
                  parentSchema: schema44.properties.order.additionalProperties,
                  data: data45
                };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
          } else {
            const err99 = {
              instancePath: instancePath + "/routes/order",
              schemaPath: "#/definitions/RouteTable/properties/order/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema44.properties.order.type,
              parentSchema: schema44.properties.order,
              data: data44
            };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
        }
      } else {
        const err100 = {
          instancePath: instancePath + "/routes",
          schemaPath: "#/definitions/RouteTable/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema44.type,
          parentSchema: schema44,
          data: data31
        };
        if (vErrors === null) {
          vErrors = [err100];
        } else {
          vErrors.push(err100);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data47 = data.summary;
      if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
        if (data47.regions === void 0) {
          const err101 = {
            instancePath: instancePath + "/summary",
            schemaPath: "#/properties/summary/required",
            keyword: "required",
            params: { missingProperty: "regions" },
            message: "must have required property 'regions'",
            schema: schema34.properties.summary.required,
            parentSchema: schema34.properties.summary,
            data: data47
          };
          if (vErrors === null) {
            vErrors = [err101];
          } else {
            vErrors.push(err101);
          }
          errors++;
        }
        if (data47.promote === void 0) {
          const err102 = {
            instancePath: instancePath + "/summary",
            schemaPath: "#/properties/summary/required",
            keyword: "required",
            params: { missingProperty: "promote" },
            message: "must have required property 'promote'",
            schema: schema34.properties.summary.required,
            parentSchema: schema34.properties.summary,
            data: data47
          };
          if (vErrors === null) {
            vErrors = [err102];
          } else {
            vErrors.push(err102);
          }
          errors++;
        }
        if (data47.current === void 0) {
          const err103 = {
            instancePath: instancePath + "/summary",
            schemaPath: "#/properties/summary/required",
            keyword: "required",
            params: { missingProperty: "current" },
            message: "must have required property 'current'",
            schema: schema34.properties.summary.required,
            parentSchema: schema34.properties.summary,
            data: data47
          };
          if (vErrors === null) {
            vErrors = [err103];
          } else {
            vErrors.push(err103);
          }
          errors++;
        }
        if (data47.blocked === void 0) {
          const err104 = {
            instancePath: instancePath + "/summary",
            schemaPath: "#/properties/summary/required",
            keyword: "required",
            params: { missingProperty: "blocked" },
            message: "must have required property 'blocked'",
            schema: schema34.properties.summary.required,
            parentSchema: schema34.properties.summary,
            data: data47
          };
          if (vErrors === null) {
            vErrors = [err104];
          } else {
            vErrors.push(err104);
          }
          errors++;
        }
        if (data47.errors === void 0) {
          const err105 = {
            instancePath: instancePath + "/summary",
            schemaPath: "#/properties/summary/required",
            keyword: "required",
            params: { missingProperty: "errors" },
            message: "must have required property 'errors'",
            schema: schema34.properties.summary.required,
            parentSchema: schema34.properties.summary,
            data: data47
          };
          if (vErrors === null) {
            vErrors = [err105];
          } else {
            vErrors.push(err105);
          }
          errors++;
        }
        if (data47.warnings === void 0) {
          const err106 = {
            instancePath: instancePath + "/summary",
            schemaPath: "#/properties/summary/required",
            keyword: "required",
            params: { missingProperty: "warnings" },
            message: "must have required property 'warnings'",
            schema: schema34.properties.summary.required,
            parentSchema: schema34.properties.summary,
            data: data47
          };
          if (vErrors === null) {
            vErrors = [err106];
          } else {
            vErrors.push(err106);
          }
          errors++;
        }
        for (const key10 in data47) {
          if (!(key10 === "regions" || key10 === "promote" || key10 === "current" || key10 === "blocked" || key10 === "errors" || key10 === "warnings")) {
            const err107 = {
              instancePath: instancePath + "/summary",
              schemaPath: "#/properties/summary/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key10 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema34.properties.summary,
              data: data47
            };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
        }
        if (data47.regions !== void 0) {
          let data48 = data47.regions;
          if (!(typeof data48 == "number" && !(data48 % 1) && !isNaN(data48) && isFinite(data48))) {
            const err108 = {
              instancePath: instancePath + "/summary/regions",
              schemaPath: "#/properties/summary/properties/regions/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema34.properties.summary.properties.regions.type,
              parentSchema: schema34.properties.summary.properties.regions,
              data: data48
            };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
          if (typeof data48 == "number" && isFinite(data48)) {
            if (data48 < 0 || isNaN(data48)) {
              const err109 = {
                instancePath: instancePath + "/summary/regions",
                schemaPath: "#/properties/summary/properties/regions/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema34.properties.summary.properties.regions,
                data: data48
              };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
          }
        }
        if (data47.promote !== void 0) {
          let data49 = data47.promote;
          if (!(typeof data49 == "number" && !(data49 % 1) && !isNaN(data49) && isFinite(data49))) {
            const err110 = {
              instancePath: instancePath + "/summary/promote",
              schemaPath: "#/properties/summary/properties/promote/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema34.properties.summary.properties.promote.type,
              parentSchema: schema34.properties.summary.properties.promote,
              data: data49
            };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
          if (typeof data49 == "number" && isFinite(data49)) {
            if (data49 < 0 || isNaN(data49)) {
              const err111 = {
                instancePath: instancePath + "/summary/promote",
                schemaPath: "#/properties/summary/properties/promote/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema34.properties.summary.properties.promote,
                data: data49
              };
              if (vErrors === null) {
                vErrors = [err111];
              } else {
                vErrors.push(err111);
              }
              errors++;
            }
          }
        }
        if (data47.current !== void 0) {
          let data50 = data47.current;
          if (!(typeof data50 == "number" && !(data50 % 1) && !isNaN(data50) && isFinite(data50))) {
            const err112 = {
              instancePath: instancePath + "/summary/current",
              schemaPath: "#/properties/summary/properties/current/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema34.properties.summary.properties.current.type,
              parentSchema: schema34.properties.summary.properties.current,
              data: data50
            };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
          if (typeof data50 == "number" && isFinite(data50)) {
            if (data50 < 0 || isNaN(data50)) {
              const err113 = {
                instancePath: instancePath + "/summary/current",
                schemaPath: "#/properties/summary/properties/current/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema34.properties.summary.properties.current,
                data: data50
              };
              if (vErrors === null) {
                vErrors = [err113];
              } else {
                vErrors.push(err113);
              }
              errors++;
            }
          }
        }
        if (data47.blocked !== void 0) {
          let data51 = data47.blocked;
          if (!(typeof data51 == "number" && !(data51 % 1) && !isNaN(data51) && isFinite(data51))) {
            const err114 = {
              instancePath: instancePath + "/summary/blocked",
              schemaPath: "#/properties/summary/properties/blocked/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema34.properties.summary.properties.blocked.type,
              parentSchema: schema34.properties.summary.properties.blocked,
              data: data51
            };
            if (vErrors === null) {
              vErrors = [err114];
            } else {
              vErrors.push(err114);
            }
            errors++;
          }
          if (typeof data51 == "number" && isFinite(data51)) {
            if (data51 < 0 || isNaN(data51)) {
              const err115 = {
                instancePath: instancePath + "/summary/blocked",
                schemaPath: "#/properties/summary/properties/blocked/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema34.properties.summary.properties.blocked,
                data: data51
              };
              if (vErrors === null) {
                vErrors = [err115];
              } else {
                vErrors.push(err115);
              }
              errors++;
            }
          }
        }
        if (data47.errors !== void 0) {
          let data52 = data47.errors;
          if (!(typeof data52 == "number" && !(data52 % 1) && !isNaN(data52) && isFinite(data52))) {
            const err116 = {
              instancePath: instancePath + "/summary/errors",
              schemaPath: "#/properties/summary/properties/errors/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema34.properties.summary.properties.errors.type,
              parentSchema: schema34.properties.summary.properties.errors,
              data: data52
            };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
          if (typeof data52 == "number" && isFinite(data52)) {
            if (data52 < 0 || isNaN(data52)) {
              const err117 = {
                instancePath: instancePath + "/summary/errors",
                schemaPath: "#/properties/summary/properties/errors/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema34.properties.summary.properties.errors,
                data: data52
              };
              if (vErrors === null) {
                vErrors = [err117];
              } else {
                vErrors.push(err117);
              }
              errors++;
            }
          }
        }
        if (data47.warnings !== void 0) {
          let data53 = data47.warnings;
          if (!(typeof data53 == "number" && !(data53 % 1) && !isNaN(data53) && isFinite(data53))) {
            const err118 = {
              instancePath: instancePath + "/summary/warnings",
              schemaPath: "#/properties/summary/properties/warnings/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema34.properties.summary.properties.warnings.type,
              parentSchema: schema34.properties.summary.properties.warnings,
              data: data53
            };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
          if (typeof data53 == "number" && isFinite(data53)) {
            if (data53 < 0 || isNaN(data53)) {
              const err119 = {
                instancePath: instancePath + "/summary/warnings",
                schemaPath: "#/properties/summary/properties/warnings/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema34.properties.summary.properties.warnings,
                data: data53
              };
              if (vErrors === null) {
                vErrors = [err119];
              } else {
                vErrors.push(err119);
              }
              errors++;
            }
          }
        }
      } else {
        const err120 = {
          instancePath: instancePath + "/summary",
          schemaPath: "#/properties/summary/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema34.properties.summary.type,
          parentSchema: schema34.properties.summary,
          data: data47
        };
        if (vErrors === null) {
          vErrors = [err120];
        } else {
          vErrors.push(err120);
        }
        errors++;
      }
    }
  } else {
    const err121 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema34.type,
      parentSchema: schema34,
      data
    };
    if (vErrors === null) {
      vErrors = [err121];
    } else {
      vErrors.push(err121);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}

// src/manifest/schema-check.ts
var FORMATS = {
  "dns-label": {
    rule: "invalid-name",
    expected: "a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters (for example us-east)"
  },
  duration: {
    rule: "invalid-duration",
    expected: "a duration: a number and a unit (ms, s, m, h, d, w), such as 30s, 10m, 1h30m or 730d"
  },
  size: {
    rule: "invalid-size",
    expected: "a size: a number and a unit (B, KB, MB, GB, TB, KiB, MiB, GiB, TiB), such as 512MiB or 20GB"
  },
  hostname: {
    rule: "invalid-hostname",
    expected: "a fully qualified host name, such as checkout.internal.example.com"
  },
  "image-repository": {
    rule: "invalid-image",
    expected: "an image repository without a tag or digest, such as ghcr.io/acme/checkout (the release names the tag)"
  },
  "relative-path": {
    rule: "path-escape",
    expected: "a relative path that stays inside its folder (no leading '/', no '..')"
  },
  "path-template": {
    rule: "path-escape",
    expected: "a relative path inside the repository (no leading '/', no '..') with only the placeholders {region} and {service}, such as regions/{region}/{service}"
  },
  "sql-identifier": {
    rule: "invalid-identifier",
    expected: "a lower-case SQL identifier: letters, digits and '_', starting with a letter or '_', at most 63 characters"
  },
  uri: {
    rule: "invalid-url",
    expected: "an http(s) URL, such as https://argocd.example.com"
  }
};
var PLATFORM = "the platform config";
var VALIDATORS = {
  service: validateService,
  platform: validatePlatform,
  plan: validatePlan
};
function pathOf(error) {
  if (error.instancePath === "") return [];
  return error.instancePath.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function displayPath(path) {
  let out = "";
  for (const segment of path) {
    if (/^\d+$/.test(String(segment))) out += `[${segment}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(String(segment))) out += out === "" ? segment : `.${segment}`;
    else out += `[${quote(String(segment))}]`;
  }
  return out === "" ? "the document" : out;
}
function describeType(value) {
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the text ${quote(value)}`;
  return `${typeof value} ${quote(value)}`;
}
var BOUND_WORDS = {
  "<=": "at most",
  ">=": "at least",
  "<": "less than",
  ">": "more than"
};
var TYPE_WORDS = {
  object: "a mapping (key: value pairs)",
  array: "a list",
  string: "text",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false"
};
var shown = quote;
function toDiagnostic(error, source, kindName) {
  const path = pathOf(error);
  const where = displayPath(path);
  const description = error.parentSchema?.description;
  const at = (p, part = "value") => source.locate(p, part);
  const make = (rule, message, position = at(path)) => ({
    rule,
    severity: "error",
    message,
    file: source.file,
    ...position
  });
  const propertyName = error.propertyName;
  switch (error.keyword) {
    case "propertyNames":
      return void 0;
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const allowed = Object.keys(error.parentSchema.properties ?? {});
      return make(
        "unknown-key",
        `Unknown key ${quote(key)} in ${where}.${didYouMean(key, allowed)} Allowed keys: ${allowed.join(", ")}.`,
        at([...path, key], "key")
      );
    }
    case "required": {
      const key = String(error.params.missingProperty);
      const properties = error.parentSchema.properties;
      const hint = properties?.[key]?.description;
      return make(
        "missing-key",
        `${where === "the document" ? "The document" : where} is missing the required key "${key}".${hint ? ` ${hint}` : ""} Add it.`,
        path.length === 0 ? { line: 1, column: 1 } : at(path, "key")
      );
    }
    case "type": {
      const expected = String(error.params.type).split(",").map((t) => TYPE_WORDS[t] ?? t).join(" or ");
      const subject = where === "the document" ? "The document" : where;
      return make("wrong-type", `${subject} must be ${expected}, not ${describeType(error.data)}.`);
    }
    case "const": {
      const expected = String(error.params.allowedValue);
      if (path.join(".") === "kind") {
        const other = error.data === "Platform" ? " This looks like platform.yaml: pass it with --platform." : error.data === "Service" ? " This looks like a service manifest: pass it with --manifest." : "";
        return make(
          "wrong-kind",
          `kind must be ${expected} in ${kindName}, not ${shown(error.data)}.${other}`
        );
      }
      if (path.join(".") === "apiVersion") {
        return make(
          "wrong-api-version",
          `apiVersion must be ${expected}, not ${shown(error.data)}.`
        );
      }
      return make("invalid-value", `${where} must be ${expected}, not ${shown(error.data)}.`);
    }
    case "enum": {
      const allowed = error.params.allowedValues.map(String);
      return make(
        "invalid-value",
        `${where} is ${shown(error.data)}; it must be one of ${listSome(allowed)}.${typeof error.data === "string" ? didYouMean(error.data, allowed) : ""}`
      );
    }
    case "format": {
      const format = FORMATS[String(error.params.format)];
      if (!format) return make("invalid-value", `${where} ${error.message ?? "is not valid"}.`);
      const value = propertyName ?? String(error.data);
      const position = propertyName === void 0 ? at(path) : at([...path, propertyName], "key");
      const label = propertyName === void 0 ? where : `The key ${quote(propertyName)} in ${where}`;
      const isName = format.rule === "invalid-name" && /[/\\]|\.\./.test(value);
      if (isName || format.rule === "path-escape" && escapesFolder(value)) {
        const repository = isName || kindName === PLATFORM ? "the environments repository" : "the service repository";
        return make(
          "path-escape",
          `${label} is ${quote(value)}, which would escape its folder in ${repository}. It must be ${format.expected}.`,
          position
        );
      }
      if (format.rule === "path-escape") {
        const placeholders = value.match(/\{[^}]*\}/g)?.filter((token) => token !== "{region}" && token !== "{service}");
        const rule = value === "" ? "empty-value" : String(error.params.format) === "path-template" ? "invalid-template" : "invalid-value";
        const uses = placeholders?.length ? `, which uses ${placeholders.join(", ")}; only {region} and {service} are replaced. It` : "; it";
        return make(
          rule,
          `${label} is ${quote(value)}${uses} must be ${format.expected}.`,
          position
        );
      }
      if (format.rule === "invalid-image" && /[:@]/.test(value.split("/").pop() ?? "")) {
        const repository = value.replace(/[:@][^/]*$/, "");
        return make(
          format.rule,
          `${label} is ${quote(value)}, which includes a tag or digest. Write the repository alone (${clip(repository)}); the release names the tag or digest.`,
          position
        );
      }
      return make(
        format.rule,
        `${label} is ${quote(value)}; it must be ${format.expected}.`,
        position
      );
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return make(
        "out-of-range",
        `${where} is ${shown(error.data)}; it must be ${BOUND_WORDS[String(error.params.comparison)] ?? error.params.comparison} ${error.params.limit}.${description ? ` ${description}` : ""}`
      );
    case "minItems":
    case "minProperties":
      return make(
        "empty-value",
        `${where} is empty; list at least one item.${description ? ` ${description}` : ""}`
      );
    case "minLength":
      return make(
        "empty-value",
        `${where} is empty; give it a value.${description ? ` ${description}` : ""}`
      );
    case "uniqueItems": {
      const second = Math.max(Number(error.params.i), Number(error.params.j));
      const items = error.data;
      return make(
        "duplicate-item",
        `${where} lists ${shown(items[second])} more than once; keep one.`,
        at([...path, String(second)])
      );
    }
    case "pattern": {
      const pattern = new RegExp(String(error.params.pattern), "u");
      const value = String(error.data);
      const fixed = [value.toUpperCase(), value.toLowerCase()].find((v) => pattern.test(v));
      const expected = description ? `: ${description.replace(/\.?$/, ".")}` : ` (${pattern.source}).`;
      return make(
        "invalid-value",
        `${where} is ${shown(error.data)}, which is not of the expected form${expected}${fixed === void 0 ? "" : ` Did you mean "${fixed}"?`}`
      );
    }
    default:
      return make("invalid-value", `${where} ${error.message ?? "is not valid"}.`);
  }
}
function checkAgainstSchema(source, name) {
  const validate = VALIDATORS[name];
  if (validate(source.value)) return [];
  const kindName = name === "service" ? "a service manifest" : PLATFORM;
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  const errors = validate.errors ?? [];
  const wrongKind = errors.filter((e) => e.instancePath === "/kind" && e.keyword === "const");
  for (const error of wrongKind.length > 0 ? wrongKind : errors) {
    const diagnostic2 = toDiagnostic(error, source, kindName);
    if (!diagnostic2) continue;
    const key = `${diagnostic2.rule}:${diagnostic2.line}:${diagnostic2.column}:${diagnostic2.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(diagnostic2);
  }
  return out;
}

// src/manifest/yaml-source.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_FILE_BYTES = 1024 * 1024;
var MAX_ALIASES = 100;
var START = { line: 1, column: 1 };
function diagnostic(file, rule, message, position = START) {
  return { rule, severity: "error", message, file, ...position };
}
function emptyFile(file) {
  return diagnostic(
    file,
    "empty-file",
    `${file} is empty; it needs at least apiVersion, kind and spec.`
  );
}
function notText(file) {
  return diagnostic(
    file,
    "not-a-text-file",
    `${file} is not a text file (it holds NUL bytes or is not UTF-8); it must be a YAML file.`
  );
}
function tooLarge(file, bytes) {
  return diagnostic(
    file,
    "file-too-large",
    `${file} is ${bytes} bytes; the limit is ${MAX_FILE_BYTES} bytes (1 MiB). Check that this is the right file.`
  );
}
function yamlMessage(code, raw) {
  const line = raw.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? raw;
  const first = clip(line);
  switch (code) {
    case "DUPLICATE_KEY":
      return {
        rule: "duplicate-key",
        message: "This key appears twice in the same mapping; keep one."
      };
    case "MULTIPLE_DOCS":
      return {
        rule: "multiple-documents",
        message: "The file holds more than one YAML document (a `---` separator); keep one document per file."
      };
    case "TAG_RESOLVE_FAILED":
      return {
        rule: "yaml-unknown-tag",
        message: `${first}. Custom YAML tags are not allowed; write a plain value.`
      };
    default:
      return {
        rule: "yaml-syntax",
        message: `YAML syntax error: ${first}. Fix the YAML at this position.`
      };
  }
}
function parseYaml(text, file) {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_FILE_BYTES) return { diagnostics: [tooLarge(file, bytes)] };
  if (/[\0\uFFFD]/.test(text)) return { diagnostics: [notText(file)] };
  if (text.split("\n").every((line) => /^\s*(?:#[^\n]*)?$/.test(line))) {
    return { diagnostics: [emptyFile(file)] };
  }
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, {
    lineCounter,
    prettyErrors: false,
    // The library's own duplicate-key check compares each key with every earlier one (quadratic:
    // 14 s for 10,000 regions); duplicateKeys() below does it in one pass.
    uniqueKeys: false,
    strict: true,
    // The core does no I/O: no process warnings (such as for a list used as a key) from the parser.
    logLevel: "error"
  });
  const position = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems = [...doc.errors, ...doc.warnings, ...duplicateKeys(doc)];
  if (problems.length > 0) {
    const diagnostics = problems.map((error) => {
      const { rule, message } = yamlMessage(error.code, error.message);
      return { offset: error.pos[0], d: diagnostic(file, rule, message, position(error.pos[0])) };
    }).sort((a, b) => a.offset - b.offset);
    const firstSyntax = diagnostics.find(({ d }) => d.rule === "yaml-syntax");
    return {
      diagnostics: diagnostics.filter((x) => x.d.rule !== "yaml-syntax" || x === firstSyntax).map(({ d }) => d)
    };
  }
  let value;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES + 1 });
  } catch (error) {
    const unresolved = error instanceof Error && error.message.startsWith("Unresolved alias") ? unresolvedAlias(doc) : void 0;
    if (unresolved) {
      return {
        diagnostics: [
          diagnostic(
            file,
            "yaml-syntax",
            `YAML syntax error: the alias *${unresolved.source} has no anchor &${unresolved.source} before it. Define the anchor first, or write the value out.`,
            unresolved.range ? position(unresolved.range[0]) : START
          )
        ]
      };
    }
    return {
      diagnostics: [
        diagnostic(
          file,
          "alias-limit",
          `The file expands more than ${MAX_ALIASES} YAML aliases; write the values out instead of nesting aliases.`
        )
      ]
    };
  }
  if (value === null || value === void 0) {
    return { diagnostics: [emptyFile(file)] };
  }
  return {
    source: { file, text, value, locate: (path, at = "value") => locate(doc, path, at, position) },
    diagnostics: []
  };
}
function duplicateKeys(doc) {
  const found = [];
  (0, import_yaml.visit)(doc, {
    Map(_key, map) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of map.items) {
        const key = (0, import_yaml.isScalar)(pair.key) ? pair.key.value : pair.key;
        if (!seen.has(key)) seen.add(key);
        else if ((0, import_yaml.isNode)(pair.key) && pair.key.range)
          found.push({
            code: "DUPLICATE_KEY",
            message: "Map keys must be unique",
            pos: [pair.key.range[0], pair.key.range[1]]
          });
      }
    }
  });
  return found;
}
function unresolvedAlias(doc) {
  const anchors = /* @__PURE__ */ new Set();
  let found;
  (0, import_yaml.visit)(doc, (_key, node) => {
    if ((0, import_yaml.isAlias)(node)) {
      if (anchors.has(node.source)) return void 0;
      found = node;
      return import_yaml.visit.BREAK;
    }
    if ((0, import_yaml.isNode)(node) && node.anchor) anchors.add(node.anchor);
    return void 0;
  });
  return found;
}
var pairIndexes = /* @__PURE__ */ new WeakMap();
function pairByKey(map, key) {
  let index = pairIndexes.get(map);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const item of map.items) {
      if (!(0, import_yaml.isPair)(item) || !(0, import_yaml.isScalar)(item.key)) continue;
      const name = String(item.key.value);
      if (!index.has(name)) index.set(name, item);
    }
    pairIndexes.set(map, index);
  }
  return index.get(key);
}
function locate(doc, path, at, position) {
  let node = doc.contents;
  let found = node && node.range ? position(node.range[0]) : START;
  for (const [index, segment] of path.entries()) {
    if ((0, import_yaml.isAlias)(node)) node = node.resolve(doc);
    let next;
    let keyNode;
    if ((0, import_yaml.isMap)(node)) {
      const pair = pairByKey(node, String(segment));
      keyNode = pair?.key;
      next = pair?.value;
    } else if ((0, import_yaml.isSeq)(node) && /^\d+$/.test(String(segment))) {
      next = node.items[Number(segment)];
    }
    const last = index === path.length - 1;
    if (last && at === "key" && keyNode && keyNode.range)
      return position(keyNode.range[0]);
    const target = next ?? keyNode;
    if (!target?.range)
      return keyNode && keyNode.range ? position(keyNode.range[0]) : found;
    found = position(target.range[0]);
    node = next;
  }
  return found;
}

// src/manifest/load.ts
function finding(source, rule, message, path, at = "value", severity = "error") {
  return { rule, severity, message, file: source.file, ...source.locate(path, at) };
}
function checkServiceRules(source, m) {
  const out = [];
  const regions = new Set(m.spec.regions);
  const listed = listSome(regions);
  const suggest = suggester(regions);
  const waves = m.spec.train?.waves;
  if (waves) {
    const seen = /* @__PURE__ */ new Map();
    waves.forEach(
      (wave, w) => wave.forEach((region, r) => {
        const path = ["spec", "train", "waves", w, r];
        if (!regions.has(region)) {
          out.push(
            finding(
              source,
              "wave-unknown-region",
              `Wave ${w + 1} names "${region}", which is not in spec.regions (${listed}).${suggest(region)} Add it to spec.regions or remove it from the wave.`,
              path
            )
          );
        } else if (seen.has(region)) {
          out.push(
            finding(
              source,
              "wave-duplicate-region",
              `"${region}" is in ${seen.get(region)} and again in wave ${w + 1}; each region goes in exactly one wave.`,
              path
            )
          );
        } else {
          seen.set(region, `wave ${w + 1}`);
        }
      })
    );
    for (const region of m.spec.regions) {
      if (!seen.has(region)) {
        out.push(
          finding(
            source,
            "wave-missing-region",
            `Region "${region}" is in spec.regions but in no wave, so no release would reach it. Add it to one wave of spec.train.waves.`,
            ["spec", "train", "waves"]
          )
        );
      }
    }
  }
  const mustBeListed = (region, path, at, what) => {
    if (!regions.has(region)) {
      out.push(
        finding(
          source,
          "region-not-in-service",
          `${what} names "${region}", which is not one of spec.regions (${listed}).${suggest(region)} Use one of spec.regions, or add "${region}" to them.`,
          path,
          at
        )
      );
    }
  };
  const routing = m.spec.routing;
  routing?.failover?.forEach(
    (r, i) => mustBeListed(r, ["spec", "routing", "failover", i], "value", "spec.routing.failover")
  );
  for (const key of ["weights", "geolocation", "hostnames"]) {
    for (const r of Object.keys(routing?.[key] ?? {}))
      mustBeListed(r, ["spec", "routing", key, r], "key", `spec.routing.${key}`);
  }
  for (const r of Object.keys(routing?.healthCheck?.id ?? {}))
    mustBeListed(
      r,
      ["spec", "routing", "healthCheck", "id", r],
      "key",
      "spec.routing.healthCheck.id"
    );
  for (const [table, spec] of Object.entries(m.spec.data?.tables ?? {})) {
    mustBeListed(
      spec.home,
      ["spec", "data", "tables", table, "home"],
      "value",
      `spec.data.tables.${table}.home`
    );
  }
  out.push(...routingSpecRules(source, m));
  const timeout = m.spec.train?.timeout;
  if (timeout !== void 0 && parseDuration(timeout) === 0) {
    out.push(
      finding(
        source,
        "invalid-duration",
        "spec.train.timeout is zero, so every wave would fail at once; give Argo CD time to sync, such as 30m.",
        ["spec", "train", "timeout"]
      )
    );
  }
  for (const [i, check] of (m.spec.train?.checks ?? []).entries())
    if (check.max === void 0 && check.min === void 0)
      out.push(
        finding(
          source,
          "check-without-bounds",
          `spec.train.checks[${i}] (${check.name}) has neither max nor min, so any value would pass; add the bound its value must stay within, such as max: 0.01.`,
          ["spec", "train", "checks", i]
        )
      );
  return out;
}
function checkPlatformRules(source, p) {
  const out = [];
  const templates = [[p.spec.layout.path, ["spec", "layout", "path"]]];
  for (const [service, override] of Object.entries(p.spec.layout.services ?? {})) {
    if (override.path)
      templates.push([override.path, ["spec", "layout", "services", service, "path"]]);
  }
  for (const [template, path] of templates) {
    for (const placeholder of ["{region}", "{service}"]) {
      if (!template.includes(placeholder)) {
        out.push(
          finding(
            source,
            "layout-missing-placeholder",
            `${displayPath(path)} "${template}" has no ${placeholder}, so different ${placeholder === "{region}" ? "regions" : "services"} would share one folder. Add ${placeholder}, as in regions/{region}/{service}.`,
            path
          )
        );
      }
    }
  }
  for (const [region, spec] of Object.entries(p.spec.regions)) {
    const app = spec.argocd.app;
    const unknown = app?.match(/\{[^}]*\}/g)?.filter((token) => token !== "{service}" && token !== "{region}");
    if (unknown && unknown.length > 0) {
      out.push(
        finding(
          source,
          "invalid-template",
          `spec.regions.${region}.argocd.app uses ${unknown.join(", ")}; only {service} and {region} are replaced.`,
          ["spec", "regions", region, "argocd", "app"]
        )
      );
    }
  }
  return out;
}
function parseChecked(text, file, schema, rules) {
  const { source, diagnostics } = parseYaml(text, file);
  if (!source) return { diagnostics };
  const schemaDiagnostics = checkAgainstSchema(source, schema);
  if (schemaDiagnostics.length > 0) return { diagnostics: sortDiagnostics(schemaDiagnostics) };
  const value = source.value;
  return { source, value, diagnostics: sortDiagnostics(rules(source, value)) };
}
function loadService(text, file) {
  const {
    source,
    value: m,
    diagnostics
  } = parseChecked(text, file, "service", checkServiceRules);
  if (!source || !m || hasErrors(diagnostics)) return { diagnostics };
  const train = m.spec.train ?? {};
  const service = {
    file,
    name: m.metadata.name,
    labels: m.metadata.labels ?? {},
    image: m.spec.image,
    regions: [...m.spec.regions],
    train: {
      waves: train.waves ?? m.spec.regions.map((r) => [r]),
      approvals: train.approvals ?? DEFAULTS.approvals,
      bakeSeconds: parseDuration(train.bake ?? DEFAULTS.bake),
      timeoutSeconds: parseDuration(train.timeout ?? DEFAULTS.timeout),
      onFailure: train.onFailure ?? DEFAULTS.onFailure,
      checks: train.checks ?? []
    },
    raw: m,
    locate: source.locate
  };
  if (m.metadata.team !== void 0) service.team = m.metadata.team;
  if (m.spec.routing) service.routing = m.spec.routing;
  if (m.spec.data) service.data = m.spec.data;
  return { value: service, diagnostics };
}
function ownKeysOnly(record) {
  return Object.assign(/* @__PURE__ */ Object.create(null), record);
}
function loadPlatform(text, file) {
  const {
    source,
    value: p,
    diagnostics
  } = parseChecked(text, file, "platform", checkPlatformRules);
  if (!source || !p || hasErrors(diagnostics)) return { diagnostics };
  const layout = p.spec.layout;
  const platform = {
    file,
    layout: {
      path: layout.path,
      image: layout.image ?? "kustomize",
      valuesFile: layout.valuesFile ?? DEFAULTS.valuesFile,
      services: ownKeysOnly(layout.services ?? {})
    },
    compliance: [...p.spec.compliance ?? []],
    rollbackApprovals: p.spec.rollback?.approvals ?? DEFAULTS.rollbackApprovals,
    regions: ownKeysOnly(p.spec.regions),
    raw: p,
    locate: source.locate
  };
  if (p.metadata?.name !== void 0) platform.name = p.metadata.name;
  return { value: platform, diagnostics };
}
function checkServiceAgainstPlatform(service, platform) {
  const out = [];
  const known = Object.keys(platform.regions);
  const knownList = listSome(known);
  const suggest = suggester(known);
  service.regions.forEach((region, i) => {
    if (!platform.regions[region]) {
      out.push({
        rule: "unknown-region",
        severity: "error",
        message: `Region "${region}" is not defined in ${platform.file} (regions: ${knownList}).${suggest(region)} Fix the name or ask the platform team to add the region.`,
        file: service.file,
        ...service.locate(["spec", "regions", i])
      });
    }
  });
  const jurisdictions = new Set(Object.values(platform.regions).map((r) => r.jurisdiction));
  const suggestJurisdiction = suggester(jurisdictions);
  const jurisdictionList = listSome(jurisdictions);
  for (const [table, spec] of Object.entries(service.data?.tables ?? {})) {
    spec.residency?.forEach((j, i) => {
      if (!jurisdictions.has(j)) {
        out.push({
          rule: "unknown-jurisdiction",
          severity: "warning",
          message: `Table ${table} allows jurisdiction ${j}, but no platform region is in it (jurisdictions: ${jurisdictionList}).${suggestJurisdiction(j)} Remove it, or ask the platform team for a region in ${j}.`,
          file: service.file,
          ...service.locate(["spec", "data", "tables", table, "residency", i])
        });
      }
    });
  }
  return sortDiagnostics(out);
}

// src/workspace/local-files.ts
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var UTF8 = new TextDecoder("utf-8", { fatal: true });
function decodeText(bytes) {
  if (bytes.includes(0)) return void 0;
  try {
    return UTF8.decode(bytes);
  } catch {
    return void 0;
  }
}
function isInside(root, real) {
  const path = relative(root, real);
  return path !== ".." && !path.startsWith(`..${sep}`) && !isAbsolute(path);
}
async function readTextInside(root, path) {
  let real;
  let base;
  try {
    base = await realpath(resolve(root));
    real = await realpath(resolve(base, path));
  } catch (error) {
    const code = error.code ?? String(error);
    return code === "ENOENT" || code === "ENOTDIR" ? { problem: "missing" } : { problem: "unreadable", code };
  }
  if (!isInside(base, real)) return { problem: "symlink-escape", target: real };
  try {
    const info = await stat(real);
    if (!info.isFile()) return { problem: "not-a-file" };
    if (info.size > MAX_FILE_BYTES) return { problem: "too-large", bytes: info.size };
    const bytes = await readFile(real);
    if (bytes.length > MAX_FILE_BYTES) return { problem: "too-large", bytes: bytes.length };
    const text = decodeText(bytes);
    return text === void 0 ? { problem: "not-text" } : { text };
  } catch (error) {
    return { problem: "unreadable", code: error.code ?? String(error) };
  }
}
async function readInputFile(path, what, flag) {
  const read = await readTextInside(dirname(path), basename(path));
  if ("text" in read) return read;
  const diagnostic2 = (rule, message) => ({
    diagnostic: { file: path, line: 1, column: 1, severity: "error", rule, message }
  });
  switch (read.problem) {
    case "missing":
      return diagnostic2("file-not-found", `${path} does not exist; point ${flag} at the ${what}.`);
    case "not-a-file":
      return diagnostic2("file-not-found", `${path} is not a file; point ${flag} at the ${what}.`);
    case "symlink-escape":
      return diagnostic2(
        "symlink-refused",
        `${path} is a symbolic link that leads out of its folder; multiregion reads only files inside it. Point ${flag} at the ${what} itself, or copy it here.`
      );
    case "too-large":
      return { diagnostic: tooLarge(path, read.bytes) };
    case "not-text":
      return { diagnostic: notText(path) };
    case "unreadable":
      return diagnostic2(
        "file-not-found",
        `${path} cannot be read (${read.code}); check its permissions.`
      );
  }
}
async function readEnvRepo(dir, paths) {
  const files = /* @__PURE__ */ new Map();
  await Promise.all(
    paths.map(async (path) => {
      const read = await readTextInside(dir, path);
      if ("text" in read) files.set(path, read.text);
    })
  );
  return files;
}
async function listFolders(root, dir) {
  try {
    const base = await realpath(resolve(root));
    const real = await realpath(join(base, dir));
    if (!isInside(base, real)) return [];
    const entries = await readdir(real, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory()).map((e) => e.name);
  } catch {
    return [];
  }
}

export {
  parseDuration,
  isHostname,
  DEFAULTS,
  ROUTING_DEFAULTS,
  normalName,
  hostnameOf,
  LATENCY_REGIONS,
  closest,
  didYouMean,
  require_dist,
  MAX_FILE_BYTES,
  loadService,
  loadPlatform,
  checkServiceAgainstPlatform,
  readInputFile,
  readEnvRepo,
  listFolders
};
