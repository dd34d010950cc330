import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

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
    var isMap5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar7 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
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
    var hasAnchor = (node) => (isScalar7(node) || isCollection(node)) && !!node.anchor;
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
    exports.isMap = isMap5;
    exports.isNode = isNode2;
    exports.isPair = isPair2;
    exports.isScalar = isScalar7;
    exports.isSeq = isSeq4;
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
    var Scalar2 = class extends Node.NodeBase {
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
    Scalar2.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar2.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar2.PLAIN = "PLAIN";
    Scalar2.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar2.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar2;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
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
          const node2 = new Scalar2.Scalar(value);
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
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar2.Scalar(value);
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
    var Scalar2 = require_Scalar();
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
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar2.Scalar.BLOCK_FOLDED ? false : type === Scalar2.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
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
      let header3 = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header3 += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar2.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header3}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header3}
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
      if (!implicitKey && !inFlow && type !== Scalar2.Scalar.PLAIN && value.includes("\n")) {
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
      if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar2.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar2.Scalar.BLOCK_FOLDED:
          case Scalar2.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar2.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.PLAIN:
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
    function stringify5(item, ctx, onComment, onChompKeep) {
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
    exports.stringify = stringify5;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var stringify5 = require_stringify();
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
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar2.Scalar.BLOCK_FOLDED || key.type === Scalar2.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify5.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
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
      const valueStr = stringify5.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
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
    var Scalar2 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar2.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar2.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
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
    var stringify5 = require_stringify();
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
        const strCtx = stringify5.createStringifyContext(ctx.doc, {});
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
    var stringify5 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify6 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify6(collection, ctx, options);
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
        let str2 = stringify5.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
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
        let str = stringify5.stringify(item, itemCtx, () => comment = null);
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
    var Scalar2 = require_Scalar();
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
          if (identity.isScalar(prev.value) && Scalar2.isScalarValue(_pair.value))
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
    var Scalar2 = require_Scalar();
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
        if (identity.isScalar(prev) && Scalar2.isScalarValue(value))
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
    var Scalar2 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar2.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar2.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar2.Scalar(str[0] === "t" || str[0] === "T"),
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
    var Scalar2 = require_Scalar();
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
        const node = new Scalar2.Scalar(parseFloat(str));
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
    var Scalar2 = require_Scalar();
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
        createNode: () => new Scalar2.Scalar(null),
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
    var Scalar2 = require_Scalar();
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
        type ?? (type = Scalar2.Scalar.BLOCK_LITERAL);
        if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar2.Scalar.BLOCK_LITERAL ? "\n" : " ");
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
    var Scalar2 = require_Scalar();
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
            const pair = item.items[0] || new Pair.Pair(new Scalar2.Scalar(null));
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
    var Scalar2 = require_Scalar();
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
      resolve: () => new Scalar2.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar2.Scalar(false),
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
    var Scalar2 = require_Scalar();
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
        const node = new Scalar2.Scalar(parseFloat(str.replace(/_/g, "")));
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
    var stringify5 = require_stringify();
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
      const ctx = stringify5.createStringifyContext(doc, options);
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
        let body = stringify5.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify5.stringify(doc.contents, ctx));
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
      let commentEnd2 = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
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
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd2 = keyProps.end;
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
        const valueProps = resolveProps.resolveProps(sep ?? [], {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
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
      if (commentEnd2 && commentEnd2 < offset)
        onError(commentEnd2, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd2 ?? offset];
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
      let commentEnd2 = null;
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
            commentEnd2 = props.end;
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
      seq.range = [bs.offset, offset, commentEnd2 ?? offset];
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
        let sep = "";
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
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
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
      const isMap5 = fc.start.source === "{";
      const fcName = isMap5 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap5 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
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
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
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
          if (!isMap5 && ctx.options.strict && utilContainsNewline.containsNewline(key))
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
        if (!isMap5 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
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
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap5 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
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
          if (isMap5) {
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
      const expectedEnd = isMap5 ? "}" : "]";
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
    var Scalar2 = require_Scalar();
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
      const node = identity.isNode(res) ? res : new Scalar2.Scalar(res);
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
    var Scalar2 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header3 = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header3)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header3.mode === ">" ? Scalar2.Scalar.BLOCK_FOLDED : Scalar2.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines2(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header3.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header3.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header3.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header3.indent;
      let offset = scalar.offset + header3.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header3.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header3.indent === 0)
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
      let sep = "";
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
          const src = header3.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar2.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header3.chomp) {
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
      const end = start + header3.length + scalar.source.length;
      return { value, type, comment: header3.comment, range: [start, end, end] };
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
    function splitLines2(source) {
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
    var Scalar2 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar2.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_DOUBLE;
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
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
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
    var Scalar2 = require_Scalar();
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
        scalar = identity.isScalar(res) ? res : new Scalar2.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar2.Scalar(value);
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
            const header3 = token.props[0];
            if (header3.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header3.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
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
        const header3 = token.props[0];
        if (header3.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header3.source = head;
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
    var stringify5 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
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
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify5;
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
    var isScalar7 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
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
    exports.isScalar = isScalar7;
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
    var LineCounter3 = class {
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
    exports.LineCounter = LineCounter3;
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
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
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
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
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
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
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
    function parseDocument3(source, options = {}) {
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
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument3(src, options);
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
    function stringify5(value, replacer, options) {
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
    exports.parse = parse3;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument3;
    exports.stringify = stringify5;
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
    var Scalar2 = require_Scalar();
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
    exports.Scalar = Scalar2.Scalar;
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

// src/manifest/diagnostic.ts
function hasErrors(diagnostics) {
  return diagnostics.some((d) => d.severity === "error");
}
function sortDiagnostics(diagnostics) {
  return [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule)
  );
}
var MAX_QUOTED = 100;
function clip(text, max = MAX_QUOTED) {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join("")}\u2026 (${chars.length} characters)`;
}
function quote(value) {
  if (typeof value !== "string") return clip(JSON.stringify(value) ?? String(value));
  const chars = [...value];
  if (chars.length <= MAX_QUOTED) return JSON.stringify(value);
  return `${JSON.stringify(chars.slice(0, MAX_QUOTED).join(""))}\u2026 (${chars.length} characters)`;
}
function listSome(items, max = 10) {
  const all = [...items];
  const shown2 = all.slice(0, max).join(", ");
  return all.length <= max ? shown2 : `${shown2} \u2026 and ${all.length - max} more`;
}

// src/manifest/formats.ts
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

// src/routing/annotations.ts
var KNOWN_PREFIXES = ["external-dns.kubernetes.io/", "external-dns.alpha.kubernetes.io/"];
function recordAnnotations(record) {
  const out = { hostname: record.name };
  if (record.setIdentifier !== void 0) out["set-identifier"] = record.setIdentifier;
  if (!record.alias) out.ttl = String(record.ttl);
  if (record.awsRegion !== void 0) out["aws-region"] = record.awsRegion;
  if (record.failover !== void 0) out["aws-failover"] = record.failover;
  if (record.weight !== void 0) out["aws-weight"] = String(record.weight);
  if (record.continent !== void 0) out["aws-geolocation-continent-code"] = record.continent;
  if (record.country !== void 0) out["aws-geolocation-country-code"] = record.country;
  if (record.subdivision !== void 0) out["aws-geolocation-subdivision-code"] = record.subdivision;
  if (record.healthCheckId !== void 0) out["aws-health-check-id"] = record.healthCheckId;
  if (record.alias) out.alias = "true";
  if (record.evaluateTargetHealth !== void 0)
    out["aws-evaluate-target-health"] = String(record.evaluateTargetHealth);
  return out;
}
function withPrefix(prefix, annotations) {
  return Object.fromEntries(
    Object.entries(annotations).map(([key, value]) => [`${prefix}${key}`, value])
  );
}

// src/routing/route53-locations.ts
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

// src/routing/validate.ts
var PROVIDER_MIN_TTL = {
  cloudflare: { min: 120, allowed: [1] }
};
var MAX_TTL = 2147483647;
var POLICY_KEYS = [
  ["weighted", (k) => k === "aws-weight"],
  ["latency", (k) => k === "aws-region"],
  ["failover", (k) => k === "aws-failover"],
  ["geolocation", (k) => k.startsWith("aws-geolocation-")],
  ["geoproximity", (k) => k.startsWith("aws-geoproximity-")],
  ["multivalue", (k) => k === "aws-multi-value-answer"]
];
function policiesOf(view) {
  const keys = [...view.keys.keys()];
  return POLICY_KEYS.filter(([, test]) => keys.some(test)).map(([policy]) => policy);
}
function parseTtl(value) {
  if (/^-?\d+$/.test(value)) return Number(value);
  const units = { h: 3600, m: 60, s: 1, ms: 1e-3, us: 1e-6, ns: 1e-9 };
  const parts = [...value.matchAll(/(\d+(?:\.\d+)?)(ns|us|ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join("") !== value) return void 0;
  return Math.trunc(parts.reduce((sum, p) => sum + Number(p[1]) * units[p[2]], 0));
}
function normal(name) {
  return name.trim().toLowerCase().replace(/\.$/, "");
}
function names(view) {
  return (view.keys.get("hostname")?.value ?? "").split(",").map(normal).filter((n) => n !== "");
}
function inZone(name, zone) {
  const [n, z] = [normal(name), normal(zone)];
  return n === z || n.endsWith(`.${z}`);
}
function validateViews(views, ctx) {
  const claimed = new Map([...ctx.claimed].map(([name, owner]) => [normal(name), owner]));
  const findings = [];
  const add = (rule, severity, message, at, region2) => findings.push({ rule, severity, message, ...at, region: region2 });
  const byName = /* @__PURE__ */ new Map();
  for (const view of views) {
    const key = (k) => view.keys.get(k);
    const where = (k) => key(k)?.at ?? view.at;
    const p = view.prefix;
    const policies = policiesOf(view);
    for (const name of names(view)) {
      byName.set(name, [...byName.get(name) ?? [], view]);
      if (view.zone !== "" && !inZone(name, view.zone))
        add(
          "dns-hostname-zone",
          "error",
          `${name} is not inside ${view.region}'s DNS zone ${view.zone}, so its ExternalDNS (--domain-filter) would silently leave it unmanaged. Use a name ending in .${view.zone}, or give ${view.region} its own name in spec.routing.hostnames.`,
          where("hostname"),
          view.region
        );
      const owner = claimed.get(name);
      if (owner !== void 0 && owner !== ctx.service)
        add(
          "dns-hostname-claimed",
          "error",
          `${name} is already published by service ${owner}; two services on one name would overwrite each other's records. Choose another hostname.`,
          where("hostname"),
          view.region
        );
    }
    if (policies.length > 1)
      add(
        "dns-mixed-policy",
        "error",
        `${view.region}'s annotations ask for several routing policies (${policies.join(", ")}); Route 53 allows one per record. Remove the annotations of the policy you no longer use (a policy change needs the old record deleted first).`,
        view.at,
        view.region
      );
    if (policies.length > 0 && !key("set-identifier"))
      add(
        "dns-set-identifier-missing",
        "error",
        `${view.region} asks for a ${policies[0]} record without ${p}set-identifier; Route 53 rejects it ("Missing field 'SetIdentifier'"). Add a set-identifier unique to the region.`,
        view.at,
        view.region
      );
    const weight = key("aws-weight");
    if (weight && !(/^\d+$/.test(weight.value) && Number(weight.value) <= 255))
      add(
        "dns-weight-range",
        "error",
        `${p}aws-weight is "${weight.value}"; Route 53 takes an integer from 0 to 255 (ExternalDNS turns anything else into 0).`,
        weight.at,
        view.region
      );
    const awsRegion = key("aws-region");
    if (awsRegion && !LATENCY_REGIONS.has(awsRegion.value))
      add(
        "dns-latency-region",
        "error",
        `${p}aws-region is "${awsRegion.value}", which is not a Region Route 53 takes for a latency record (such as us-east-1 or eu-north-1), so Route 53 would refuse ${view.region}'s record. The value is the region's location in the platform config: ask the platform team to set it to the AWS Region the cluster runs in, or choose another policy.`,
        awsRegion.at,
        view.region
      );
    const failover = key("aws-failover");
    if (failover && !["PRIMARY", "SECONDARY"].includes(failover.value))
      add(
        "dns-failover-value",
        "error",
        `${p}aws-failover is "${failover.value}"; it must be PRIMARY or SECONDARY.`,
        failover.at,
        view.region
      );
    if (failover?.value === "PRIMARY" && key("alias")?.value !== "true" && !key("aws-health-check-id"))
      add(
        "dns-failover-health",
        "error",
        `${view.region} is the PRIMARY of a failover record without a health check; Route 53 rejects a non-alias primary without one. Set spec.routing.healthCheck.id.${view.region}, or keep alias records (spec.routing.alias) so the load balancer's health is evaluated.`,
        failover.at,
        view.region
      );
    const continent = key("aws-geolocation-continent-code");
    const country = key("aws-geolocation-country-code");
    const subdivision = key("aws-geolocation-subdivision-code");
    if (continent && (country || subdivision))
      add(
        "dns-geolocation-one-of",
        "error",
        `${view.region} sets a continent and a country; Route 53 takes one (ExternalDNS silently keeps the continent). Keep one of them.`,
        (country ?? subdivision).at,
        view.region
      );
    else if (subdivision && !country)
      add(
        "dns-geolocation-one-of",
        "error",
        `${view.region} sets a subdivision without its country; add the country code (such as US for a US state).`,
        subdivision.at,
        view.region
      );
    const proximity = [
      "aws-geoproximity-region",
      "aws-geoproximity-local-zone-group",
      "aws-geoproximity-coordinates"
    ].filter((k) => key(k));
    if (policies.includes("geoproximity") && proximity.length !== 1)
      add(
        "dns-geoproximity-one-of",
        "error",
        `${view.region}'s geoproximity record must set exactly one of aws-geoproximity-region, -local-zone-group and -coordinates (it sets ${proximity.length === 0 ? "none" : proximity.join(", ")}); Route 53 rejects anything else.`,
        key(proximity[1] ?? "")?.at ?? view.at,
        view.region
      );
    const bias = key("aws-geoproximity-bias");
    if (bias && !(/^-?\d+$/.test(bias.value) && Math.abs(Number(bias.value)) <= 99))
      add(
        "dns-geoproximity-range",
        "error",
        `${p}aws-geoproximity-bias is "${bias.value}"; it must be an integer from -99 to 99.`,
        bias.at,
        view.region
      );
    const coordinates = key("aws-geoproximity-coordinates");
    if (coordinates) {
      const [lat, long, ...rest] = coordinates.value.split(",").map(Number);
      if (rest.length > 0 || !(Math.abs(lat) <= 90 && Math.abs(long) <= 180))
        add(
          "dns-geoproximity-range",
          "error",
          `${p}aws-geoproximity-coordinates is "${coordinates.value}"; it must be "latitude,longitude" with latitude -90..90 and longitude -180..180.`,
          coordinates.at,
          view.region
        );
    }
    const multi = key("aws-multi-value-answer");
    if (multi && multi.value !== "true")
      add(
        "dns-multi-value-answer",
        "warning",
        `${p}aws-multi-value-answer is "${multi.value}", but ExternalDNS turns multivalue on whenever the annotation is present. Remove the annotation to turn it off.`,
        multi.at,
        view.region
      );
    const ttl2 = key("ttl");
    if (ttl2) {
      const seconds = parseTtl(ttl2.value);
      const floor = PROVIDER_MIN_TTL[view.provider];
      if (seconds === void 0 || seconds < 1 || seconds > MAX_TTL)
        add(
          "dns-ttl-invalid",
          "error",
          `${p}ttl is "${ttl2.value}"; ExternalDNS takes whole seconds from 1 to ${MAX_TTL} (or a duration such as 1m) and ignores anything else with only a log line.`,
          ttl2.at,
          view.region
        );
      else if (floor && seconds < floor.min && !floor.allowed.includes(seconds))
        add(
          "dns-ttl-below-minimum",
          "error",
          `${view.region}'s provider ${view.provider} takes TTLs of at least ${floor.min} s (or ${floor.allowed.join(", ")} for automatic); ${ttl2.value} would be rejected. Raise spec.routing.ttl to ${floor.min}.`,
          ttl2.at,
          view.region
        );
    }
    const controller = key("controller");
    if (controller && controller.value !== "dns-controller")
      add(
        "dns-controller-value",
        "error",
        `${p}controller is "${controller.value}"; ExternalDNS skips every object whose controller annotation is not dns-controller, so none of its records would be published. Remove the annotation.`,
        controller.at,
        view.region
      );
    for (const foreign of view.foreign)
      add(
        "dns-annotation-prefix",
        "warning",
        `${foreign.key} uses a prefix ${view.region}'s ExternalDNS does not read (it is configured for ${p} in the platform config), so it has no effect. Rename it to ${p}${foreign.key.slice(foreign.key.indexOf("/") + 1)} or remove it.`,
        foreign.at,
        view.region
      );
  }
  for (const [name, members] of byName) {
    const ids = /* @__PURE__ */ new Map();
    for (const view of members) {
      const id = view.keys.get("set-identifier");
      if (!id) continue;
      const first = ids.get(id.value);
      if (first)
        add(
          "dns-set-identifier-duplicate",
          "error",
          `${name} has set-identifier "${id.value}" in both ${first.region} and ${view.region}; each region's record needs its own, or Route 53 keeps only one.`,
          id.at,
          view.region
        );
      else ids.set(id.value, view);
    }
    const policies = new Set(members.map(policiesOf).flatMap((p) => p.length === 1 ? p : []));
    if (policies.size > 0 && members.some((m) => policiesOf(m).length === 0)) policies.add("simple");
    if (policies.size > 1) {
      const last = members[members.length - 1];
      add(
        "dns-mixed-policy",
        "error",
        `${name} mixes routing policies across regions (${[...policies].join(", ")}: ${members.map((m) => `${m.region} ${policiesOf(m).join("+") || "simple"}`).join(", ")}); Route 53 allows one policy per name. Make every region use spec.routing.policy, removing stale annotations by hand.`,
        last.at,
        last.region
      );
    }
    const latencyRegions = /* @__PURE__ */ new Map();
    for (const view of members) {
      const awsRegion = view.keys.get("aws-region");
      if (!awsRegion) continue;
      const first = latencyRegions.get(awsRegion.value);
      if (first)
        add(
          "dns-latency-duplicate",
          "error",
          `${first.region} and ${view.region} both publish a latency record for ${awsRegion.value} on ${name}; Route 53 takes one latency record per AWS Region and name, so it would refuse the second. Give one of them a name of its own in spec.routing.hostnames, or use policy weighted.`,
          awsRegion.at,
          view.region
        );
      else latencyRegions.set(awsRegion.value, view);
    }
    const weighted = members.filter((m) => m.keys.has("aws-weight"));
    if (weighted.length > 100)
      add(
        "dns-weight-range",
        "error",
        `${name} has ${weighted.length} weighted records; Route 53 allows at most 100 per name.`,
        weighted[100].at,
        weighted[100].region
      );
    const tiers = members.map((m) => m.keys.get("aws-failover")?.value).filter((v) => v !== void 0);
    const primaries = tiers.filter((t) => t === "PRIMARY").length;
    const secondaries = tiers.filter((t) => t === "SECONDARY").length;
    if (tiers.length > 0 && (primaries !== 1 || secondaries !== 1)) {
      const last = members[members.length - 1];
      add(
        "dns-failover-pair",
        "error",
        `${name} has ${primaries} PRIMARY and ${secondaries} SECONDARY failover records; Route 53 takes exactly one of each. Order the regions in spec.routing.failover (more than two are nested for you).`,
        last.keys.get("aws-failover")?.at ?? last.at,
        last.region
      );
    }
  }
  return findings;
}
function splitByPrefix(all, prefix) {
  const own = /* @__PURE__ */ new Map();
  const foreign = [];
  for (const [key, value] of all) {
    if (key.startsWith(prefix)) own.set(key.slice(prefix.length), value);
    else if (KNOWN_PREFIXES.some((other) => other !== prefix && key.startsWith(other)))
      foreign.push([key, value]);
  }
  return { own, foreign };
}

// src/routing/compile.ts
var ROUTING_PROVIDERS = /* @__PURE__ */ new Set(["aws"]);
var ROUTING_DEFAULTS = {
  policy: "latency",
  ttl: 60,
  timeout: "2s",
  retries: 2,
  weight: 100,
  alias: true
};
var MANAGED_KEYS = [
  "hostname",
  "set-identifier",
  "ttl",
  "aws-region",
  "aws-failover",
  "aws-weight",
  "aws-geolocation-continent-code",
  "aws-geolocation-country-code",
  "aws-geolocation-subdivision-code",
  "aws-health-check-id",
  "alias",
  "aws-evaluate-target-health"
];
function normalName(name) {
  return name.toLowerCase().replace(/\.$/, "");
}
function hostnameOf(routing, region2) {
  return normalName(routing.hostnames?.[region2] ?? routing.hostname);
}
function inChinaPartition(location2) {
  return location2.startsWith("cn-");
}
function prefixOf(platform, region2) {
  return platform.regions[region2]?.dns?.annotationPrefix ?? DEFAULTS.annotationPrefix;
}
function recordSets(service, platform) {
  const sets = /* @__PURE__ */ new Map();
  if (!service.routing) return sets;
  for (const region2 of service.regions) {
    if (!platform.regions[region2]) continue;
    const name = hostnameOf(service.routing, region2);
    sets.set(name, [...sets.get(name) ?? [], region2]);
  }
  return sets;
}
function failoverChain(routing, members) {
  const listed = routing.failover?.filter((r) => members.includes(r)) ?? [];
  return listed.length > 0 ? listed : [...members];
}
function nestedName(name, tier) {
  const dot = name.indexOf(".");
  return `${name.slice(0, dot)}-tier${tier}${name.slice(dot)}`;
}
function compileDns(service, platform) {
  const routing = service.routing;
  const findings = [];
  const regions = [];
  if (!routing) return { regions, findings };
  const policy = routing.policy ?? ROUTING_DEFAULTS.policy;
  const ttl2 = routing.ttl ?? ROUTING_DEFAULTS.ttl;
  const alias = routing.alias ?? ROUTING_DEFAULTS.alias;
  const find = (rule, severity, message, path, region2) => {
    const finding2 = {
      rule,
      severity,
      message,
      file: service.file,
      ...service.locate(path)
    };
    if (region2 !== void 0) finding2.region = region2;
    findings.push(finding2);
  };
  if (alias && routing.ttl !== void 0) {
    find(
      "dns-alias-ttl",
      "info",
      `Route 53 ignores the TTL of ALIAS records (it uses the load balancer's); spec.routing.ttl still applies to k8gb and plain records. Remove it, or set "alias: false" for plain records with this TTL.`,
      ["spec", "routing", "ttl"]
    );
  }
  if (routing.alias === false && service.regions.some((r) => platform.regions[r]?.dns?.provider === "aws"))
    find(
      "dns-alias-false",
      "warning",
      `ExternalDNS makes ALIAS records to an AWS load balancer whatever "alias: false" says, unless its controller runs with --aws-prefer-cname: Route 53 then ignores spec.routing.ttl and evaluates the load balancer's health. Ask the platform team whether the Route 53 regions' ExternalDNS runs with --aws-prefer-cname, or remove "alias: false".`,
      ["spec", "routing", "alias"]
    );
  for (const [name, members] of recordSets(service, platform)) {
    const chain = failoverChain(routing, members);
    const shared = members.length > 1;
    const hostPathOf = (region2) => routing.hostnames?.[region2] ? ["spec", "routing", "hostnames", region2] : ["spec", "routing", "hostname"];
    findings.push(...partitionFindings(service, platform, name, members, hostPathOf));
    if (policy === "failover" && shared) {
      const listed = (routing.failover ?? []).filter((r) => members.includes(r));
      if (chain.length < 2) {
        find(
          "dns-failover-pair",
          "error",
          `Policy failover needs at least two regions of ${name} in spec.routing.failover (PRIMARY and SECONDARY), but it names only ${chain.join(", ")}. Add the region to fail over to, or choose another policy.`,
          ["spec", "routing", "failover", (routing.failover ?? []).indexOf(listed[0])],
          chain[0]
        );
        continue;
      }
      const nested = Array.from({ length: chain.length - 2 }, (_, i) => nestedName(name, i + 2));
      const tooLong = nested.find((n) => !isHostname(n));
      if (tooLong !== void 0) {
        find(
          "dns-failover-nesting",
          "error",
          `Failover over ${chain.length} regions nests through ${tooLong}, which is longer than DNS allows (labels of at most 63 characters, names of at most 253), so Route 53 would refuse it. Shorten the hostname's first label (the tiers add -tier2, -tier3 ... to it), or fail over between two regions.`,
          hostPathOf(chain[0]),
          chain[0]
        );
        continue;
      }
      const outside = nested.find(
        (n) => members.some((r) => !inZone(n, platform.regions[r]?.dns?.zone ?? n))
      );
      if (outside !== void 0) {
        find(
          "dns-failover-nesting",
          "error",
          `Failover over ${chain.length} regions nests through ${outside}, which is outside the zone of ${name} (an apex name has no label to extend), so ExternalDNS would not publish it. Use a name below the zone apex (such as checkout.${name}), or fail over between two regions.`,
          ["spec", "routing", "failover"],
          chain[0]
        );
        continue;
      }
    }
    for (const region2 of members) {
      const settings = platform.regions[region2];
      const dns = settings.dns;
      const hostPath = hostPathOf(region2);
      const plan2 = {
        region: region2,
        provider: dns?.provider ?? "none",
        zone: dns?.zone ?? "",
        prefix: prefixOf(platform, region2),
        hostname: name,
        endpoint: [],
        origins: { hostname: hostPath, ttl: ["spec", "routing", "ttl"] }
      };
      regions.push(plan2);
      const regionIndex = service.regions.indexOf(region2);
      if (!dns) {
        find(
          "dns-not-configured",
          "error",
          `Region ${region2} has no dns settings in ${platform.file}, so ${name} cannot be published there. Ask the platform team to add spec.regions.${region2}.dns, or remove ${region2} from spec.regions.`,
          ["spec", "regions", regionIndex],
          region2
        );
        continue;
      }
      if (dns.provider === "k8gb") {
        plan2.gslb = gslbStrategy(routing, policy, ttl2, members, chain);
        continue;
      }
      const base = { name, policy: "simple", carrier: "Service", ttl: ttl2, alias };
      const healthCheckId = routing.healthCheck?.id?.[region2];
      if (healthCheckId !== void 0) {
        base.healthCheckId = healthCheckId;
        plan2.origins["aws-health-check-id"] = ["spec", "routing", "healthCheck", "id", region2];
      }
      if (alias) base.evaluateTargetHealth = true;
      if (!ROUTING_PROVIDERS.has(dns.provider)) {
        if (shared) {
          find(
            "dns-provider-unsupported",
            "error",
            `Region ${region2} publishes DNS through ${dns.provider}, which has no routing policies in ExternalDNS (only Route 53 has), so ${name} cannot be shared by ${members.join(", ")} with policy ${policy}. Give ${region2} its own name in spec.routing.hostnames, or ask the platform team to serve it through k8gb.`,
            ["spec", "routing", "policy"],
            region2
          );
          continue;
        }
        plan2.service = { name, policy: "simple", carrier: "Service", ttl: ttl2, alias: false };
        continue;
      }
      const setIdentifier = `${service.name}-${region2}`;
      const record = { ...base, setIdentifier };
      plan2.origins["set-identifier"] = ["metadata", "name"];
      switch (policy) {
        case "latency":
          record.policy = "latency";
          record.awsRegion = settings.location;
          plan2.origins["aws-region"] = ["spec", "regions", regionIndex];
          break;
        case "weighted":
          record.policy = "weighted";
          record.weight = routing.weights?.[region2] ?? ROUTING_DEFAULTS.weight;
          plan2.origins["aws-weight"] = routing.weights?.[region2] !== void 0 ? ["spec", "routing", "weights", region2] : ["spec", "routing", "policy"];
          break;
        case "geolocation": {
          const geo = routing.geolocation?.[region2];
          if (!geo) {
            find(
              "dns-region-not-routed",
              "warning",
              `Region ${region2} has no entry in spec.routing.geolocation, so the geolocation record set ${name} sends it no traffic. Add one (such as "${region2}: { country: US }").`,
              ["spec", "regions", regionIndex],
              region2
            );
            continue;
          }
          record.policy = "geolocation";
          const geoPath = ["spec", "routing", "geolocation", region2];
          if (geo.continent !== void 0) {
            record.continent = geo.continent;
            plan2.origins["aws-geolocation-continent-code"] = [...geoPath, "continent"];
          }
          if (geo.country !== void 0) {
            record.country = geo.country;
            plan2.origins["aws-geolocation-country-code"] = [...geoPath, "country"];
          }
          if (geo.subdivision !== void 0) {
            record.subdivision = geo.subdivision;
            plan2.origins["aws-geolocation-subdivision-code"] = [...geoPath, "subdivision"];
          }
          break;
        }
        case "failover": {
          const tier = chain.indexOf(region2);
          if (tier === -1) {
            find(
              "dns-region-not-routed",
              "warning",
              `Region ${region2} is not in spec.routing.failover, so the failover record set ${name} never sends it traffic. Add it to the list, or remove it from spec.regions.`,
              ["spec", "regions", regionIndex],
              region2
            );
            continue;
          }
          if (!shared) {
            plan2.service = base;
            continue;
          }
          record.policy = "failover";
          const last = tier === chain.length - 1;
          const level = last ? chain.length - 1 : tier + 1;
          record.name = level === 1 ? name : nestedName(name, level);
          record.failover = last ? "SECONDARY" : "PRIMARY";
          plan2.origins["aws-failover"] = ["spec", "routing", "failover", tier];
          plan2.origins.hostname = ["spec", "routing", "failover", tier];
          if (tier === 0) plan2.endpoint = nestingRecords(service.name, name, chain.length, ttl2);
          break;
        }
      }
      plan2.service = record;
    }
  }
  return { regions, findings };
}
function nestingRecords(service, name, tiers, ttl2) {
  const records = [];
  for (let level = 1; level <= tiers - 2; level++) {
    records.push({
      name: level === 1 ? name : nestedName(name, level),
      policy: "failover",
      carrier: "DNSEndpoint",
      setIdentifier: `${service}-tier${level + 1}`,
      failover: "SECONDARY",
      ttl: ttl2,
      alias: true,
      evaluateTargetHealth: true,
      target: nestedName(name, level + 1)
    });
  }
  return records;
}
function gslbStrategy(routing, policy, ttl2, members, chain) {
  switch (policy) {
    case "failover":
      return { type: "failover", dnsTtlSeconds: ttl2, primaryGeoTag: chain[0] };
    case "weighted":
      return {
        type: "roundRobin",
        dnsTtlSeconds: ttl2,
        weight: Object.fromEntries(
          members.map((r) => [r, routing.weights?.[r] ?? ROUTING_DEFAULTS.weight])
        )
      };
    case "geolocation":
      return { type: "geoip", dnsTtlSeconds: ttl2 };
    default:
      return { type: "geoip", dnsTtlSeconds: ttl2 };
  }
}
function partitionFindings(service, platform, name, members, hostPathOf) {
  const aws = members.filter((r) => platform.regions[r]?.dns?.provider === "aws");
  const china = aws.filter((r) => inChinaPartition(platform.regions[r].location));
  const commercial = aws.filter((r) => !china.includes(r));
  const findings = [];
  for (const region2 of china) {
    const zone = platform.regions[region2].dns.zone;
    const sameZone = Object.entries(platform.regions).filter(([, r]) => r.dns?.provider === "aws" && !inChinaPartition(r.location)).filter(([, r]) => normalName(r.dns.zone) === normalName(zone)).map(([other]) => other);
    if (commercial.length === 0 && sameZone.length === 0) continue;
    findings.push({
      rule: "dns-partition",
      severity: "error",
      message: commercial.length > 0 ? `${region2} (${platform.regions[region2].location}) is in the aws-cn partition, whose Route 53 is separate, but shares ${name} with ${commercial.join(", ")} in the commercial partition: no record set can span both. Give ${region2} a name in its own zone in spec.routing.hostnames.` : `${region2} (${platform.regions[region2].location}) is in the aws-cn partition, but its zone ${zone} is also the zone of ${sameZone.join(", ")} in the commercial partition: one hosted zone cannot serve both. Ask the platform team for a zone of its own for ${region2}.`,
      file: service.file,
      ...service.locate(hostPathOf(region2)),
      region: region2
    });
  }
  return findings;
}

// src/routing/spec-rules.ts
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
  for (const [region2, geo] of Object.entries(routing.geolocation ?? {})) {
    const path = [...geoPath, region2];
    if (Object.keys(geo).length === 0) {
      add(
        "dns-geolocation-empty",
        `spec.routing.geolocation.${region2} names no location, so Route 53 would refuse its record. Give it a continent, a country (with a subdivision for a US state) or country '*' for the rest of the world.`,
        path
      );
      continue;
    }
    const country = geo.country;
    if (country !== void 0 && country !== DEFAULT_COUNTRY && !COUNTRIES.has(country))
      add(
        "dns-geolocation-code",
        `spec.routing.geolocation.${region2}.country is "${country}", which is not an ISO 3166-1 alpha-2 code Route 53 accepts${country === "UK" ? " (the United Kingdom is GB)" : ""}. Use a code of the Route 53 GeoLocation type, or '*' for the default record.`,
        [...path, "country"]
      );
    if (geo.subdivision !== void 0 && country !== void 0) {
      if (country !== "US")
        add(
          "dns-geolocation-code",
          `spec.routing.geolocation.${region2}.subdivision is set for country ${country}, but Route 53 takes subdivisions only for US states. Remove the subdivision, or route the whole country.`,
          [...path, "subdivision"]
        );
      else if (!US_SUBDIVISIONS.has(geo.subdivision))
        add(
          "dns-geolocation-code",
          `spec.routing.geolocation.${region2}.subdivision is "${geo.subdivision}", which is not a US state Route 53 knows (two letters, such as CA or NY; territories such as PR have country codes of their own).`,
          [...path, "subdivision"]
        );
    }
    if (!geolocation) continue;
    const name = hostnameOf(routing, region2);
    const location2 = geo.continent ?? `${country}${geo.subdivision ? `-${geo.subdivision}` : ""}`;
    const first = seen.get(`${name} ${location2}`);
    if (first !== void 0)
      add(
        "dns-geolocation-duplicate",
        `${region2} and ${first} both answer for ${location2} on ${name}; Route 53 takes one geolocation record per location and name. Give each region a location of its own.`,
        path
      );
    else seen.set(`${name} ${location2}`, region2);
  }
  if (geolocation) {
    const names2 = /* @__PURE__ */ new Map();
    for (const region2 of m.spec.regions) {
      const name = hostnameOf(routing, region2);
      names2.set(name, [...names2.get(name) ?? [], region2]);
    }
    for (const [name, regions] of names2) {
      if (regions.some((r) => routing.geolocation?.[r]?.country === DEFAULT_COUNTRY)) continue;
      const whom = names2.size > 1 ? ` of ${name} (${regions.join(", ")})` : "";
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
  if (routing.hedge !== void 0 && ms(routing.hedge) >= deadline)
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
        data: { $ref: "#/definitions/Data" }
      }
    }
  },
  definitions: {
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
var formats12 = FORMAT_TESTS.hostname;
var func2 = typeof func2Module.default === "function" ? func2Module.default : func2Module.default.default;
var func3 = Object.prototype.hasOwnProperty;
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
    tables: {
      description: "Tables by name.",
      type: "object",
      propertyNames: { format: "sql-identifier" },
      additionalProperties: { $ref: "#/definitions/Table" }
    }
  }
};
var formats32 = FORMAT_TESTS["relative-path"];
var formats34 = FORMAT_TESTS["sql-identifier"];
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
var formats42 = FORMAT_TESTS.size;
var pattern3 = new RegExp("^[A-Z]{2,3}$", "u");
var pattern4 = new RegExp("^[a-z_]+(\\.[a-z_]+)*$", "u");
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
      if (!(key0 === "home" || key0 === "locality" || key0 === "residency" || key0 === "retention" || key0 === "subject" || key0 === "expectedSize" || key0 === "columns")) {
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
    if (data.retention !== void 0) {
      let data4 = data.retention;
      if (typeof data4 === "string") {
        if (!formats8(data4)) {
          const err10 = {
            instancePath: instancePath + "/retention",
            schemaPath: "#/properties/retention/format",
            keyword: "format",
            params: { format: "duration" },
            message: 'must match format "duration"',
            schema: "duration",
            parentSchema: schema15.properties.retention,
            data: data4
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + "/retention",
          schemaPath: "#/properties/retention/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema15.properties.retention.type,
          parentSchema: schema15.properties.retention,
          data: data4
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.subject !== void 0) {
      let data5 = data.subject;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.column === void 0) {
          const err12 = {
            instancePath: instancePath + "/subject",
            schemaPath: "#/properties/subject/required",
            keyword: "required",
            params: { missingProperty: "column" },
            message: "must have required property 'column'",
            schema: schema15.properties.subject.required,
            parentSchema: schema15.properties.subject,
            data: data5
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key1 in data5) {
          if (!(key1 === "column" || key1 === "erase")) {
            const err13 = {
              instancePath: instancePath + "/subject",
              schemaPath: "#/properties/subject/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema15.properties.subject,
              data: data5
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data5.column !== void 0) {
          let data6 = data5.column;
          if (typeof data6 === "string") {
            if (!formats34(data6)) {
              const err14 = {
                instancePath: instancePath + "/subject/column",
                schemaPath: "#/properties/subject/properties/column/format",
                keyword: "format",
                params: { format: "sql-identifier" },
                message: 'must match format "sql-identifier"',
                schema: "sql-identifier",
                parentSchema: schema15.properties.subject.properties.column,
                data: data6
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = {
              instancePath: instancePath + "/subject/column",
              schemaPath: "#/properties/subject/properties/column/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema15.properties.subject.properties.column.type,
              parentSchema: schema15.properties.subject.properties.column,
              data: data6
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data5.erase !== void 0) {
          let data7 = data5.erase;
          if (!(data7 === "delete" || data7 === "nullify")) {
            const err16 = {
              instancePath: instancePath + "/subject/erase",
              schemaPath: "#/properties/subject/properties/erase/enum",
              keyword: "enum",
              params: { allowedValues: schema15.properties.subject.properties.erase.enum },
              message: "must be equal to one of the allowed values",
              schema: schema15.properties.subject.properties.erase.enum,
              parentSchema: schema15.properties.subject.properties.erase,
              data: data7
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
          instancePath: instancePath + "/subject",
          schemaPath: "#/properties/subject/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema15.properties.subject.type,
          parentSchema: schema15.properties.subject,
          data: data5
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.expectedSize !== void 0) {
      let data8 = data.expectedSize;
      if (typeof data8 === "string") {
        if (!formats42(data8)) {
          const err18 = {
            instancePath: instancePath + "/expectedSize",
            schemaPath: "#/properties/expectedSize/format",
            keyword: "format",
            params: { format: "size" },
            message: 'must match format "size"',
            schema: "size",
            parentSchema: schema15.properties.expectedSize,
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
          instancePath: instancePath + "/expectedSize",
          schemaPath: "#/properties/expectedSize/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema15.properties.expectedSize.type,
          parentSchema: schema15.properties.expectedSize,
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
    if (data.columns !== void 0) {
      let data9 = data.columns;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key2 in data9) {
          const _errs21 = errors;
          if (typeof key2 === "string") {
            if (!formats34(key2)) {
              const err20 = {
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
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          var valid5 = _errs21 === errors;
          if (!valid5) {
            const err21 = {
              instancePath: instancePath + "/columns",
              schemaPath: "#/properties/columns/propertyNames",
              keyword: "propertyNames",
              params: { propertyName: key2 },
              message: "property name must be valid",
              schema: schema15.properties.columns.propertyNames,
              parentSchema: schema15.properties.columns,
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
        for (const key3 in data9) {
          let data10 = data9[key3];
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.type === void 0) {
              const err22 = {
                instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/definitions/Column/required",
                keyword: "required",
                params: { missingProperty: "type" },
                message: "must have required property 'type'",
                schema: schema16.required,
                parentSchema: schema16,
                data: data10
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            for (const key4 in data10) {
              if (!(key4 === "type" || key4 === "primaryKey" || key4 === "nullable" || key4 === "category" || key4 === "readers")) {
                const err23 = {
                  instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/definitions/Column/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key4 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema16,
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
            if (data10.type !== void 0) {
              let data11 = data10.type;
              if (typeof data11 === "string") {
                if (func2(data11) < 1) {
                  const err24 = {
                    instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/type",
                    schemaPath: "#/definitions/Column/properties/type/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                    schema: 1,
                    parentSchema: schema16.properties.type,
                    data: data11
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
                  instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/type",
                  schemaPath: "#/definitions/Column/properties/type/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema16.properties.type.type,
                  parentSchema: schema16.properties.type,
                  data: data11
                };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data10.primaryKey !== void 0) {
              let data12 = data10.primaryKey;
              if (typeof data12 !== "boolean") {
                const err26 = {
                  instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/primaryKey",
                  schemaPath: "#/definitions/Column/properties/primaryKey/type",
                  keyword: "type",
                  params: { type: "boolean" },
                  message: "must be boolean",
                  schema: schema16.properties.primaryKey.type,
                  parentSchema: schema16.properties.primaryKey,
                  data: data12
                };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data10.nullable !== void 0) {
              let data13 = data10.nullable;
              if (typeof data13 !== "boolean") {
                const err27 = {
                  instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/nullable",
                  schemaPath: "#/definitions/Column/properties/nullable/type",
                  keyword: "type",
                  params: { type: "boolean" },
                  message: "must be boolean",
                  schema: schema16.properties.nullable.type,
                  parentSchema: schema16.properties.nullable,
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
            if (data10.category !== void 0) {
              let data14 = data10.category;
              if (typeof data14 === "string") {
                if (!pattern4.test(data14)) {
                  const err28 = {
                    instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/category",
                    schemaPath: "#/definitions/Column/properties/category/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[a-z_]+(\\.[a-z_]+)*$" },
                    message: 'must match pattern "^[a-z_]+(\\.[a-z_]+)*$"',
                    schema: "^[a-z_]+(\\.[a-z_]+)*$",
                    parentSchema: schema16.properties.category,
                    data: data14
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
                  instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/category",
                  schemaPath: "#/definitions/Column/properties/category/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema16.properties.category.type,
                  parentSchema: schema16.properties.category,
                  data: data14
                };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data10.readers !== void 0) {
              let data15 = data10.readers;
              if (Array.isArray(data15)) {
                const len1 = data15.length;
                for (let i2 = 0; i2 < len1; i2++) {
                  let data16 = data15[i2];
                  if (typeof data16 === "string") {
                    if (!formats34(data16)) {
                      const err30 = {
                        instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/readers/" + i2,
                        schemaPath: "#/definitions/Column/properties/readers/items/format",
                        keyword: "format",
                        params: { format: "sql-identifier" },
                        message: 'must match format "sql-identifier"',
                        schema: "sql-identifier",
                        parentSchema: schema16.properties.readers.items,
                        data: data16
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
                      instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/readers/" + i2,
                      schemaPath: "#/definitions/Column/properties/readers/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema16.properties.readers.items.type,
                      parentSchema: schema16.properties.readers.items,
                      data: data16
                    };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                let i3 = data15.length;
                let j1;
                if (i3 > 1) {
                  const indices1 = {};
                  for (; i3--; ) {
                    let item1 = data15[i3];
                    if (typeof item1 !== "string") {
                      continue;
                    }
                    if (typeof indices1[item1] == "number") {
                      j1 = indices1[item1];
                      const err32 = {
                        instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/readers",
                        schemaPath: "#/definitions/Column/properties/readers/uniqueItems",
                        keyword: "uniqueItems",
                        params: { i: i3, j: j1 },
                        message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)",
                        schema: true,
                        parentSchema: schema16.properties.readers,
                        data: data15
                      };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                      break;
                    }
                    indices1[item1] = i3;
                  }
                }
              } else {
                const err33 = {
                  instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/readers",
                  schemaPath: "#/definitions/Column/properties/readers/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                  schema: schema16.properties.readers.type,
                  parentSchema: schema16.properties.readers,
                  data: data15
                };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = {
              instancePath: instancePath + "/columns/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/definitions/Column/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema16.type,
              parentSchema: schema16,
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
      } else {
        const err35 = {
          instancePath: instancePath + "/columns",
          schemaPath: "#/properties/columns/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema15.properties.columns.type,
          parentSchema: schema15.properties.columns,
          data: data9
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
      vErrors = [err36];
    } else {
      vErrors.push(err36);
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
      if (!(key0 === "engine" || key0 === "migrations" || key0 === "tables")) {
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
        if (!formats32(data1)) {
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
    if (data.tables !== void 0) {
      let data2 = data.tables;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          const _errs7 = errors;
          if (typeof key1 === "string") {
            if (!formats34(key1)) {
              const err5 = {
                instancePath: instancePath + "/tables",
                schemaPath: "#/properties/tables/propertyNames/format",
                keyword: "format",
                params: { format: "sql-identifier" },
                message: 'must match format "sql-identifier"',
                schema: "sql-identifier",
                parentSchema: schema14.properties.tables.propertyNames,
                data: key1,
                propertyName: key1
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          var valid1 = _errs7 === errors;
          if (!valid1) {
            const err6 = {
              instancePath: instancePath + "/tables",
              schemaPath: "#/properties/tables/propertyNames",
              keyword: "propertyNames",
              params: { propertyName: key1 },
              message: "property name must be valid",
              schema: schema14.properties.tables.propertyNames,
              parentSchema: schema14.properties.tables,
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
        for (const key2 in data2) {
          if (!validate12(data2[key2], {
            instancePath: instancePath + "/tables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
            parentData: data2,
            parentDataProperty: key2,
            rootData
          })) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/tables",
          schemaPath: "#/properties/tables/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema14.properties.tables.type,
          parentSchema: schema14.properties.tables,
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
  } else {
    const err8 = {
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
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate11.errors = vErrors;
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
          if (!(key3 === "image" || key3 === "regions" || key3 === "train" || key3 === "routing" || key3 === "data")) {
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
              if (!(key4 === "waves" || key4 === "approvals" || key4 === "bake" || key4 === "timeout" || key4 === "onFailure")) {
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
          } else {
            const err41 = {
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
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data7.routing !== void 0) {
          let data19 = data7.routing;
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.hostname === void 0) {
              const err42 = {
                instancePath: instancePath + "/spec/routing",
                schemaPath: "#/definitions/Routing/required",
                keyword: "required",
                params: { missingProperty: "hostname" },
                message: "must have required property 'hostname'",
                schema: schema13.required,
                parentSchema: schema13,
                data: data19
              };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            for (const key5 in data19) {
              if (!func3.call(schema13.properties, key5)) {
                const err43 = {
                  instancePath: instancePath + "/spec/routing",
                  schemaPath: "#/definitions/Routing/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key5 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema13,
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
            if (data19.hostname !== void 0) {
              let data20 = data19.hostname;
              if (typeof data20 === "string") {
                if (!formats12(data20)) {
                  const err44 = {
                    instancePath: instancePath + "/spec/routing/hostname",
                    schemaPath: "#/definitions/Routing/properties/hostname/format",
                    keyword: "format",
                    params: { format: "hostname" },
                    message: 'must match format "hostname"',
                    schema: "hostname",
                    parentSchema: schema13.properties.hostname,
                    data: data20
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
                  instancePath: instancePath + "/spec/routing/hostname",
                  schemaPath: "#/definitions/Routing/properties/hostname/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema13.properties.hostname.type,
                  parentSchema: schema13.properties.hostname,
                  data: data20
                };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data19.hostnames !== void 0) {
              let data21 = data19.hostnames;
              if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                for (const key6 in data21) {
                  const _errs50 = errors;
                  if (typeof key6 === "string") {
                    if (!formats0(key6)) {
                      const err46 = {
                        instancePath: instancePath + "/spec/routing/hostnames",
                        schemaPath: "#/definitions/Routing/properties/hostnames/propertyNames/format",
                        keyword: "format",
                        params: { format: "dns-label" },
                        message: 'must match format "dns-label"',
                        schema: "dns-label",
                        parentSchema: schema13.properties.hostnames.propertyNames,
                        data: key6,
                        propertyName: key6
                      };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                  }
                  var valid15 = _errs50 === errors;
                  if (!valid15) {
                    const err47 = {
                      instancePath: instancePath + "/spec/routing/hostnames",
                      schemaPath: "#/definitions/Routing/properties/hostnames/propertyNames",
                      keyword: "propertyNames",
                      params: { propertyName: key6 },
                      message: "property name must be valid",
                      schema: schema13.properties.hostnames.propertyNames,
                      parentSchema: schema13.properties.hostnames,
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
                for (const key7 in data21) {
                  let data22 = data21[key7];
                  if (typeof data22 === "string") {
                    if (!formats12(data22)) {
                      const err48 = {
                        instancePath: instancePath + "/spec/routing/hostnames/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),
                        schemaPath: "#/definitions/Routing/properties/hostnames/additionalProperties/format",
                        keyword: "format",
                        params: { format: "hostname" },
                        message: 'must match format "hostname"',
                        schema: "hostname",
                        parentSchema: schema13.properties.hostnames.additionalProperties,
                        data: data22
                      };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  } else {
                    const err49 = {
                      instancePath: instancePath + "/spec/routing/hostnames/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),
                      schemaPath: "#/definitions/Routing/properties/hostnames/additionalProperties/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema13.properties.hostnames.additionalProperties.type,
                      parentSchema: schema13.properties.hostnames.additionalProperties,
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
              } else {
                const err50 = {
                  instancePath: instancePath + "/spec/routing/hostnames",
                  schemaPath: "#/definitions/Routing/properties/hostnames/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema13.properties.hostnames.type,
                  parentSchema: schema13.properties.hostnames,
                  data: data21
                };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data19.policy !== void 0) {
              let data23 = data19.policy;
              if (!(data23 === "latency" || data23 === "failover" || data23 === "weighted" || data23 === "geolocation")) {
                const err51 = {
                  instancePath: instancePath + "/spec/routing/policy",
                  schemaPath: "#/definitions/Routing/properties/policy/enum",
                  keyword: "enum",
                  params: { allowedValues: schema13.properties.policy.enum },
                  message: "must be equal to one of the allowed values",
                  schema: schema13.properties.policy.enum,
                  parentSchema: schema13.properties.policy,
                  data: data23
                };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data19.ttl !== void 0) {
              let data24 = data19.ttl;
              if (!(typeof data24 == "number" && !(data24 % 1) && !isNaN(data24) && isFinite(data24))) {
                const err52 = {
                  instancePath: instancePath + "/spec/routing/ttl",
                  schemaPath: "#/definitions/Routing/properties/ttl/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
                  schema: schema13.properties.ttl.type,
                  parentSchema: schema13.properties.ttl,
                  data: data24
                };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
              if (typeof data24 == "number" && isFinite(data24)) {
                if (data24 > 86400 || isNaN(data24)) {
                  const err53 = {
                    instancePath: instancePath + "/spec/routing/ttl",
                    schemaPath: "#/definitions/Routing/properties/ttl/maximum",
                    keyword: "maximum",
                    params: { comparison: "<=", limit: 86400 },
                    message: "must be <= 86400",
                    schema: 86400,
                    parentSchema: schema13.properties.ttl,
                    data: data24
                  };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                if (data24 < 1 || isNaN(data24)) {
                  const err54 = {
                    instancePath: instancePath + "/spec/routing/ttl",
                    schemaPath: "#/definitions/Routing/properties/ttl/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 1 },
                    message: "must be >= 1",
                    schema: 1,
                    parentSchema: schema13.properties.ttl,
                    data: data24
                  };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              }
            }
            if (data19.timeout !== void 0) {
              let data25 = data19.timeout;
              if (typeof data25 === "string") {
                if (!formats8(data25)) {
                  const err55 = {
                    instancePath: instancePath + "/spec/routing/timeout",
                    schemaPath: "#/definitions/Routing/properties/timeout/format",
                    keyword: "format",
                    params: { format: "duration" },
                    message: 'must match format "duration"',
                    schema: "duration",
                    parentSchema: schema13.properties.timeout,
                    data: data25
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
                  instancePath: instancePath + "/spec/routing/timeout",
                  schemaPath: "#/definitions/Routing/properties/timeout/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema13.properties.timeout.type,
                  parentSchema: schema13.properties.timeout,
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
            if (data19.retries !== void 0) {
              let data26 = data19.retries;
              if (!(typeof data26 == "number" && !(data26 % 1) && !isNaN(data26) && isFinite(data26))) {
                const err57 = {
                  instancePath: instancePath + "/spec/routing/retries",
                  schemaPath: "#/definitions/Routing/properties/retries/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
                  schema: schema13.properties.retries.type,
                  parentSchema: schema13.properties.retries,
                  data: data26
                };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
              if (typeof data26 == "number" && isFinite(data26)) {
                if (data26 > 10 || isNaN(data26)) {
                  const err58 = {
                    instancePath: instancePath + "/spec/routing/retries",
                    schemaPath: "#/definitions/Routing/properties/retries/maximum",
                    keyword: "maximum",
                    params: { comparison: "<=", limit: 10 },
                    message: "must be <= 10",
                    schema: 10,
                    parentSchema: schema13.properties.retries,
                    data: data26
                  };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
                if (data26 < 0 || isNaN(data26)) {
                  const err59 = {
                    instancePath: instancePath + "/spec/routing/retries",
                    schemaPath: "#/definitions/Routing/properties/retries/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 0 },
                    message: "must be >= 0",
                    schema: 0,
                    parentSchema: schema13.properties.retries,
                    data: data26
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
            if (data19.deadline !== void 0) {
              let data27 = data19.deadline;
              if (typeof data27 === "string") {
                if (!formats8(data27)) {
                  const err60 = {
                    instancePath: instancePath + "/spec/routing/deadline",
                    schemaPath: "#/definitions/Routing/properties/deadline/format",
                    keyword: "format",
                    params: { format: "duration" },
                    message: 'must match format "duration"',
                    schema: "duration",
                    parentSchema: schema13.properties.deadline,
                    data: data27
                  };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              } else {
                const err61 = {
                  instancePath: instancePath + "/spec/routing/deadline",
                  schemaPath: "#/definitions/Routing/properties/deadline/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema13.properties.deadline.type,
                  parentSchema: schema13.properties.deadline,
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
            if (data19.hedge !== void 0) {
              let data28 = data19.hedge;
              if (typeof data28 === "string") {
                if (!formats8(data28)) {
                  const err62 = {
                    instancePath: instancePath + "/spec/routing/hedge",
                    schemaPath: "#/definitions/Routing/properties/hedge/format",
                    keyword: "format",
                    params: { format: "duration" },
                    message: 'must match format "duration"',
                    schema: "duration",
                    parentSchema: schema13.properties.hedge,
                    data: data28
                  };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              } else {
                const err63 = {
                  instancePath: instancePath + "/spec/routing/hedge",
                  schemaPath: "#/definitions/Routing/properties/hedge/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema13.properties.hedge.type,
                  parentSchema: schema13.properties.hedge,
                  data: data28
                };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data19.failover !== void 0) {
              let data29 = data19.failover;
              if (Array.isArray(data29)) {
                if (data29.length < 1) {
                  const err64 = {
                    instancePath: instancePath + "/spec/routing/failover",
                    schemaPath: "#/definitions/Routing/properties/failover/minItems",
                    keyword: "minItems",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 items",
                    schema: 1,
                    parentSchema: schema13.properties.failover,
                    data: data29
                  };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                const len3 = data29.length;
                for (let i4 = 0; i4 < len3; i4++) {
                  let data30 = data29[i4];
                  if (typeof data30 === "string") {
                    if (!formats0(data30)) {
                      const err65 = {
                        instancePath: instancePath + "/spec/routing/failover/" + i4,
                        schemaPath: "#/definitions/Routing/properties/failover/items/format",
                        keyword: "format",
                        params: { format: "dns-label" },
                        message: 'must match format "dns-label"',
                        schema: "dns-label",
                        parentSchema: schema13.properties.failover.items,
                        data: data30
                      };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                  } else {
                    const err66 = {
                      instancePath: instancePath + "/spec/routing/failover/" + i4,
                      schemaPath: "#/definitions/Routing/properties/failover/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema13.properties.failover.items.type,
                      parentSchema: schema13.properties.failover.items,
                      data: data30
                    };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                let i5 = data29.length;
                let j1;
                if (i5 > 1) {
                  const indices1 = {};
                  for (; i5--; ) {
                    let item1 = data29[i5];
                    if (typeof item1 !== "string") {
                      continue;
                    }
                    if (typeof indices1[item1] == "number") {
                      j1 = indices1[item1];
                      const err67 = {
                        instancePath: instancePath + "/spec/routing/failover",
                        schemaPath: "#/definitions/Routing/properties/failover/uniqueItems",
                        keyword: "uniqueItems",
                        params: { i: i5, j: j1 },
                        message: "must NOT have duplicate items (items ## " + j1 + " and " + i5 + " are identical)",
                        schema: true,
                        parentSchema: schema13.properties.failover,
                        data: data29
                      };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                      break;
                    }
                    indices1[item1] = i5;
                  }
                }
              } else {
                const err68 = {
                  instancePath: instancePath + "/spec/routing/failover",
                  schemaPath: "#/definitions/Routing/properties/failover/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                  schema: schema13.properties.failover.type,
                  parentSchema: schema13.properties.failover,
                  data: data29
                };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data19.weights !== void 0) {
              let data31 = data19.weights;
              if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                for (const key8 in data31) {
                  const _errs71 = errors;
                  if (typeof key8 === "string") {
                    if (!formats0(key8)) {
                      const err69 = {
                        instancePath: instancePath + "/spec/routing/weights",
                        schemaPath: "#/definitions/Routing/properties/weights/propertyNames/format",
                        keyword: "format",
                        params: { format: "dns-label" },
                        message: 'must match format "dns-label"',
                        schema: "dns-label",
                        parentSchema: schema13.properties.weights.propertyNames,
                        data: key8,
                        propertyName: key8
                      };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                  }
                  var valid20 = _errs71 === errors;
                  if (!valid20) {
                    const err70 = {
                      instancePath: instancePath + "/spec/routing/weights",
                      schemaPath: "#/definitions/Routing/properties/weights/propertyNames",
                      keyword: "propertyNames",
                      params: { propertyName: key8 },
                      message: "property name must be valid",
                      schema: schema13.properties.weights.propertyNames,
                      parentSchema: schema13.properties.weights,
                      data: data31
                    };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                for (const key9 in data31) {
                  let data32 = data31[key9];
                  if (!(typeof data32 == "number" && !(data32 % 1) && !isNaN(data32) && isFinite(data32))) {
                    const err71 = {
                      instancePath: instancePath + "/spec/routing/weights/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),
                      schemaPath: "#/definitions/Routing/properties/weights/additionalProperties/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                      schema: schema13.properties.weights.additionalProperties.type,
                      parentSchema: schema13.properties.weights.additionalProperties,
                      data: data32
                    };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                  if (typeof data32 == "number" && isFinite(data32)) {
                    if (data32 > 255 || isNaN(data32)) {
                      const err72 = {
                        instancePath: instancePath + "/spec/routing/weights/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),
                        schemaPath: "#/definitions/Routing/properties/weights/additionalProperties/maximum",
                        keyword: "maximum",
                        params: { comparison: "<=", limit: 255 },
                        message: "must be <= 255",
                        schema: 255,
                        parentSchema: schema13.properties.weights.additionalProperties,
                        data: data32
                      };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                    if (data32 < 0 || isNaN(data32)) {
                      const err73 = {
                        instancePath: instancePath + "/spec/routing/weights/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),
                        schemaPath: "#/definitions/Routing/properties/weights/additionalProperties/minimum",
                        keyword: "minimum",
                        params: { comparison: ">=", limit: 0 },
                        message: "must be >= 0",
                        schema: 0,
                        parentSchema: schema13.properties.weights.additionalProperties,
                        data: data32
                      };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err74 = {
                  instancePath: instancePath + "/spec/routing/weights",
                  schemaPath: "#/definitions/Routing/properties/weights/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema13.properties.weights.type,
                  parentSchema: schema13.properties.weights,
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
            if (data19.shift !== void 0) {
              let data33 = data19.shift;
              if (Array.isArray(data33)) {
                if (data33.length < 1) {
                  const err75 = {
                    instancePath: instancePath + "/spec/routing/shift",
                    schemaPath: "#/definitions/Routing/properties/shift/minItems",
                    keyword: "minItems",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 items",
                    schema: 1,
                    parentSchema: schema13.properties.shift,
                    data: data33
                  };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
                const len4 = data33.length;
                for (let i6 = 0; i6 < len4; i6++) {
                  let data34 = data33[i6];
                  if (!(typeof data34 == "number" && !(data34 % 1) && !isNaN(data34) && isFinite(data34))) {
                    const err76 = {
                      instancePath: instancePath + "/spec/routing/shift/" + i6,
                      schemaPath: "#/definitions/Routing/properties/shift/items/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                      schema: schema13.properties.shift.items.type,
                      parentSchema: schema13.properties.shift.items,
                      data: data34
                    };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                  if (typeof data34 == "number" && isFinite(data34)) {
                    if (data34 > 100 || isNaN(data34)) {
                      const err77 = {
                        instancePath: instancePath + "/spec/routing/shift/" + i6,
                        schemaPath: "#/definitions/Routing/properties/shift/items/maximum",
                        keyword: "maximum",
                        params: { comparison: "<=", limit: 100 },
                        message: "must be <= 100",
                        schema: 100,
                        parentSchema: schema13.properties.shift.items,
                        data: data34
                      };
                      if (vErrors === null) {
                        vErrors = [err77];
                      } else {
                        vErrors.push(err77);
                      }
                      errors++;
                    }
                    if (data34 < 1 || isNaN(data34)) {
                      const err78 = {
                        instancePath: instancePath + "/spec/routing/shift/" + i6,
                        schemaPath: "#/definitions/Routing/properties/shift/items/minimum",
                        keyword: "minimum",
                        params: { comparison: ">=", limit: 1 },
                        message: "must be >= 1",
                        schema: 1,
                        parentSchema: schema13.properties.shift.items,
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
              } else {
                const err79 = {
                  instancePath: instancePath + "/spec/routing/shift",
                  schemaPath: "#/definitions/Routing/properties/shift/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                  schema: schema13.properties.shift.type,
                  parentSchema: schema13.properties.shift,
                  data: data33
                };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data19.geolocation !== void 0) {
              let data35 = data19.geolocation;
              if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                for (const key10 in data35) {
                  const _errs81 = errors;
                  if (typeof key10 === "string") {
                    if (!formats0(key10)) {
                      const err80 = {
                        instancePath: instancePath + "/spec/routing/geolocation",
                        schemaPath: "#/definitions/Routing/properties/geolocation/propertyNames/format",
                        keyword: "format",
                        params: { format: "dns-label" },
                        message: 'must match format "dns-label"',
                        schema: "dns-label",
                        parentSchema: schema13.properties.geolocation.propertyNames,
                        data: key10,
                        propertyName: key10
                      };
                      if (vErrors === null) {
                        vErrors = [err80];
                      } else {
                        vErrors.push(err80);
                      }
                      errors++;
                    }
                  }
                  var valid24 = _errs81 === errors;
                  if (!valid24) {
                    const err81 = {
                      instancePath: instancePath + "/spec/routing/geolocation",
                      schemaPath: "#/definitions/Routing/properties/geolocation/propertyNames",
                      keyword: "propertyNames",
                      params: { propertyName: key10 },
                      message: "property name must be valid",
                      schema: schema13.properties.geolocation.propertyNames,
                      parentSchema: schema13.properties.geolocation,
                      data: data35
                    };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                }
                for (const key11 in data35) {
                  let data36 = data35[key11];
                  if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                    for (const key12 in data36) {
                      if (!(key12 === "continent" || key12 === "country" || key12 === "subdivision")) {
                        const err82 = {
                          instancePath: instancePath + "/spec/routing/geolocation/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),
                          schemaPath: "#/definitions/Routing/properties/geolocation/additionalProperties/additionalProperties",
                          keyword: "additionalProperties",
                          params: { additionalProperty: key12 },
                          message: "must NOT have additional properties",
                          schema: false,
                          parentSchema: schema13.properties.geolocation.additionalProperties,
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
                    if (data36.continent !== void 0) {
                      let data37 = data36.continent;
                      if (!(data37 === "AF" || data37 === "AN" || data37 === "AS" || data37 === "EU" || data37 === "NA" || data37 === "OC" || data37 === "SA")) {
                        const err83 = {
                          instancePath: instancePath + "/spec/routing/geolocation/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/continent",
                          schemaPath: "#/definitions/Routing/properties/geolocation/additionalProperties/properties/continent/enum",
                          keyword: "enum",
                          params: {
                            allowedValues: schema13.properties.geolocation.additionalProperties.properties.continent.enum
                          },
                          message: "must be equal to one of the allowed values",
                          schema: schema13.properties.geolocation.additionalProperties.properties.continent.enum,
                          parentSchema: schema13.properties.geolocation.additionalProperties.properties.continent,
                          data: data37
                        };
                        if (vErrors === null) {
                          vErrors = [err83];
                        } else {
                          vErrors.push(err83);
                        }
                        errors++;
                      }
                    }
                    if (data36.country !== void 0) {
                      let data38 = data36.country;
                      if (typeof data38 === "string") {
                        if (!pattern0.test(data38)) {
                          const err84 = {
                            instancePath: instancePath + "/spec/routing/geolocation/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/country",
                            schemaPath: "#/definitions/Routing/properties/geolocation/additionalProperties/properties/country/pattern",
                            keyword: "pattern",
                            params: { pattern: "^([A-Z]{2}|\\*)$" },
                            message: 'must match pattern "^([A-Z]{2}|\\*)$"',
                            schema: "^([A-Z]{2}|\\*)$",
                            parentSchema: schema13.properties.geolocation.additionalProperties.properties.country,
                            data: data38
                          };
                          if (vErrors === null) {
                            vErrors = [err84];
                          } else {
                            vErrors.push(err84);
                          }
                          errors++;
                        }
                      } else {
                        const err85 = {
                          instancePath: instancePath + "/spec/routing/geolocation/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/country",
                          schemaPath: "#/definitions/Routing/properties/geolocation/additionalProperties/properties/country/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema13.properties.geolocation.additionalProperties.properties.country.type,
                          parentSchema: schema13.properties.geolocation.additionalProperties.properties.country,
                          data: data38
                        };
                        if (vErrors === null) {
                          vErrors = [err85];
                        } else {
                          vErrors.push(err85);
                        }
                        errors++;
                      }
                    }
                    if (data36.subdivision !== void 0) {
                      let data39 = data36.subdivision;
                      if (typeof data39 === "string") {
                        if (!pattern1.test(data39)) {
                          const err86 = {
                            instancePath: instancePath + "/spec/routing/geolocation/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/subdivision",
                            schemaPath: "#/definitions/Routing/properties/geolocation/additionalProperties/properties/subdivision/pattern",
                            keyword: "pattern",
                            params: { pattern: "^[A-Z0-9]{1,3}$" },
                            message: 'must match pattern "^[A-Z0-9]{1,3}$"',
                            schema: "^[A-Z0-9]{1,3}$",
                            parentSchema: schema13.properties.geolocation.additionalProperties.properties.subdivision,
                            data: data39
                          };
                          if (vErrors === null) {
                            vErrors = [err86];
                          } else {
                            vErrors.push(err86);
                          }
                          errors++;
                        }
                      } else {
                        const err87 = {
                          instancePath: instancePath + "/spec/routing/geolocation/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/subdivision",
                          schemaPath: "#/definitions/Routing/properties/geolocation/additionalProperties/properties/subdivision/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema13.properties.geolocation.additionalProperties.properties.subdivision.type,
                          parentSchema: schema13.properties.geolocation.additionalProperties.properties.subdivision,
                          data: data39
                        };
                        if (vErrors === null) {
                          vErrors = [err87];
                        } else {
                          vErrors.push(err87);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err88 = {
                      instancePath: instancePath + "/spec/routing/geolocation/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),
                      schemaPath: "#/definitions/Routing/properties/geolocation/additionalProperties/type",
                      keyword: "type",
                      params: { type: "object" },
                      message: "must be object",
                      schema: schema13.properties.geolocation.additionalProperties.type,
                      parentSchema: schema13.properties.geolocation.additionalProperties,
                      data: data36
                    };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                }
              } else {
                const err89 = {
                  instancePath: instancePath + "/spec/routing/geolocation",
                  schemaPath: "#/definitions/Routing/properties/geolocation/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema13.properties.geolocation.type,
                  parentSchema: schema13.properties.geolocation,
                  data: data35
                };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data19.alias !== void 0) {
              let data40 = data19.alias;
              if (typeof data40 !== "boolean") {
                const err90 = {
                  instancePath: instancePath + "/spec/routing/alias",
                  schemaPath: "#/definitions/Routing/properties/alias/type",
                  keyword: "type",
                  params: { type: "boolean" },
                  message: "must be boolean",
                  schema: schema13.properties.alias.type,
                  parentSchema: schema13.properties.alias,
                  data: data40
                };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
            if (data19.healthCheck !== void 0) {
              let data41 = data19.healthCheck;
              if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                for (const key13 in data41) {
                  if (!(key13 === "path" || key13 === "port" || key13 === "id")) {
                    const err91 = {
                      instancePath: instancePath + "/spec/routing/healthCheck",
                      schemaPath: "#/definitions/Routing/properties/healthCheck/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key13 },
                      message: "must NOT have additional properties",
                      schema: false,
                      parentSchema: schema13.properties.healthCheck,
                      data: data41
                    };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
                if (data41.path !== void 0) {
                  let data42 = data41.path;
                  if (typeof data42 === "string") {
                    if (!pattern2.test(data42)) {
                      const err92 = {
                        instancePath: instancePath + "/spec/routing/healthCheck/path",
                        schemaPath: "#/definitions/Routing/properties/healthCheck/properties/path/pattern",
                        keyword: "pattern",
                        params: { pattern: "^/" },
                        message: 'must match pattern "^/"',
                        schema: "^/",
                        parentSchema: schema13.properties.healthCheck.properties.path,
                        data: data42
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
                      instancePath: instancePath + "/spec/routing/healthCheck/path",
                      schemaPath: "#/definitions/Routing/properties/healthCheck/properties/path/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema13.properties.healthCheck.properties.path.type,
                      parentSchema: schema13.properties.healthCheck.properties.path,
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
                if (data41.port !== void 0) {
                  let data43 = data41.port;
                  if (!(typeof data43 == "number" && !(data43 % 1) && !isNaN(data43) && isFinite(data43))) {
                    const err94 = {
                      instancePath: instancePath + "/spec/routing/healthCheck/port",
                      schemaPath: "#/definitions/Routing/properties/healthCheck/properties/port/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                      schema: schema13.properties.healthCheck.properties.port.type,
                      parentSchema: schema13.properties.healthCheck.properties.port,
                      data: data43
                    };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                  if (typeof data43 == "number" && isFinite(data43)) {
                    if (data43 > 65535 || isNaN(data43)) {
                      const err95 = {
                        instancePath: instancePath + "/spec/routing/healthCheck/port",
                        schemaPath: "#/definitions/Routing/properties/healthCheck/properties/port/maximum",
                        keyword: "maximum",
                        params: { comparison: "<=", limit: 65535 },
                        message: "must be <= 65535",
                        schema: 65535,
                        parentSchema: schema13.properties.healthCheck.properties.port,
                        data: data43
                      };
                      if (vErrors === null) {
                        vErrors = [err95];
                      } else {
                        vErrors.push(err95);
                      }
                      errors++;
                    }
                    if (data43 < 1 || isNaN(data43)) {
                      const err96 = {
                        instancePath: instancePath + "/spec/routing/healthCheck/port",
                        schemaPath: "#/definitions/Routing/properties/healthCheck/properties/port/minimum",
                        keyword: "minimum",
                        params: { comparison: ">=", limit: 1 },
                        message: "must be >= 1",
                        schema: 1,
                        parentSchema: schema13.properties.healthCheck.properties.port,
                        data: data43
                      };
                      if (vErrors === null) {
                        vErrors = [err96];
                      } else {
                        vErrors.push(err96);
                      }
                      errors++;
                    }
                  }
                }
                if (data41.id !== void 0) {
                  let data44 = data41.id;
                  if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                    for (const key14 in data44) {
                      const _errs102 = errors;
                      if (typeof key14 === "string") {
                        if (!formats0(key14)) {
                          const err97 = {
                            instancePath: instancePath + "/spec/routing/healthCheck/id",
                            schemaPath: "#/definitions/Routing/properties/healthCheck/properties/id/propertyNames/format",
                            keyword: "format",
                            params: { format: "dns-label" },
                            message: 'must match format "dns-label"',
                            schema: "dns-label",
                            parentSchema: schema13.properties.healthCheck.properties.id.propertyNames,
                            data: key14,
                            propertyName: key14
                          };
                          if (vErrors === null) {
                            vErrors = [err97];
                          } else {
                            vErrors.push(err97);
                          }
                          errors++;
                        }
                      }
                      var valid28 = _errs102 === errors;
                      if (!valid28) {
                        const err98 = {
                          instancePath: instancePath + "/spec/routing/healthCheck/id",
                          schemaPath: "#/definitions/Routing/properties/healthCheck/properties/id/propertyNames",
                          keyword: "propertyNames",
                          params: { propertyName: key14 },
                          message: "property name must be valid",
                          schema: schema13.properties.healthCheck.properties.id.propertyNames,
                          parentSchema: schema13.properties.healthCheck.properties.id,
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
                    for (const key15 in data44) {
                      let data45 = data44[key15];
                      if (typeof data45 === "string") {
                        if (func2(data45) < 1) {
                          const err99 = {
                            instancePath: instancePath + "/spec/routing/healthCheck/id/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),
                            schemaPath: "#/definitions/Routing/properties/healthCheck/properties/id/additionalProperties/minLength",
                            keyword: "minLength",
                            params: { limit: 1 },
                            message: "must NOT have fewer than 1 characters",
                            schema: 1,
                            parentSchema: schema13.properties.healthCheck.properties.id.additionalProperties,
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
                          instancePath: instancePath + "/spec/routing/healthCheck/id/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),
                          schemaPath: "#/definitions/Routing/properties/healthCheck/properties/id/additionalProperties/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema13.properties.healthCheck.properties.id.additionalProperties.type,
                          parentSchema: schema13.properties.healthCheck.properties.id.additionalProperties,
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
                  } else {
                    const err101 = {
                      instancePath: instancePath + "/spec/routing/healthCheck/id",
                      schemaPath: "#/definitions/Routing/properties/healthCheck/properties/id/type",
                      keyword: "type",
                      params: { type: "object" },
                      message: "must be object",
                      schema: schema13.properties.healthCheck.properties.id.type,
                      parentSchema: schema13.properties.healthCheck.properties.id,
                      data: data44
                    };
                    if (vErrors === null) {
                      vErrors = [err101];
                    } else {
                      vErrors.push(err101);
                    }
                    errors++;
                  }
                }
              } else {
                const err102 = {
                  instancePath: instancePath + "/spec/routing/healthCheck",
                  schemaPath: "#/definitions/Routing/properties/healthCheck/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema13.properties.healthCheck.type,
                  parentSchema: schema13.properties.healthCheck,
                  data: data41
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
              instancePath: instancePath + "/spec/routing",
              schemaPath: "#/definitions/Routing/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema13.type,
              parentSchema: schema13,
              data: data19
            };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
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
      } else {
        const err104 = {
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
          vErrors = [err104];
        } else {
          vErrors.push(err104);
        }
        errors++;
      }
    }
  } else {
    const err105 = {
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
      vErrors = [err105];
    } else {
      vErrors.push(err105);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validatePlatform = validate15;
var schema17 = {
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
              description: "Approvals a rollback PR needs before it merges, when it rolls the region back to a version the region ran before (the history of its image pin); a rollback to any other version needs the region's promotion approvals. Default 0: a failed train rolls back without waiting for people.",
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
var schema18 = {
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
var schema19 = {
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
var schema20 = {
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
var formats48 = FORMAT_TESTS["path-template"];
var formats62 = FORMAT_TESTS.uri;
var pattern10 = new RegExp("^[A-Z_][A-Z0-9_]*$", "u");
var pattern11 = new RegExp("^[a-z0-9.-]+/$", "u");
var pattern12 = new RegExp("^https?://", "u");
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
        schema: schema17.required,
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
    if (data.kind === void 0) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "kind" },
        message: "must have required property 'kind'",
        schema: schema17.required,
        parentSchema: schema17,
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
        schema: schema17.required,
        parentSchema: schema17,
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
          parentSchema: schema17,
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
          parentSchema: schema17.properties.apiVersion,
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
          parentSchema: schema17.properties.kind,
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
              parentSchema: schema17.properties.metadata,
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
                parentSchema: schema17.properties.metadata.properties.name,
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
              schema: schema17.properties.metadata.properties.name.type,
              parentSchema: schema17.properties.metadata.properties.name,
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
          schema: schema17.properties.metadata.type,
          parentSchema: schema17.properties.metadata,
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
            schema: schema17.properties.spec.required,
            parentSchema: schema17.properties.spec,
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
            schema: schema17.properties.spec.required,
            parentSchema: schema17.properties.spec,
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
          if (!(key2 === "layout" || key2 === "rollback" || key2 === "compliance" || key2 === "routing" || key2 === "complianceRules" || key2 === "databaseRoles" || key2 === "regions")) {
            const err12 = {
              instancePath: instancePath + "/spec",
              schemaPath: "#/properties/spec/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key2 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema17.properties.spec,
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
                schema: schema18.required,
                parentSchema: schema18,
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
                  parentSchema: schema18,
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
                if (!formats48(data6)) {
                  const err15 = {
                    instancePath: instancePath + "/spec/layout/path",
                    schemaPath: "#/definitions/Layout/properties/path/format",
                    keyword: "format",
                    params: { format: "path-template" },
                    message: 'must match format "path-template"',
                    schema: "path-template",
                    parentSchema: schema18.properties.path,
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
                  schema: schema18.properties.path.type,
                  parentSchema: schema18.properties.path,
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
                  params: { allowedValues: schema18.properties.image.enum },
                  message: "must be equal to one of the allowed values",
                  schema: schema18.properties.image.enum,
                  parentSchema: schema18.properties.image,
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
                if (!formats32(data8)) {
                  const err18 = {
                    instancePath: instancePath + "/spec/layout/valuesFile",
                    schemaPath: "#/definitions/Layout/properties/valuesFile/format",
                    keyword: "format",
                    params: { format: "relative-path" },
                    message: 'must match format "relative-path"',
                    schema: "relative-path",
                    parentSchema: schema18.properties.valuesFile,
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
                  schema: schema18.properties.valuesFile.type,
                  parentSchema: schema18.properties.valuesFile,
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
                        parentSchema: schema18.properties.services.propertyNames,
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
                      schema: schema18.properties.services.propertyNames,
                      parentSchema: schema18.properties.services,
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
                          parentSchema: schema18.properties.services.additionalProperties,
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
                        if (!formats48(data11)) {
                          const err23 = {
                            instancePath: instancePath + "/spec/layout/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/path",
                            schemaPath: "#/definitions/Layout/properties/services/additionalProperties/properties/path/format",
                            keyword: "format",
                            params: { format: "path-template" },
                            message: 'must match format "path-template"',
                            schema: "path-template",
                            parentSchema: schema18.properties.services.additionalProperties.properties.path,
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
                          schema: schema18.properties.services.additionalProperties.properties.path.type,
                          parentSchema: schema18.properties.services.additionalProperties.properties.path,
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
                            allowedValues: schema18.properties.services.additionalProperties.properties.image.enum
                          },
                          message: "must be equal to one of the allowed values",
                          schema: schema18.properties.services.additionalProperties.properties.image.enum,
                          parentSchema: schema18.properties.services.additionalProperties.properties.image,
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
                        if (!formats32(data13)) {
                          const err26 = {
                            instancePath: instancePath + "/spec/layout/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/valuesFile",
                            schemaPath: "#/definitions/Layout/properties/services/additionalProperties/properties/valuesFile/format",
                            keyword: "format",
                            params: { format: "relative-path" },
                            message: 'must match format "relative-path"',
                            schema: "relative-path",
                            parentSchema: schema18.properties.services.additionalProperties.properties.valuesFile,
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
                          schema: schema18.properties.services.additionalProperties.properties.valuesFile.type,
                          parentSchema: schema18.properties.services.additionalProperties.properties.valuesFile,
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
                      schema: schema18.properties.services.additionalProperties.type,
                      parentSchema: schema18.properties.services.additionalProperties,
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
                  schema: schema18.properties.services.type,
                  parentSchema: schema18.properties.services,
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
              schema: schema18.type,
              parentSchema: schema18,
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
                  parentSchema: schema17.properties.spec.properties.rollback,
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
                  schema: schema17.properties.spec.properties.rollback.properties.approvals.type,
                  parentSchema: schema17.properties.spec.properties.rollback.properties.approvals,
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
                    parentSchema: schema17.properties.spec.properties.rollback.properties.approvals,
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
                    parentSchema: schema17.properties.spec.properties.rollback.properties.approvals,
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
              schema: schema17.properties.spec.properties.rollback.type,
              parentSchema: schema17.properties.spec.properties.rollback,
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
                    allowedValues: schema17.properties.spec.properties.compliance.items.enum
                  },
                  message: "must be equal to one of the allowed values",
                  schema: schema17.properties.spec.properties.compliance.items.enum,
                  parentSchema: schema17.properties.spec.properties.compliance.items,
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
                      parentSchema: schema17.properties.spec.properties.compliance,
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
              schema: schema17.properties.spec.properties.compliance.type,
              parentSchema: schema17.properties.spec.properties.compliance,
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
                  parentSchema: schema17.properties.spec.properties.routing,
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
                        parentSchema: schema17.properties.spec.properties.routing.properties.failoverWithin.items,
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
                      schema: schema17.properties.spec.properties.routing.properties.failoverWithin.items.type,
                      parentSchema: schema17.properties.spec.properties.routing.properties.failoverWithin.items,
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
                        parentSchema: schema17.properties.spec.properties.routing.properties.failoverWithin,
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
                  schema: schema17.properties.spec.properties.routing.properties.failoverWithin.type,
                  parentSchema: schema17.properties.spec.properties.routing.properties.failoverWithin,
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
                        parentSchema: schema17.properties.spec.properties.routing.properties.allowFailoverAbroad.items,
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
                      schema: schema17.properties.spec.properties.routing.properties.allowFailoverAbroad.items.type,
                      parentSchema: schema17.properties.spec.properties.routing.properties.allowFailoverAbroad.items,
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
                        parentSchema: schema17.properties.spec.properties.routing.properties.allowFailoverAbroad,
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
                  schema: schema17.properties.spec.properties.routing.properties.allowFailoverAbroad.type,
                  parentSchema: schema17.properties.spec.properties.routing.properties.allowFailoverAbroad,
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
                    allowedValues: schema17.properties.spec.properties.routing.properties.mesh.enum
                  },
                  message: "must be equal to one of the allowed values",
                  schema: schema17.properties.spec.properties.routing.properties.mesh.enum,
                  parentSchema: schema17.properties.spec.properties.routing.properties.mesh,
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
              schema: schema17.properties.spec.properties.routing.type,
              parentSchema: schema17.properties.spec.properties.routing,
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
        if (data4.complianceRules !== void 0) {
          let data24 = data4.complianceRules;
          if (Array.isArray(data24)) {
            const len3 = data24.length;
            for (let i6 = 0; i6 < len3; i6++) {
              let data25 = data24[i6];
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                if (data25.id === void 0) {
                  const err50 = {
                    instancePath: instancePath + "/spec/complianceRules/" + i6,
                    schemaPath: "#/definitions/ComplianceRule/required",
                    keyword: "required",
                    params: { missingProperty: "id" },
                    message: "must have required property 'id'",
                    schema: schema19.required,
                    parentSchema: schema19,
                    data: data25
                  };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
                if (data25.categories === void 0) {
                  const err51 = {
                    instancePath: instancePath + "/spec/complianceRules/" + i6,
                    schemaPath: "#/definitions/ComplianceRule/required",
                    keyword: "required",
                    params: { missingProperty: "categories" },
                    message: "must have required property 'categories'",
                    schema: schema19.required,
                    parentSchema: schema19,
                    data: data25
                  };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                if (data25.jurisdictions === void 0) {
                  const err52 = {
                    instancePath: instancePath + "/spec/complianceRules/" + i6,
                    schemaPath: "#/definitions/ComplianceRule/required",
                    keyword: "required",
                    params: { missingProperty: "jurisdictions" },
                    message: "must have required property 'jurisdictions'",
                    schema: schema19.required,
                    parentSchema: schema19,
                    data: data25
                  };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
                for (const key9 in data25) {
                  if (!(key9 === "id" || key9 === "categories" || key9 === "jurisdictions" || key9 === "severity" || key9 === "message")) {
                    const err53 = {
                      instancePath: instancePath + "/spec/complianceRules/" + i6,
                      schemaPath: "#/definitions/ComplianceRule/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key9 },
                      message: "must NOT have additional properties",
                      schema: false,
                      parentSchema: schema19,
                      data: data25
                    };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
                if (data25.id !== void 0) {
                  let data26 = data25.id;
                  if (typeof data26 === "string") {
                    if (!formats0(data26)) {
                      const err54 = {
                        instancePath: instancePath + "/spec/complianceRules/" + i6 + "/id",
                        schemaPath: "#/definitions/ComplianceRule/properties/id/format",
                        keyword: "format",
                        params: { format: "dns-label" },
                        message: 'must match format "dns-label"',
                        schema: "dns-label",
                        parentSchema: schema19.properties.id,
                        data: data26
                      };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                  } else {
                    const err55 = {
                      instancePath: instancePath + "/spec/complianceRules/" + i6 + "/id",
                      schemaPath: "#/definitions/ComplianceRule/properties/id/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema19.properties.id.type,
                      parentSchema: schema19.properties.id,
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
                if (data25.categories !== void 0) {
                  let data27 = data25.categories;
                  if (Array.isArray(data27)) {
                    if (data27.length < 1) {
                      const err56 = {
                        instancePath: instancePath + "/spec/complianceRules/" + i6 + "/categories",
                        schemaPath: "#/definitions/ComplianceRule/properties/categories/minItems",
                        keyword: "minItems",
                        params: { limit: 1 },
                        message: "must NOT have fewer than 1 items",
                        schema: 1,
                        parentSchema: schema19.properties.categories,
                        data: data27
                      };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                    const len4 = data27.length;
                    for (let i7 = 0; i7 < len4; i7++) {
                      let data28 = data27[i7];
                      if (typeof data28 === "string") {
                        if (!pattern4.test(data28)) {
                          const err57 = {
                            instancePath: instancePath + "/spec/complianceRules/" + i6 + "/categories/" + i7,
                            schemaPath: "#/definitions/ComplianceRule/properties/categories/items/pattern",
                            keyword: "pattern",
                            params: { pattern: "^[a-z_]+(\\.[a-z_]+)*$" },
                            message: 'must match pattern "^[a-z_]+(\\.[a-z_]+)*$"',
                            schema: "^[a-z_]+(\\.[a-z_]+)*$",
                            parentSchema: schema19.properties.categories.items,
                            data: data28
                          };
                          if (vErrors === null) {
                            vErrors = [err57];
                          } else {
                            vErrors.push(err57);
                          }
                          errors++;
                        }
                      } else {
                        const err58 = {
                          instancePath: instancePath + "/spec/complianceRules/" + i6 + "/categories/" + i7,
                          schemaPath: "#/definitions/ComplianceRule/properties/categories/items/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema19.properties.categories.items.type,
                          parentSchema: schema19.properties.categories.items,
                          data: data28
                        };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err59 = {
                      instancePath: instancePath + "/spec/complianceRules/" + i6 + "/categories",
                      schemaPath: "#/definitions/ComplianceRule/properties/categories/type",
                      keyword: "type",
                      params: { type: "array" },
                      message: "must be array",
                      schema: schema19.properties.categories.type,
                      parentSchema: schema19.properties.categories,
                      data: data27
                    };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
                if (data25.jurisdictions !== void 0) {
                  let data29 = data25.jurisdictions;
                  if (Array.isArray(data29)) {
                    if (data29.length < 1) {
                      const err60 = {
                        instancePath: instancePath + "/spec/complianceRules/" + i6 + "/jurisdictions",
                        schemaPath: "#/definitions/ComplianceRule/properties/jurisdictions/minItems",
                        keyword: "minItems",
                        params: { limit: 1 },
                        message: "must NOT have fewer than 1 items",
                        schema: 1,
                        parentSchema: schema19.properties.jurisdictions,
                        data: data29
                      };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                    const len5 = data29.length;
                    for (let i8 = 0; i8 < len5; i8++) {
                      let data30 = data29[i8];
                      if (typeof data30 === "string") {
                        if (!pattern3.test(data30)) {
                          const err61 = {
                            instancePath: instancePath + "/spec/complianceRules/" + i6 + "/jurisdictions/" + i8,
                            schemaPath: "#/definitions/ComplianceRule/properties/jurisdictions/items/pattern",
                            keyword: "pattern",
                            params: { pattern: "^[A-Z]{2,3}$" },
                            message: 'must match pattern "^[A-Z]{2,3}$"',
                            schema: "^[A-Z]{2,3}$",
                            parentSchema: schema19.properties.jurisdictions.items,
                            data: data30
                          };
                          if (vErrors === null) {
                            vErrors = [err61];
                          } else {
                            vErrors.push(err61);
                          }
                          errors++;
                        }
                      } else {
                        const err62 = {
                          instancePath: instancePath + "/spec/complianceRules/" + i6 + "/jurisdictions/" + i8,
                          schemaPath: "#/definitions/ComplianceRule/properties/jurisdictions/items/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema19.properties.jurisdictions.items.type,
                          parentSchema: schema19.properties.jurisdictions.items,
                          data: data30
                        };
                        if (vErrors === null) {
                          vErrors = [err62];
                        } else {
                          vErrors.push(err62);
                        }
                        errors++;
                      }
                    }
                    let i9 = data29.length;
                    let j3;
                    if (i9 > 1) {
                      const indices2 = {};
                      for (; i9--; ) {
                        let item2 = data29[i9];
                        if (typeof item2 !== "string") {
                          continue;
                        }
                        if (typeof indices2[item2] == "number") {
                          j3 = indices2[item2];
                          const err63 = {
                            instancePath: instancePath + "/spec/complianceRules/" + i6 + "/jurisdictions",
                            schemaPath: "#/definitions/ComplianceRule/properties/jurisdictions/uniqueItems",
                            keyword: "uniqueItems",
                            params: { i: i9, j: j3 },
                            message: "must NOT have duplicate items (items ## " + j3 + " and " + i9 + " are identical)",
                            schema: true,
                            parentSchema: schema19.properties.jurisdictions,
                            data: data29
                          };
                          if (vErrors === null) {
                            vErrors = [err63];
                          } else {
                            vErrors.push(err63);
                          }
                          errors++;
                          break;
                        }
                        indices2[item2] = i9;
                      }
                    }
                  } else {
                    const err64 = {
                      instancePath: instancePath + "/spec/complianceRules/" + i6 + "/jurisdictions",
                      schemaPath: "#/definitions/ComplianceRule/properties/jurisdictions/type",
                      keyword: "type",
                      params: { type: "array" },
                      message: "must be array",
                      schema: schema19.properties.jurisdictions.type,
                      parentSchema: schema19.properties.jurisdictions,
                      data: data29
                    };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
                if (data25.severity !== void 0) {
                  let data31 = data25.severity;
                  if (!(data31 === "error" || data31 === "warning")) {
                    const err65 = {
                      instancePath: instancePath + "/spec/complianceRules/" + i6 + "/severity",
                      schemaPath: "#/definitions/ComplianceRule/properties/severity/enum",
                      keyword: "enum",
                      params: { allowedValues: schema19.properties.severity.enum },
                      message: "must be equal to one of the allowed values",
                      schema: schema19.properties.severity.enum,
                      parentSchema: schema19.properties.severity,
                      data: data31
                    };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
                if (data25.message !== void 0) {
                  let data32 = data25.message;
                  if (typeof data32 === "string") {
                    if (func2(data32) < 1) {
                      const err66 = {
                        instancePath: instancePath + "/spec/complianceRules/" + i6 + "/message",
                        schemaPath: "#/definitions/ComplianceRule/properties/message/minLength",
                        keyword: "minLength",
                        params: { limit: 1 },
                        message: "must NOT have fewer than 1 characters",
                        schema: 1,
                        parentSchema: schema19.properties.message,
                        data: data32
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
                      instancePath: instancePath + "/spec/complianceRules/" + i6 + "/message",
                      schemaPath: "#/definitions/ComplianceRule/properties/message/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema19.properties.message.type,
                      parentSchema: schema19.properties.message,
                      data: data32
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
                  instancePath: instancePath + "/spec/complianceRules/" + i6,
                  schemaPath: "#/definitions/ComplianceRule/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema19.type,
                  parentSchema: schema19,
                  data: data25
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
              instancePath: instancePath + "/spec/complianceRules",
              schemaPath: "#/properties/spec/properties/complianceRules/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema17.properties.spec.properties.complianceRules.type,
              parentSchema: schema17.properties.spec.properties.complianceRules,
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
        if (data4.databaseRoles !== void 0) {
          let data33 = data4.databaseRoles;
          if (Array.isArray(data33)) {
            const len6 = data33.length;
            for (let i10 = 0; i10 < len6; i10++) {
              let data34 = data33[i10];
              if (typeof data34 === "string") {
                if (func2(data34) > 63) {
                  const err70 = {
                    instancePath: instancePath + "/spec/databaseRoles/" + i10,
                    schemaPath: "#/properties/spec/properties/databaseRoles/items/maxLength",
                    keyword: "maxLength",
                    params: { limit: 63 },
                    message: "must NOT have more than 63 characters",
                    schema: 63,
                    parentSchema: schema17.properties.spec.properties.databaseRoles.items,
                    data: data34
                  };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
                if (func2(data34) < 1) {
                  const err71 = {
                    instancePath: instancePath + "/spec/databaseRoles/" + i10,
                    schemaPath: "#/properties/spec/properties/databaseRoles/items/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                    schema: 1,
                    parentSchema: schema17.properties.spec.properties.databaseRoles.items,
                    data: data34
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
                  instancePath: instancePath + "/spec/databaseRoles/" + i10,
                  schemaPath: "#/properties/spec/properties/databaseRoles/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema17.properties.spec.properties.databaseRoles.items.type,
                  parentSchema: schema17.properties.spec.properties.databaseRoles.items,
                  data: data34
                };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            let i11 = data33.length;
            let j4;
            if (i11 > 1) {
              const indices3 = {};
              for (; i11--; ) {
                let item3 = data33[i11];
                if (typeof item3 !== "string") {
                  continue;
                }
                if (typeof indices3[item3] == "number") {
                  j4 = indices3[item3];
                  const err73 = {
                    instancePath: instancePath + "/spec/databaseRoles",
                    schemaPath: "#/properties/spec/properties/databaseRoles/uniqueItems",
                    keyword: "uniqueItems",
                    params: { i: i11, j: j4 },
                    message: "must NOT have duplicate items (items ## " + j4 + " and " + i11 + " are identical)",
                    schema: true,
                    parentSchema: schema17.properties.spec.properties.databaseRoles,
                    data: data33
                  };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                  break;
                }
                indices3[item3] = i11;
              }
            }
          } else {
            const err74 = {
              instancePath: instancePath + "/spec/databaseRoles",
              schemaPath: "#/properties/spec/properties/databaseRoles/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema17.properties.spec.properties.databaseRoles.type,
              parentSchema: schema17.properties.spec.properties.databaseRoles,
              data: data33
            };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data4.regions !== void 0) {
          let data35 = data4.regions;
          if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
            if (Object.keys(data35).length < 1) {
              const err75 = {
                instancePath: instancePath + "/spec/regions",
                schemaPath: "#/properties/spec/properties/regions/minProperties",
                keyword: "minProperties",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 properties",
                schema: 1,
                parentSchema: schema17.properties.spec.properties.regions,
                data: data35
              };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
            for (const key10 in data35) {
              const _errs78 = errors;
              if (typeof key10 === "string") {
                if (!formats0(key10)) {
                  const err76 = {
                    instancePath: instancePath + "/spec/regions",
                    schemaPath: "#/properties/spec/properties/regions/propertyNames/format",
                    keyword: "format",
                    params: { format: "dns-label" },
                    message: 'must match format "dns-label"',
                    schema: "dns-label",
                    parentSchema: schema17.properties.spec.properties.regions.propertyNames,
                    data: key10,
                    propertyName: key10
                  };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
              }
              var valid31 = _errs78 === errors;
              if (!valid31) {
                const err77 = {
                  instancePath: instancePath + "/spec/regions",
                  schemaPath: "#/properties/spec/properties/regions/propertyNames",
                  keyword: "propertyNames",
                  params: { propertyName: key10 },
                  message: "property name must be valid",
                  schema: schema17.properties.spec.properties.regions.propertyNames,
                  parentSchema: schema17.properties.spec.properties.regions,
                  data: data35
                };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
            for (const key11 in data35) {
              let data36 = data35[key11];
              if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                if (data36.location === void 0) {
                  const err78 = {
                    instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),
                    schemaPath: "#/definitions/Region/required",
                    keyword: "required",
                    params: { missingProperty: "location" },
                    message: "must have required property 'location'",
                    schema: schema20.required,
                    parentSchema: schema20,
                    data: data36
                  };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
                if (data36.jurisdiction === void 0) {
                  const err79 = {
                    instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),
                    schemaPath: "#/definitions/Region/required",
                    keyword: "required",
                    params: { missingProperty: "jurisdiction" },
                    message: "must have required property 'jurisdiction'",
                    schema: schema20.required,
                    parentSchema: schema20,
                    data: data36
                  };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
                if (data36.argocd === void 0) {
                  const err80 = {
                    instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),
                    schemaPath: "#/definitions/Region/required",
                    keyword: "required",
                    params: { missingProperty: "argocd" },
                    message: "must have required property 'argocd'",
                    schema: schema20.required,
                    parentSchema: schema20,
                    data: data36
                  };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
                for (const key12 in data36) {
                  if (!(key12 === "location" || key12 === "jurisdiction" || key12 === "approvals" || key12 === "argocd" || key12 === "dns" || key12 === "mesh" || key12 === "database")) {
                    const err81 = {
                      instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),
                      schemaPath: "#/definitions/Region/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key12 },
                      message: "must NOT have additional properties",
                      schema: false,
                      parentSchema: schema20,
                      data: data36
                    };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                }
                if (data36.location !== void 0) {
                  let data37 = data36.location;
                  if (typeof data37 === "string") {
                    if (func2(data37) < 1) {
                      const err82 = {
                        instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/location",
                        schemaPath: "#/definitions/Region/properties/location/minLength",
                        keyword: "minLength",
                        params: { limit: 1 },
                        message: "must NOT have fewer than 1 characters",
                        schema: 1,
                        parentSchema: schema20.properties.location,
                        data: data37
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
                      instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/location",
                      schemaPath: "#/definitions/Region/properties/location/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema20.properties.location.type,
                      parentSchema: schema20.properties.location,
                      data: data37
                    };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                }
                if (data36.jurisdiction !== void 0) {
                  let data38 = data36.jurisdiction;
                  if (typeof data38 === "string") {
                    if (!pattern3.test(data38)) {
                      const err84 = {
                        instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jurisdiction",
                        schemaPath: "#/definitions/Region/properties/jurisdiction/pattern",
                        keyword: "pattern",
                        params: { pattern: "^[A-Z]{2,3}$" },
                        message: 'must match pattern "^[A-Z]{2,3}$"',
                        schema: "^[A-Z]{2,3}$",
                        parentSchema: schema20.properties.jurisdiction,
                        data: data38
                      };
                      if (vErrors === null) {
                        vErrors = [err84];
                      } else {
                        vErrors.push(err84);
                      }
                      errors++;
                    }
                  } else {
                    const err85 = {
                      instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jurisdiction",
                      schemaPath: "#/definitions/Region/properties/jurisdiction/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema20.properties.jurisdiction.type,
                      parentSchema: schema20.properties.jurisdiction,
                      data: data38
                    };
                    if (vErrors === null) {
                      vErrors = [err85];
                    } else {
                      vErrors.push(err85);
                    }
                    errors++;
                  }
                }
                if (data36.approvals !== void 0) {
                  let data39 = data36.approvals;
                  if (!(typeof data39 == "number" && !(data39 % 1) && !isNaN(data39) && isFinite(data39))) {
                    const err86 = {
                      instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvals",
                      schemaPath: "#/definitions/Region/properties/approvals/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                      schema: schema20.properties.approvals.type,
                      parentSchema: schema20.properties.approvals,
                      data: data39
                    };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                  if (typeof data39 == "number" && isFinite(data39)) {
                    if (data39 > 10 || isNaN(data39)) {
                      const err87 = {
                        instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvals",
                        schemaPath: "#/definitions/Region/properties/approvals/maximum",
                        keyword: "maximum",
                        params: { comparison: "<=", limit: 10 },
                        message: "must be <= 10",
                        schema: 10,
                        parentSchema: schema20.properties.approvals,
                        data: data39
                      };
                      if (vErrors === null) {
                        vErrors = [err87];
                      } else {
                        vErrors.push(err87);
                      }
                      errors++;
                    }
                    if (data39 < 0 || isNaN(data39)) {
                      const err88 = {
                        instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvals",
                        schemaPath: "#/definitions/Region/properties/approvals/minimum",
                        keyword: "minimum",
                        params: { comparison: ">=", limit: 0 },
                        message: "must be >= 0",
                        schema: 0,
                        parentSchema: schema20.properties.approvals,
                        data: data39
                      };
                      if (vErrors === null) {
                        vErrors = [err88];
                      } else {
                        vErrors.push(err88);
                      }
                      errors++;
                    }
                  }
                }
                if (data36.argocd !== void 0) {
                  let data40 = data36.argocd;
                  if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                    if (data40.server === void 0) {
                      const err89 = {
                        instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd",
                        schemaPath: "#/definitions/Region/properties/argocd/required",
                        keyword: "required",
                        params: { missingProperty: "server" },
                        message: "must have required property 'server'",
                        schema: schema20.properties.argocd.required,
                        parentSchema: schema20.properties.argocd,
                        data: data40
                      };
                      if (vErrors === null) {
                        vErrors = [err89];
                      } else {
                        vErrors.push(err89);
                      }
                      errors++;
                    }
                    for (const key13 in data40) {
                      if (!(key13 === "server" || key13 === "app" || key13 === "project" || key13 === "tokenSecret" || key13 === "sync" || key13 === "acceptSuspended")) {
                        const err90 = {
                          instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd",
                          schemaPath: "#/definitions/Region/properties/argocd/additionalProperties",
                          keyword: "additionalProperties",
                          params: { additionalProperty: key13 },
                          message: "must NOT have additional properties",
                          schema: false,
                          parentSchema: schema20.properties.argocd,
                          data: data40
                        };
                        if (vErrors === null) {
                          vErrors = [err90];
                        } else {
                          vErrors.push(err90);
                        }
                        errors++;
                      }
                    }
                    if (data40.server !== void 0) {
                      let data41 = data40.server;
                      if (typeof data41 === "string") {
                        if (!formats62(data41)) {
                          const err91 = {
                            instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd/server",
                            schemaPath: "#/definitions/Region/properties/argocd/properties/server/format",
                            keyword: "format",
                            params: { format: "uri" },
                            message: 'must match format "uri"',
                            schema: "uri",
                            parentSchema: schema20.properties.argocd.properties.server,
                            data: data41
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
                          instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd/server",
                          schemaPath: "#/definitions/Region/properties/argocd/properties/server/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema20.properties.argocd.properties.server.type,
                          parentSchema: schema20.properties.argocd.properties.server,
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
                    if (data40.app !== void 0) {
                      let data42 = data40.app;
                      if (typeof data42 === "string") {
                        if (func2(data42) < 1) {
                          const err93 = {
                            instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd/app",
                            schemaPath: "#/definitions/Region/properties/argocd/properties/app/minLength",
                            keyword: "minLength",
                            params: { limit: 1 },
                            message: "must NOT have fewer than 1 characters",
                            schema: 1,
                            parentSchema: schema20.properties.argocd.properties.app,
                            data: data42
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
                          instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd/app",
                          schemaPath: "#/definitions/Region/properties/argocd/properties/app/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema20.properties.argocd.properties.app.type,
                          parentSchema: schema20.properties.argocd.properties.app,
                          data: data42
                        };
                        if (vErrors === null) {
                          vErrors = [err94];
                        } else {
                          vErrors.push(err94);
                        }
                        errors++;
                      }
                    }
                    if (data40.project !== void 0) {
                      let data43 = data40.project;
                      if (typeof data43 === "string") {
                        if (func2(data43) < 1) {
                          const err95 = {
                            instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd/project",
                            schemaPath: "#/definitions/Region/properties/argocd/properties/project/minLength",
                            keyword: "minLength",
                            params: { limit: 1 },
                            message: "must NOT have fewer than 1 characters",
                            schema: 1,
                            parentSchema: schema20.properties.argocd.properties.project,
                            data: data43
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
                          instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd/project",
                          schemaPath: "#/definitions/Region/properties/argocd/properties/project/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema20.properties.argocd.properties.project.type,
                          parentSchema: schema20.properties.argocd.properties.project,
                          data: data43
                        };
                        if (vErrors === null) {
                          vErrors = [err96];
                        } else {
                          vErrors.push(err96);
                        }
                        errors++;
                      }
                    }
                    if (data40.tokenSecret !== void 0) {
                      let data44 = data40.tokenSecret;
                      if (typeof data44 === "string") {
                        if (!pattern10.test(data44)) {
                          const err97 = {
                            instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd/tokenSecret",
                            schemaPath: "#/definitions/Region/properties/argocd/properties/tokenSecret/pattern",
                            keyword: "pattern",
                            params: { pattern: "^[A-Z_][A-Z0-9_]*$" },
                            message: 'must match pattern "^[A-Z_][A-Z0-9_]*$"',
                            schema: "^[A-Z_][A-Z0-9_]*$",
                            parentSchema: schema20.properties.argocd.properties.tokenSecret,
                            data: data44
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
                          instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd/tokenSecret",
                          schemaPath: "#/definitions/Region/properties/argocd/properties/tokenSecret/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema20.properties.argocd.properties.tokenSecret.type,
                          parentSchema: schema20.properties.argocd.properties.tokenSecret,
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
                    if (data40.sync !== void 0) {
                      let data45 = data40.sync;
                      if (!(data45 === "auto" || data45 === "explicit")) {
                        const err99 = {
                          instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd/sync",
                          schemaPath: "#/definitions/Region/properties/argocd/properties/sync/enum",
                          keyword: "enum",
                          params: {
                            allowedValues: schema20.properties.argocd.properties.sync.enum
                          },
                          message: "must be equal to one of the allowed values",
                          schema: schema20.properties.argocd.properties.sync.enum,
                          parentSchema: schema20.properties.argocd.properties.sync,
                          data: data45
                        };
                        if (vErrors === null) {
                          vErrors = [err99];
                        } else {
                          vErrors.push(err99);
                        }
                        errors++;
                      }
                    }
                    if (data40.acceptSuspended !== void 0) {
                      let data46 = data40.acceptSuspended;
                      if (typeof data46 !== "boolean") {
                        const err100 = {
                          instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd/acceptSuspended",
                          schemaPath: "#/definitions/Region/properties/argocd/properties/acceptSuspended/type",
                          keyword: "type",
                          params: { type: "boolean" },
                          message: "must be boolean",
                          schema: schema20.properties.argocd.properties.acceptSuspended.type,
                          parentSchema: schema20.properties.argocd.properties.acceptSuspended,
                          data: data46
                        };
                        if (vErrors === null) {
                          vErrors = [err100];
                        } else {
                          vErrors.push(err100);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err101 = {
                      instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/argocd",
                      schemaPath: "#/definitions/Region/properties/argocd/type",
                      keyword: "type",
                      params: { type: "object" },
                      message: "must be object",
                      schema: schema20.properties.argocd.type,
                      parentSchema: schema20.properties.argocd,
                      data: data40
                    };
                    if (vErrors === null) {
                      vErrors = [err101];
                    } else {
                      vErrors.push(err101);
                    }
                    errors++;
                  }
                }
                if (data36.dns !== void 0) {
                  let data47 = data36.dns;
                  if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                    if (data47.provider === void 0) {
                      const err102 = {
                        instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/dns",
                        schemaPath: "#/definitions/Region/properties/dns/required",
                        keyword: "required",
                        params: { missingProperty: "provider" },
                        message: "must have required property 'provider'",
                        schema: schema20.properties.dns.required,
                        parentSchema: schema20.properties.dns,
                        data: data47
                      };
                      if (vErrors === null) {
                        vErrors = [err102];
                      } else {
                        vErrors.push(err102);
                      }
                      errors++;
                    }
                    if (data47.zone === void 0) {
                      const err103 = {
                        instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/dns",
                        schemaPath: "#/definitions/Region/properties/dns/required",
                        keyword: "required",
                        params: { missingProperty: "zone" },
                        message: "must have required property 'zone'",
                        schema: schema20.properties.dns.required,
                        parentSchema: schema20.properties.dns,
                        data: data47
                      };
                      if (vErrors === null) {
                        vErrors = [err103];
                      } else {
                        vErrors.push(err103);
                      }
                      errors++;
                    }
                    for (const key14 in data47) {
                      if (!(key14 === "provider" || key14 === "zone" || key14 === "annotationPrefix" || key14 === "endpoint")) {
                        const err104 = {
                          instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/dns",
                          schemaPath: "#/definitions/Region/properties/dns/additionalProperties",
                          keyword: "additionalProperties",
                          params: { additionalProperty: key14 },
                          message: "must NOT have additional properties",
                          schema: false,
                          parentSchema: schema20.properties.dns,
                          data: data47
                        };
                        if (vErrors === null) {
                          vErrors = [err104];
                        } else {
                          vErrors.push(err104);
                        }
                        errors++;
                      }
                    }
                    if (data47.provider !== void 0) {
                      let data48 = data47.provider;
                      if (!(data48 === "aws" || data48 === "google" || data48 === "azure" || data48 === "cloudflare" || data48 === "k8gb")) {
                        const err105 = {
                          instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/dns/provider",
                          schemaPath: "#/definitions/Region/properties/dns/properties/provider/enum",
                          keyword: "enum",
                          params: {
                            allowedValues: schema20.properties.dns.properties.provider.enum
                          },
                          message: "must be equal to one of the allowed values",
                          schema: schema20.properties.dns.properties.provider.enum,
                          parentSchema: schema20.properties.dns.properties.provider,
                          data: data48
                        };
                        if (vErrors === null) {
                          vErrors = [err105];
                        } else {
                          vErrors.push(err105);
                        }
                        errors++;
                      }
                    }
                    if (data47.zone !== void 0) {
                      let data49 = data47.zone;
                      if (typeof data49 === "string") {
                        if (!formats12(data49)) {
                          const err106 = {
                            instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/dns/zone",
                            schemaPath: "#/definitions/Region/properties/dns/properties/zone/format",
                            keyword: "format",
                            params: { format: "hostname" },
                            message: 'must match format "hostname"',
                            schema: "hostname",
                            parentSchema: schema20.properties.dns.properties.zone,
                            data: data49
                          };
                          if (vErrors === null) {
                            vErrors = [err106];
                          } else {
                            vErrors.push(err106);
                          }
                          errors++;
                        }
                      } else {
                        const err107 = {
                          instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/dns/zone",
                          schemaPath: "#/definitions/Region/properties/dns/properties/zone/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema20.properties.dns.properties.zone.type,
                          parentSchema: schema20.properties.dns.properties.zone,
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
                    if (data47.annotationPrefix !== void 0) {
                      let data50 = data47.annotationPrefix;
                      if (typeof data50 === "string") {
                        if (!pattern11.test(data50)) {
                          const err108 = {
                            instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/dns/annotationPrefix",
                            schemaPath: "#/definitions/Region/properties/dns/properties/annotationPrefix/pattern",
                            keyword: "pattern",
                            params: { pattern: "^[a-z0-9.-]+/$" },
                            message: 'must match pattern "^[a-z0-9.-]+/$"',
                            schema: "^[a-z0-9.-]+/$",
                            parentSchema: schema20.properties.dns.properties.annotationPrefix,
                            data: data50
                          };
                          if (vErrors === null) {
                            vErrors = [err108];
                          } else {
                            vErrors.push(err108);
                          }
                          errors++;
                        }
                      } else {
                        const err109 = {
                          instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/dns/annotationPrefix",
                          schemaPath: "#/definitions/Region/properties/dns/properties/annotationPrefix/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema20.properties.dns.properties.annotationPrefix.type,
                          parentSchema: schema20.properties.dns.properties.annotationPrefix,
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
                    if (data47.endpoint !== void 0) {
                      let data51 = data47.endpoint;
                      if (typeof data51 === "string") {
                        if (!pattern12.test(data51)) {
                          const err110 = {
                            instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/dns/endpoint",
                            schemaPath: "#/definitions/Region/properties/dns/properties/endpoint/pattern",
                            keyword: "pattern",
                            params: { pattern: "^https?://" },
                            message: 'must match pattern "^https?://"',
                            schema: "^https?://",
                            parentSchema: schema20.properties.dns.properties.endpoint,
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
                          instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/dns/endpoint",
                          schemaPath: "#/definitions/Region/properties/dns/properties/endpoint/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema20.properties.dns.properties.endpoint.type,
                          parentSchema: schema20.properties.dns.properties.endpoint,
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
                      instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/dns",
                      schemaPath: "#/definitions/Region/properties/dns/type",
                      keyword: "type",
                      params: { type: "object" },
                      message: "must be object",
                      schema: schema20.properties.dns.type,
                      parentSchema: schema20.properties.dns,
                      data: data47
                    };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                }
                if (data36.mesh !== void 0) {
                  let data52 = data36.mesh;
                  if (!(data52 === "istio" || data52 === "linkerd" || data52 === "none")) {
                    const err113 = {
                      instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/mesh",
                      schemaPath: "#/definitions/Region/properties/mesh/enum",
                      keyword: "enum",
                      params: { allowedValues: schema20.properties.mesh.enum },
                      message: "must be equal to one of the allowed values",
                      schema: schema20.properties.mesh.enum,
                      parentSchema: schema20.properties.mesh,
                      data: data52
                    };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
                if (data36.database !== void 0) {
                  let data53 = data36.database;
                  if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                    if (data53.secret === void 0) {
                      const err114 = {
                        instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/database",
                        schemaPath: "#/definitions/Region/properties/database/required",
                        keyword: "required",
                        params: { missingProperty: "secret" },
                        message: "must have required property 'secret'",
                        schema: schema20.properties.database.required,
                        parentSchema: schema20.properties.database,
                        data: data53
                      };
                      if (vErrors === null) {
                        vErrors = [err114];
                      } else {
                        vErrors.push(err114);
                      }
                      errors++;
                    }
                    for (const key15 in data53) {
                      if (!(key15 === "secret" || key15 === "replication")) {
                        const err115 = {
                          instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/database",
                          schemaPath: "#/definitions/Region/properties/database/additionalProperties",
                          keyword: "additionalProperties",
                          params: { additionalProperty: key15 },
                          message: "must NOT have additional properties",
                          schema: false,
                          parentSchema: schema20.properties.database,
                          data: data53
                        };
                        if (vErrors === null) {
                          vErrors = [err115];
                        } else {
                          vErrors.push(err115);
                        }
                        errors++;
                      }
                    }
                    if (data53.secret !== void 0) {
                      let data54 = data53.secret;
                      if (typeof data54 === "string") {
                        if (!pattern10.test(data54)) {
                          const err116 = {
                            instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/database/secret",
                            schemaPath: "#/definitions/Region/properties/database/properties/secret/pattern",
                            keyword: "pattern",
                            params: { pattern: "^[A-Z_][A-Z0-9_]*$" },
                            message: 'must match pattern "^[A-Z_][A-Z0-9_]*$"',
                            schema: "^[A-Z_][A-Z0-9_]*$",
                            parentSchema: schema20.properties.database.properties.secret,
                            data: data54
                          };
                          if (vErrors === null) {
                            vErrors = [err116];
                          } else {
                            vErrors.push(err116);
                          }
                          errors++;
                        }
                      } else {
                        const err117 = {
                          instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/database/secret",
                          schemaPath: "#/definitions/Region/properties/database/properties/secret/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema20.properties.database.properties.secret.type,
                          parentSchema: schema20.properties.database.properties.secret,
                          data: data54
                        };
                        if (vErrors === null) {
                          vErrors = [err117];
                        } else {
                          vErrors.push(err117);
                        }
                        errors++;
                      }
                    }
                    if (data53.replication !== void 0) {
                      let data55 = data53.replication;
                      if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                        for (const key16 in data55) {
                          if (!(key16 === "user" || key16 === "passfile")) {
                            const err118 = {
                              instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/database/replication",
                              schemaPath: "#/definitions/Region/properties/database/properties/replication/additionalProperties",
                              keyword: "additionalProperties",
                              params: { additionalProperty: key16 },
                              message: "must NOT have additional properties",
                              schema: false,
                              parentSchema: schema20.properties.database.properties.replication,
                              data: data55
                            };
                            if (vErrors === null) {
                              vErrors = [err118];
                            } else {
                              vErrors.push(err118);
                            }
                            errors++;
                          }
                        }
                        if (data55.user !== void 0) {
                          let data56 = data55.user;
                          if (typeof data56 === "string") {
                            if (func2(data56) > 63) {
                              const err119 = {
                                instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/database/replication/user",
                                schemaPath: "#/definitions/Region/properties/database/properties/replication/properties/user/maxLength",
                                keyword: "maxLength",
                                params: { limit: 63 },
                                message: "must NOT have more than 63 characters",
                                schema: 63,
                                parentSchema: schema20.properties.database.properties.replication.properties.user,
                                data: data56
                              };
                              if (vErrors === null) {
                                vErrors = [err119];
                              } else {
                                vErrors.push(err119);
                              }
                              errors++;
                            }
                            if (func2(data56) < 1) {
                              const err120 = {
                                instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/database/replication/user",
                                schemaPath: "#/definitions/Region/properties/database/properties/replication/properties/user/minLength",
                                keyword: "minLength",
                                params: { limit: 1 },
                                message: "must NOT have fewer than 1 characters",
                                schema: 1,
                                parentSchema: schema20.properties.database.properties.replication.properties.user,
                                data: data56
                              };
                              if (vErrors === null) {
                                vErrors = [err120];
                              } else {
                                vErrors.push(err120);
                              }
                              errors++;
                            }
                          } else {
                            const err121 = {
                              instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/database/replication/user",
                              schemaPath: "#/definitions/Region/properties/database/properties/replication/properties/user/type",
                              keyword: "type",
                              params: { type: "string" },
                              message: "must be string",
                              schema: schema20.properties.database.properties.replication.properties.user.type,
                              parentSchema: schema20.properties.database.properties.replication.properties.user,
                              data: data56
                            };
                            if (vErrors === null) {
                              vErrors = [err121];
                            } else {
                              vErrors.push(err121);
                            }
                            errors++;
                          }
                        }
                        if (data55.passfile !== void 0) {
                          let data57 = data55.passfile;
                          if (typeof data57 === "string") {
                            if (!pattern2.test(data57)) {
                              const err122 = {
                                instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/database/replication/passfile",
                                schemaPath: "#/definitions/Region/properties/database/properties/replication/properties/passfile/pattern",
                                keyword: "pattern",
                                params: { pattern: "^/" },
                                message: 'must match pattern "^/"',
                                schema: "^/",
                                parentSchema: schema20.properties.database.properties.replication.properties.passfile,
                                data: data57
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
                              instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/database/replication/passfile",
                              schemaPath: "#/definitions/Region/properties/database/properties/replication/properties/passfile/type",
                              keyword: "type",
                              params: { type: "string" },
                              message: "must be string",
                              schema: schema20.properties.database.properties.replication.properties.passfile.type,
                              parentSchema: schema20.properties.database.properties.replication.properties.passfile,
                              data: data57
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
                          instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/database/replication",
                          schemaPath: "#/definitions/Region/properties/database/properties/replication/type",
                          keyword: "type",
                          params: { type: "object" },
                          message: "must be object",
                          schema: schema20.properties.database.properties.replication.type,
                          parentSchema: schema20.properties.database.properties.replication,
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
                  } else {
                    const err125 = {
                      instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/database",
                      schemaPath: "#/definitions/Region/properties/database/type",
                      keyword: "type",
                      params: { type: "object" },
                      message: "must be object",
                      schema: schema20.properties.database.type,
                      parentSchema: schema20.properties.database,
                      data: data53
                    };
                    if (vErrors === null) {
                      vErrors = [err125];
                    } else {
                      vErrors.push(err125);
                    }
                    errors++;
                  }
                }
              } else {
                const err126 = {
                  instancePath: instancePath + "/spec/regions/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/definitions/Region/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema20.type,
                  parentSchema: schema20,
                  data: data36
                };
                if (vErrors === null) {
                  vErrors = [err126];
                } else {
                  vErrors.push(err126);
                }
                errors++;
              }
            }
          } else {
            const err127 = {
              instancePath: instancePath + "/spec/regions",
              schemaPath: "#/properties/spec/properties/regions/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema17.properties.spec.properties.regions.type,
              parentSchema: schema17.properties.spec.properties.regions,
              data: data35
            };
            if (vErrors === null) {
              vErrors = [err127];
            } else {
              vErrors.push(err127);
            }
            errors++;
          }
        }
      } else {
        const err128 = {
          instancePath: instancePath + "/spec",
          schemaPath: "#/properties/spec/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema17.properties.spec.type,
          parentSchema: schema17.properties.spec,
          data: data4
        };
        if (vErrors === null) {
          vErrors = [err128];
        } else {
          vErrors.push(err128);
        }
        errors++;
      }
    }
  } else {
    const err129 = {
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
      vErrors = [err129];
    } else {
      vErrors.push(err129);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var validatePlan = validate16;
var schema21 = {
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
        data: { $ref: "#/definitions/RegionData" }
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
var schema29 = {
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
var schema30 = {
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
var schema22 = {
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
    data: { $ref: "#/definitions/RegionData" }
  }
};
var schema23 = {
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
var pattern15 = new RegExp("^[0-9a-f]{64}$", "u");
var schema24 = {
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
var schema25 = {
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
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
        schema: schema24.required,
        parentSchema: schema24,
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
        schema: schema24.required,
        parentSchema: schema24,
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
        schema: schema24.required,
        parentSchema: schema24,
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
        schema: schema24.required,
        parentSchema: schema24,
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
        schema: schema24.required,
        parentSchema: schema24,
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
        schema: schema24.required,
        parentSchema: schema24,
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
          parentSchema: schema24,
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
          schema: schema24.properties.provider.type,
          parentSchema: schema24.properties.provider,
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
          schema: schema24.properties.zone.type,
          parentSchema: schema24.properties.zone,
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
          schema: schema24.properties.annotationPrefix.type,
          parentSchema: schema24.properties.annotationPrefix,
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
          schema: schema24.properties.file.type,
          parentSchema: schema24.properties.file,
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
                schema: schema25.required,
                parentSchema: schema25,
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
                schema: schema25.required,
                parentSchema: schema25,
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
                schema: schema25.required,
                parentSchema: schema25,
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
                schema: schema25.required,
                parentSchema: schema25,
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
                schema: schema25.required,
                parentSchema: schema25,
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
              if (!func3.call(schema25.properties, key1)) {
                const err16 = {
                  instancePath: instancePath + "/records/" + i0,
                  schemaPath: "#/definitions/DnsRecord/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key1 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema25,
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
                  schema: schema25.properties.name.type,
                  parentSchema: schema25.properties.name,
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
                  params: { allowedValues: schema25.properties.policy.enum },
                  message: "must be equal to one of the allowed values",
                  schema: schema25.properties.policy.enum,
                  parentSchema: schema25.properties.policy,
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
                  params: { allowedValues: schema25.properties.carrier.enum },
                  message: "must be equal to one of the allowed values",
                  schema: schema25.properties.carrier.enum,
                  parentSchema: schema25.properties.carrier,
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
                  schema: schema25.properties.setIdentifier.type,
                  parentSchema: schema25.properties.setIdentifier,
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
                  schema: schema25.properties.ttl.type,
                  parentSchema: schema25.properties.ttl,
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
                    parentSchema: schema25.properties.ttl,
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
                  schema: schema25.properties.alias.type,
                  parentSchema: schema25.properties.alias,
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
                  schema: schema25.properties.evaluateTargetHealth.type,
                  parentSchema: schema25.properties.evaluateTargetHealth,
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
                  schema: schema25.properties.healthCheckId.type,
                  parentSchema: schema25.properties.healthCheckId,
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
                  schema: schema25.properties.awsRegion.type,
                  parentSchema: schema25.properties.awsRegion,
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
                  params: { allowedValues: schema25.properties.failover.enum },
                  message: "must be equal to one of the allowed values",
                  schema: schema25.properties.failover.enum,
                  parentSchema: schema25.properties.failover,
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
                  schema: schema25.properties.weight.type,
                  parentSchema: schema25.properties.weight,
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
                    parentSchema: schema25.properties.weight,
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
                    parentSchema: schema25.properties.weight,
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
                  schema: schema25.properties.continent.type,
                  parentSchema: schema25.properties.continent,
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
                  schema: schema25.properties.country.type,
                  parentSchema: schema25.properties.country,
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
                  schema: schema25.properties.subdivision.type,
                  parentSchema: schema25.properties.subdivision,
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
                  schema: schema25.properties.target.type,
                  parentSchema: schema25.properties.target,
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
              schema: schema25.type,
              parentSchema: schema25,
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
          schema: schema24.properties.records.type,
          parentSchema: schema24.properties.records,
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
              schema: schema24.properties.annotations.additionalProperties.type,
              parentSchema: schema24.properties.annotations.additionalProperties,
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
          schema: schema24.properties.annotations.type,
          parentSchema: schema24.properties.annotations,
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
                schema: schema24.properties.shift.items.required,
                parentSchema: schema24.properties.shift.items,
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
                schema: schema24.properties.shift.items.required,
                parentSchema: schema24.properties.shift.items,
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
                schema: schema24.properties.shift.items.required,
                parentSchema: schema24.properties.shift.items,
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
                  parentSchema: schema24.properties.shift.items,
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
                  schema: schema24.properties.shift.items.properties.wave.type,
                  parentSchema: schema24.properties.shift.items.properties.wave,
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
                    parentSchema: schema24.properties.shift.items.properties.wave,
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
                  schema: schema24.properties.shift.items.properties.weight.type,
                  parentSchema: schema24.properties.shift.items.properties.weight,
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
                    parentSchema: schema24.properties.shift.items.properties.weight,
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
                    parentSchema: schema24.properties.shift.items.properties.weight,
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
                    schema: schema23.required,
                    parentSchema: schema23,
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
                    schema: schema23.required,
                    parentSchema: schema23,
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
                    schema: schema23.required,
                    parentSchema: schema23,
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
                    schema: schema23.required,
                    parentSchema: schema23,
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
                    schema: schema23.required,
                    parentSchema: schema23,
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
                    schema: schema23.required,
                    parentSchema: schema23,
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
                    schema: schema23.required,
                    parentSchema: schema23,
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
                    schema: schema23.required,
                    parentSchema: schema23,
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
                  if (!func3.call(schema23.properties, key4)) {
                    const err56 = {
                      instancePath: instancePath + "/shift/" + i1 + "/edit",
                      schemaPath: "#/definitions/FileEdit/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key4 },
                      message: "must NOT have additional properties",
                      schema: false,
                      parentSchema: schema23,
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
                      schema: schema23.properties.path.type,
                      parentSchema: schema23.properties.path,
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
                      schema: schema23.properties.field.type,
                      parentSchema: schema23.properties.field,
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
                      schema: schema23.properties.line.type,
                      parentSchema: schema23.properties.line,
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
                        parentSchema: schema23.properties.line,
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
                      params: { type: schema23.properties.before.type },
                      message: "must be string,null",
                      schema: schema23.properties.before.type,
                      parentSchema: schema23.properties.before,
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
                      schema: schema23.properties.after.type,
                      parentSchema: schema23.properties.after,
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
                    if (!pattern15.test(data33)) {
                      const err63 = {
                        instancePath: instancePath + "/shift/" + i1 + "/edit/baseSha256",
                        schemaPath: "#/definitions/FileEdit/properties/baseSha256/pattern",
                        keyword: "pattern",
                        params: { pattern: "^[0-9a-f]{64}$" },
                        message: 'must match pattern "^[0-9a-f]{64}$"',
                        schema: "^[0-9a-f]{64}$",
                        parentSchema: schema23.properties.baseSha256,
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
                      schema: schema23.properties.baseSha256.type,
                      parentSchema: schema23.properties.baseSha256,
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
                      schema: schema23.properties.content.type,
                      parentSchema: schema23.properties.content,
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
                      schema: schema23.properties.created.type,
                      parentSchema: schema23.properties.created,
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
                      schema: schema23.properties.diff.type,
                      parentSchema: schema23.properties.diff,
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
                  schema: schema23.type,
                  parentSchema: schema23,
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
              schema: schema24.properties.shift.items.type,
              parentSchema: schema24.properties.shift.items,
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
          schema: schema24.properties.shift.type,
          parentSchema: schema24.properties.shift,
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
      schema: schema24.type,
      parentSchema: schema24,
      data
    };
    if (vErrors === null) {
      vErrors = [err71];
    } else {
      vErrors.push(err71);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
var schema27 = {
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
var schema28 = {
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
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
        schema: schema27.required,
        parentSchema: schema27,
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
        schema: schema27.required,
        parentSchema: schema27,
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
        schema: schema27.required,
        parentSchema: schema27,
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
          parentSchema: schema27,
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
          params: { allowedValues: schema27.properties.engine.enum },
          message: "must be equal to one of the allowed values",
          schema: schema27.properties.engine.enum,
          parentSchema: schema27.properties.engine,
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
          schema: schema27.properties.order.type,
          parentSchema: schema27.properties.order,
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
            parentSchema: schema27.properties.order,
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
          schema: schema27.properties.secret.type,
          parentSchema: schema27.properties.secret,
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
                schema: schema28.required,
                parentSchema: schema28,
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
                schema: schema28.required,
                parentSchema: schema28,
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
                schema: schema28.required,
                parentSchema: schema28,
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
                schema: schema28.required,
                parentSchema: schema28,
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
                schema: schema28.required,
                parentSchema: schema28,
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
                schema: schema28.required,
                parentSchema: schema28,
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
                  parentSchema: schema28,
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
                  schema: schema28.properties.version.type,
                  parentSchema: schema28.properties.version,
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
                  params: { allowedValues: schema28.properties.kind.enum },
                  message: "must be equal to one of the allowed values",
                  schema: schema28.properties.kind.enum,
                  parentSchema: schema28.properties.kind,
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
                  schema: schema28.properties.file.type,
                  parentSchema: schema28.properties.file,
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
                if (!pattern15.test(data8)) {
                  const err18 = {
                    instancePath: instancePath + "/migrations/" + i0 + "/sha256",
                    schemaPath: "#/definitions/DataMigration/properties/sha256/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[0-9a-f]{64}$" },
                    message: 'must match pattern "^[0-9a-f]{64}$"',
                    schema: "^[0-9a-f]{64}$",
                    parentSchema: schema28.properties.sha256,
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
                  schema: schema28.properties.sha256.type,
                  parentSchema: schema28.properties.sha256,
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
                  schema: schema28.properties.transaction.type,
                  parentSchema: schema28.properties.transaction,
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
                  schema: schema28.properties.sql.type,
                  parentSchema: schema28.properties.sql,
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
              schema: schema28.type,
              parentSchema: schema28,
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
          schema: schema27.properties.migrations.type,
          parentSchema: schema27.properties.migrations,
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
      schema: schema27.type,
      parentSchema: schema27,
      data
    };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
        schema: schema22.required,
        parentSchema: schema22,
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
        schema: schema22.required,
        parentSchema: schema22,
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
        schema: schema22.required,
        parentSchema: schema22,
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
        schema: schema22.required,
        parentSchema: schema22,
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
        schema: schema22.required,
        parentSchema: schema22,
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
        schema: schema22.required,
        parentSchema: schema22,
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
        schema: schema22.required,
        parentSchema: schema22,
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
        schema: schema22.required,
        parentSchema: schema22,
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
        schema: schema22.required,
        parentSchema: schema22,
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
        schema: schema22.required,
        parentSchema: schema22,
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
        schema: schema22.required,
        parentSchema: schema22,
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
      if (!func3.call(schema22.properties, key0)) {
        const err11 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema22,
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
          schema: schema22.properties.name.type,
          parentSchema: schema22.properties.name,
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
          schema: schema22.properties.wave.type,
          parentSchema: schema22.properties.wave,
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
            parentSchema: schema22.properties.wave,
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
          schema: schema22.properties.location.type,
          parentSchema: schema22.properties.location,
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
          schema: schema22.properties.jurisdiction.type,
          parentSchema: schema22.properties.jurisdiction,
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
          params: { allowedValues: schema22.properties.action.enum },
          message: "must be equal to one of the allowed values",
          schema: schema22.properties.action.enum,
          parentSchema: schema22.properties.action,
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
          params: { type: schema22.properties.current.type },
          message: "must be string,null",
          schema: schema22.properties.current.type,
          parentSchema: schema22.properties.current,
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
          schema: schema22.properties.target.type,
          parentSchema: schema22.properties.target,
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
          schema: schema22.properties.approvals.type,
          parentSchema: schema22.properties.approvals,
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
            parentSchema: schema22.properties.approvals,
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
            schema: schema22.properties.argocd.required,
            parentSchema: schema22.properties.argocd,
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
            schema: schema22.properties.argocd.required,
            parentSchema: schema22.properties.argocd,
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
            schema: schema22.properties.argocd.required,
            parentSchema: schema22.properties.argocd,
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
              parentSchema: schema22.properties.argocd,
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
              schema: schema22.properties.argocd.properties.server.type,
              parentSchema: schema22.properties.argocd.properties.server,
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
              schema: schema22.properties.argocd.properties.app.type,
              parentSchema: schema22.properties.argocd.properties.app,
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
              schema: schema22.properties.argocd.properties.project.type,
              parentSchema: schema22.properties.argocd.properties.project,
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
          schema: schema22.properties.argocd.type,
          parentSchema: schema22.properties.argocd,
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
          schema: schema22.properties.folder.type,
          parentSchema: schema22.properties.folder,
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
                schema: schema23.required,
                parentSchema: schema23,
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
                schema: schema23.required,
                parentSchema: schema23,
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
                schema: schema23.required,
                parentSchema: schema23,
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
                schema: schema23.required,
                parentSchema: schema23,
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
                schema: schema23.required,
                parentSchema: schema23,
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
                schema: schema23.required,
                parentSchema: schema23,
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
                schema: schema23.required,
                parentSchema: schema23,
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
                schema: schema23.required,
                parentSchema: schema23,
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
              if (!func3.call(schema23.properties, key2)) {
                const err39 = {
                  instancePath: instancePath + "/edits/" + i0,
                  schemaPath: "#/definitions/FileEdit/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key2 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema23,
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
                  schema: schema23.properties.path.type,
                  parentSchema: schema23.properties.path,
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
                  schema: schema23.properties.field.type,
                  parentSchema: schema23.properties.field,
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
                  schema: schema23.properties.line.type,
                  parentSchema: schema23.properties.line,
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
                    parentSchema: schema23.properties.line,
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
                  params: { type: schema23.properties.before.type },
                  message: "must be string,null",
                  schema: schema23.properties.before.type,
                  parentSchema: schema23.properties.before,
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
                  schema: schema23.properties.after.type,
                  parentSchema: schema23.properties.after,
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
                if (!pattern15.test(data20)) {
                  const err46 = {
                    instancePath: instancePath + "/edits/" + i0 + "/baseSha256",
                    schemaPath: "#/definitions/FileEdit/properties/baseSha256/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[0-9a-f]{64}$" },
                    message: 'must match pattern "^[0-9a-f]{64}$"',
                    schema: "^[0-9a-f]{64}$",
                    parentSchema: schema23.properties.baseSha256,
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
                  schema: schema23.properties.baseSha256.type,
                  parentSchema: schema23.properties.baseSha256,
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
                  schema: schema23.properties.content.type,
                  parentSchema: schema23.properties.content,
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
                  schema: schema23.properties.created.type,
                  parentSchema: schema23.properties.created,
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
                  schema: schema23.properties.diff.type,
                  parentSchema: schema23.properties.diff,
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
              schema: schema23.type,
              parentSchema: schema23,
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
          schema: schema22.properties.edits.type,
          parentSchema: schema22.properties.edits,
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
      if (!validate18(data.dns, {
        instancePath: instancePath + "/dns",
        parentData: data,
        parentDataProperty: "dns",
        rootData
      })) {
        vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
        errors = vErrors.length;
      }
    }
    if (data.data !== void 0) {
      if (!validate20(data.data, {
        instancePath: instancePath + "/data",
        parentData: data,
        parentDataProperty: "data",
        rootData
      })) {
        vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err53 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema22.type,
      parentSchema: schema22,
      data
    };
    if (vErrors === null) {
      vErrors = [err53];
    } else {
      vErrors.push(err53);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
        schema: schema21.required,
        parentSchema: schema21,
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
        schema: schema21.required,
        parentSchema: schema21,
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
        schema: schema21.required,
        parentSchema: schema21,
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
        schema: schema21.required,
        parentSchema: schema21,
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
        schema: schema21.required,
        parentSchema: schema21,
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
        schema: schema21.required,
        parentSchema: schema21,
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
        schema: schema21.required,
        parentSchema: schema21,
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
          parentSchema: schema21,
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
          parentSchema: schema21.properties.planVersion,
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
            schema: schema21.properties.service.required,
            parentSchema: schema21.properties.service,
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
            schema: schema21.properties.service.required,
            parentSchema: schema21.properties.service,
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
            schema: schema21.properties.service.required,
            parentSchema: schema21.properties.service,
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
              parentSchema: schema21.properties.service,
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
              schema: schema21.properties.service.properties.name.type,
              parentSchema: schema21.properties.service.properties.name,
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
              schema: schema21.properties.service.properties.team.type,
              parentSchema: schema21.properties.service.properties.team,
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
              schema: schema21.properties.service.properties.image.type,
              parentSchema: schema21.properties.service.properties.image,
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
              schema: schema21.properties.service.properties.manifest.type,
              parentSchema: schema21.properties.service.properties.manifest,
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
          schema: schema21.properties.service.type,
          parentSchema: schema21.properties.service,
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
            schema: schema21.properties.release.required,
            parentSchema: schema21.properties.release,
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
              parentSchema: schema21.properties.release,
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
              schema: schema21.properties.release.properties.ref.type,
              parentSchema: schema21.properties.release.properties.ref,
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
              schema: schema21.properties.release.properties.tag.type,
              parentSchema: schema21.properties.release.properties.tag,
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
              schema: schema21.properties.release.properties.digest.type,
              parentSchema: schema21.properties.release.properties.digest,
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
          schema: schema21.properties.release.type,
          parentSchema: schema21.properties.release,
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
            schema: schema21.properties.train.required,
            parentSchema: schema21.properties.train,
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
            schema: schema21.properties.train.required,
            parentSchema: schema21.properties.train,
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
            schema: schema21.properties.train.required,
            parentSchema: schema21.properties.train,
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
            schema: schema21.properties.train.required,
            parentSchema: schema21.properties.train,
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
            schema: schema21.properties.train.required,
            parentSchema: schema21.properties.train,
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
              parentSchema: schema21.properties.train,
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
              schema: schema21.properties.train.properties.approvals.type,
              parentSchema: schema21.properties.train.properties.approvals,
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
                parentSchema: schema21.properties.train.properties.approvals,
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
                parentSchema: schema21.properties.train.properties.bakeSeconds,
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
              schema: schema21.properties.train.properties.bakeSeconds.type,
              parentSchema: schema21.properties.train.properties.bakeSeconds,
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
                parentSchema: schema21.properties.train.properties.timeoutSeconds,
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
              schema: schema21.properties.train.properties.timeoutSeconds.type,
              parentSchema: schema21.properties.train.properties.timeoutSeconds,
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
              params: { allowedValues: schema21.properties.train.properties.onFailure.enum },
              message: "must be equal to one of the allowed values",
              schema: schema21.properties.train.properties.onFailure.enum,
              parentSchema: schema21.properties.train.properties.onFailure,
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
                    schema: schema21.properties.train.properties.waves.items.required,
                    parentSchema: schema21.properties.train.properties.waves.items,
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
                    schema: schema21.properties.train.properties.waves.items.required,
                    parentSchema: schema21.properties.train.properties.waves.items,
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
                      parentSchema: schema21.properties.train.properties.waves.items,
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
                      schema: schema21.properties.train.properties.waves.items.properties.number.type,
                      parentSchema: schema21.properties.train.properties.waves.items.properties.number,
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
                        parentSchema: schema21.properties.train.properties.waves.items.properties.number,
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
                          schema: schema21.properties.train.properties.waves.items.properties.regions.items.type,
                          parentSchema: schema21.properties.train.properties.waves.items.properties.regions.items,
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
                      schema: schema21.properties.train.properties.waves.items.properties.regions.type,
                      parentSchema: schema21.properties.train.properties.waves.items.properties.regions,
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
                  schema: schema21.properties.train.properties.waves.items.type,
                  parentSchema: schema21.properties.train.properties.waves.items,
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
              schema: schema21.properties.train.properties.waves.type,
              parentSchema: schema21.properties.train.properties.waves,
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
          schema: schema21.properties.train.type,
          parentSchema: schema21.properties.train,
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
          if (!validate17(data20[i2], {
            instancePath: instancePath + "/regions/" + i2,
            parentData: data20,
            parentDataProperty: i2,
            rootData
          })) {
            vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
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
          schema: schema21.properties.regions.type,
          parentSchema: schema21.properties.regions,
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
                schema: schema29.required,
                parentSchema: schema29,
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
                schema: schema29.required,
                parentSchema: schema29,
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
                schema: schema29.required,
                parentSchema: schema29,
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
                schema: schema29.required,
                parentSchema: schema29,
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
                schema: schema29.required,
                parentSchema: schema29,
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
                schema: schema29.required,
                parentSchema: schema29,
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
                  parentSchema: schema29,
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
                  schema: schema29.properties.rule.type,
                  parentSchema: schema29.properties.rule,
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
                  params: { allowedValues: schema29.properties.severity.enum },
                  message: "must be equal to one of the allowed values",
                  schema: schema29.properties.severity.enum,
                  parentSchema: schema29.properties.severity,
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
                  schema: schema29.properties.message.type,
                  parentSchema: schema29.properties.message,
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
                  schema: schema29.properties.file.type,
                  parentSchema: schema29.properties.file,
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
                  schema: schema29.properties.line.type,
                  parentSchema: schema29.properties.line,
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
                    parentSchema: schema29.properties.line,
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
                  schema: schema29.properties.column.type,
                  parentSchema: schema29.properties.column,
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
                    parentSchema: schema29.properties.column,
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
                  schema: schema29.properties.region.type,
                  parentSchema: schema29.properties.region,
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
              schema: schema29.type,
              parentSchema: schema29,
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
          schema: schema21.properties.findings.type,
          parentSchema: schema21.properties.findings,
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
            schema: schema30.required,
            parentSchema: schema30,
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
            schema: schema30.required,
            parentSchema: schema30,
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
            schema: schema30.required,
            parentSchema: schema30,
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
            schema: schema30.required,
            parentSchema: schema30,
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
            schema: schema30.required,
            parentSchema: schema30,
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
            schema: schema30.required,
            parentSchema: schema30,
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
            schema: schema30.required,
            parentSchema: schema30,
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
            schema: schema30.required,
            parentSchema: schema30,
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
          if (!func3.call(schema30.properties, key6)) {
            const err74 = {
              instancePath: instancePath + "/routes",
              schemaPath: "#/definitions/RouteTable/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key6 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema30,
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
              schema: schema30.properties.service.type,
              parentSchema: schema30.properties.service,
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
              schema: schema30.properties.hostname.type,
              parentSchema: schema30.properties.hostname,
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
              schema: schema30.properties.timeoutMs.type,
              parentSchema: schema30.properties.timeoutMs,
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
                parentSchema: schema30.properties.timeoutMs,
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
              schema: schema30.properties.deadlineMs.type,
              parentSchema: schema30.properties.deadlineMs,
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
                parentSchema: schema30.properties.deadlineMs,
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
              schema: schema30.properties.retries.type,
              parentSchema: schema30.properties.retries,
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
                parentSchema: schema30.properties.retries,
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
              schema: schema30.properties.hedgeMs.type,
              parentSchema: schema30.properties.hedgeMs,
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
                parentSchema: schema30.properties.hedgeMs,
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
        if (data31.retryBudget !== void 0) {
          let data38 = data31.retryBudget;
          if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
            if (data38.ratio === void 0) {
              const err85 = {
                instancePath: instancePath + "/routes/retryBudget",
                schemaPath: "#/definitions/RouteTable/properties/retryBudget/required",
                keyword: "required",
                params: { missingProperty: "ratio" },
                message: "must have required property 'ratio'",
                schema: schema30.properties.retryBudget.required,
                parentSchema: schema30.properties.retryBudget,
                data: data38
              };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
            if (data38.minPerSecond === void 0) {
              const err86 = {
                instancePath: instancePath + "/routes/retryBudget",
                schemaPath: "#/definitions/RouteTable/properties/retryBudget/required",
                keyword: "required",
                params: { missingProperty: "minPerSecond" },
                message: "must have required property 'minPerSecond'",
                schema: schema30.properties.retryBudget.required,
                parentSchema: schema30.properties.retryBudget,
                data: data38
              };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
            for (const key7 in data38) {
              if (!(key7 === "ratio" || key7 === "minPerSecond")) {
                const err87 = {
                  instancePath: instancePath + "/routes/retryBudget",
                  schemaPath: "#/definitions/RouteTable/properties/retryBudget/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key7 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema30.properties.retryBudget,
                  data: data38
                };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data38.ratio !== void 0) {
              let data39 = data38.ratio;
              if (typeof data39 == "number" && isFinite(data39)) {
                if (data39 < 0 || isNaN(data39)) {
                  const err88 = {
                    instancePath: instancePath + "/routes/retryBudget/ratio",
                    schemaPath: "#/definitions/RouteTable/properties/retryBudget/properties/ratio/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 0 },
                    message: "must be >= 0",
                    schema: 0,
                    parentSchema: schema30.properties.retryBudget.properties.ratio,
                    data: data39
                  };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              } else {
                const err89 = {
                  instancePath: instancePath + "/routes/retryBudget/ratio",
                  schemaPath: "#/definitions/RouteTable/properties/retryBudget/properties/ratio/type",
                  keyword: "type",
                  params: { type: "number" },
                  message: "must be number",
                  schema: schema30.properties.retryBudget.properties.ratio.type,
                  parentSchema: schema30.properties.retryBudget.properties.ratio,
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
            if (data38.minPerSecond !== void 0) {
              let data40 = data38.minPerSecond;
              if (typeof data40 == "number" && isFinite(data40)) {
                if (data40 < 0 || isNaN(data40)) {
                  const err90 = {
                    instancePath: instancePath + "/routes/retryBudget/minPerSecond",
                    schemaPath: "#/definitions/RouteTable/properties/retryBudget/properties/minPerSecond/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 0 },
                    message: "must be >= 0",
                    schema: 0,
                    parentSchema: schema30.properties.retryBudget.properties.minPerSecond,
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
                  instancePath: instancePath + "/routes/retryBudget/minPerSecond",
                  schemaPath: "#/definitions/RouteTable/properties/retryBudget/properties/minPerSecond/type",
                  keyword: "type",
                  params: { type: "number" },
                  message: "must be number",
                  schema: schema30.properties.retryBudget.properties.minPerSecond.type,
                  parentSchema: schema30.properties.retryBudget.properties.minPerSecond,
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
          } else {
            const err92 = {
              instancePath: instancePath + "/routes/retryBudget",
              schemaPath: "#/definitions/RouteTable/properties/retryBudget/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema30.properties.retryBudget.type,
              parentSchema: schema30.properties.retryBudget,
              data: data38
            };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data31.endpoints !== void 0) {
          let data41 = data31.endpoints;
          if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
            for (const key8 in data41) {
              let data42 = data41[key8];
              if (typeof data42 !== "string") {
                const err93 = {
                  instancePath: instancePath + "/routes/endpoints/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/definitions/RouteTable/properties/endpoints/additionalProperties/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema30.properties.endpoints.additionalProperties.type,
                  parentSchema: schema30.properties.endpoints.additionalProperties,
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
          } else {
            const err94 = {
              instancePath: instancePath + "/routes/endpoints",
              schemaPath: "#/definitions/RouteTable/properties/endpoints/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema30.properties.endpoints.type,
              parentSchema: schema30.properties.endpoints,
              data: data41
            };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
        if (data31.order !== void 0) {
          let data43 = data31.order;
          if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
            for (const key9 in data43) {
              let data44 = data43[key9];
              if (Array.isArray(data44)) {
                const len4 = data44.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data45 = data44[i4];
                  if (typeof data45 !== "string") {
                    const err95 = {
                      instancePath: instancePath + "/routes/order/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i4,
                      schemaPath: "#/definitions/RouteTable/properties/order/additionalProperties/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema30.properties.order.additionalProperties.items.type,
                      parentSchema: schema30.properties.order.additionalProperties.items,
                      data: data45
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
                  instancePath: instancePath + "/routes/order/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/definitions/RouteTable/properties/order/additionalProperties/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                  schema: schema30.properties.order.additionalProperties.type,
                  parentSchema: schema30.properties.order.additionalProperties,
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
          } else {
            const err97 = {
              instancePath: instancePath + "/routes/order",
              schemaPath: "#/definitions/RouteTable/properties/order/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema30.properties.order.type,
              parentSchema: schema30.properties.order,
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
      } else {
        const err98 = {
          instancePath: instancePath + "/routes",
          schemaPath: "#/definitions/RouteTable/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema30.type,
          parentSchema: schema30,
          data: data31
        };
        if (vErrors === null) {
          vErrors = [err98];
        } else {
          vErrors.push(err98);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data46 = data.summary;
      if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
        if (data46.regions === void 0) {
          const err99 = {
            instancePath: instancePath + "/summary",
            schemaPath: "#/properties/summary/required",
            keyword: "required",
            params: { missingProperty: "regions" },
            message: "must have required property 'regions'",
            schema: schema21.properties.summary.required,
            parentSchema: schema21.properties.summary,
            data: data46
          };
          if (vErrors === null) {
            vErrors = [err99];
          } else {
            vErrors.push(err99);
          }
          errors++;
        }
        if (data46.promote === void 0) {
          const err100 = {
            instancePath: instancePath + "/summary",
            schemaPath: "#/properties/summary/required",
            keyword: "required",
            params: { missingProperty: "promote" },
            message: "must have required property 'promote'",
            schema: schema21.properties.summary.required,
            parentSchema: schema21.properties.summary,
            data: data46
          };
          if (vErrors === null) {
            vErrors = [err100];
          } else {
            vErrors.push(err100);
          }
          errors++;
        }
        if (data46.current === void 0) {
          const err101 = {
            instancePath: instancePath + "/summary",
            schemaPath: "#/properties/summary/required",
            keyword: "required",
            params: { missingProperty: "current" },
            message: "must have required property 'current'",
            schema: schema21.properties.summary.required,
            parentSchema: schema21.properties.summary,
            data: data46
          };
          if (vErrors === null) {
            vErrors = [err101];
          } else {
            vErrors.push(err101);
          }
          errors++;
        }
        if (data46.blocked === void 0) {
          const err102 = {
            instancePath: instancePath + "/summary",
            schemaPath: "#/properties/summary/required",
            keyword: "required",
            params: { missingProperty: "blocked" },
            message: "must have required property 'blocked'",
            schema: schema21.properties.summary.required,
            parentSchema: schema21.properties.summary,
            data: data46
          };
          if (vErrors === null) {
            vErrors = [err102];
          } else {
            vErrors.push(err102);
          }
          errors++;
        }
        if (data46.errors === void 0) {
          const err103 = {
            instancePath: instancePath + "/summary",
            schemaPath: "#/properties/summary/required",
            keyword: "required",
            params: { missingProperty: "errors" },
            message: "must have required property 'errors'",
            schema: schema21.properties.summary.required,
            parentSchema: schema21.properties.summary,
            data: data46
          };
          if (vErrors === null) {
            vErrors = [err103];
          } else {
            vErrors.push(err103);
          }
          errors++;
        }
        if (data46.warnings === void 0) {
          const err104 = {
            instancePath: instancePath + "/summary",
            schemaPath: "#/properties/summary/required",
            keyword: "required",
            params: { missingProperty: "warnings" },
            message: "must have required property 'warnings'",
            schema: schema21.properties.summary.required,
            parentSchema: schema21.properties.summary,
            data: data46
          };
          if (vErrors === null) {
            vErrors = [err104];
          } else {
            vErrors.push(err104);
          }
          errors++;
        }
        for (const key10 in data46) {
          if (!(key10 === "regions" || key10 === "promote" || key10 === "current" || key10 === "blocked" || key10 === "errors" || key10 === "warnings")) {
            const err105 = {
              instancePath: instancePath + "/summary",
              schemaPath: "#/properties/summary/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key10 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema21.properties.summary,
              data: data46
            };
            if (vErrors === null) {
              vErrors = [err105];
            } else {
              vErrors.push(err105);
            }
            errors++;
          }
        }
        if (data46.regions !== void 0) {
          let data47 = data46.regions;
          if (!(typeof data47 == "number" && !(data47 % 1) && !isNaN(data47) && isFinite(data47))) {
            const err106 = {
              instancePath: instancePath + "/summary/regions",
              schemaPath: "#/properties/summary/properties/regions/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema21.properties.summary.properties.regions.type,
              parentSchema: schema21.properties.summary.properties.regions,
              data: data47
            };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
          if (typeof data47 == "number" && isFinite(data47)) {
            if (data47 < 0 || isNaN(data47)) {
              const err107 = {
                instancePath: instancePath + "/summary/regions",
                schemaPath: "#/properties/summary/properties/regions/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema21.properties.summary.properties.regions,
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
        }
        if (data46.promote !== void 0) {
          let data48 = data46.promote;
          if (!(typeof data48 == "number" && !(data48 % 1) && !isNaN(data48) && isFinite(data48))) {
            const err108 = {
              instancePath: instancePath + "/summary/promote",
              schemaPath: "#/properties/summary/properties/promote/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema21.properties.summary.properties.promote.type,
              parentSchema: schema21.properties.summary.properties.promote,
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
                instancePath: instancePath + "/summary/promote",
                schemaPath: "#/properties/summary/properties/promote/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema21.properties.summary.properties.promote,
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
        if (data46.current !== void 0) {
          let data49 = data46.current;
          if (!(typeof data49 == "number" && !(data49 % 1) && !isNaN(data49) && isFinite(data49))) {
            const err110 = {
              instancePath: instancePath + "/summary/current",
              schemaPath: "#/properties/summary/properties/current/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema21.properties.summary.properties.current.type,
              parentSchema: schema21.properties.summary.properties.current,
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
                instancePath: instancePath + "/summary/current",
                schemaPath: "#/properties/summary/properties/current/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema21.properties.summary.properties.current,
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
        if (data46.blocked !== void 0) {
          let data50 = data46.blocked;
          if (!(typeof data50 == "number" && !(data50 % 1) && !isNaN(data50) && isFinite(data50))) {
            const err112 = {
              instancePath: instancePath + "/summary/blocked",
              schemaPath: "#/properties/summary/properties/blocked/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema21.properties.summary.properties.blocked.type,
              parentSchema: schema21.properties.summary.properties.blocked,
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
                instancePath: instancePath + "/summary/blocked",
                schemaPath: "#/properties/summary/properties/blocked/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema21.properties.summary.properties.blocked,
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
        if (data46.errors !== void 0) {
          let data51 = data46.errors;
          if (!(typeof data51 == "number" && !(data51 % 1) && !isNaN(data51) && isFinite(data51))) {
            const err114 = {
              instancePath: instancePath + "/summary/errors",
              schemaPath: "#/properties/summary/properties/errors/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema21.properties.summary.properties.errors.type,
              parentSchema: schema21.properties.summary.properties.errors,
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
                instancePath: instancePath + "/summary/errors",
                schemaPath: "#/properties/summary/properties/errors/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema21.properties.summary.properties.errors,
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
        if (data46.warnings !== void 0) {
          let data52 = data46.warnings;
          if (!(typeof data52 == "number" && !(data52 % 1) && !isNaN(data52) && isFinite(data52))) {
            const err116 = {
              instancePath: instancePath + "/summary/warnings",
              schemaPath: "#/properties/summary/properties/warnings/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema21.properties.summary.properties.warnings.type,
              parentSchema: schema21.properties.summary.properties.warnings,
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
                instancePath: instancePath + "/summary/warnings",
                schemaPath: "#/properties/summary/properties/warnings/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema21.properties.summary.properties.warnings,
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
      } else {
        const err118 = {
          instancePath: instancePath + "/summary",
          schemaPath: "#/properties/summary/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema21.properties.summary.type,
          parentSchema: schema21.properties.summary,
          data: data46
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
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema21.type,
      parentSchema: schema21,
      data
    };
    if (vErrors === null) {
      vErrors = [err119];
    } else {
      vErrors.push(err119);
    }
    errors++;
  }
  validate16.errors = vErrors;
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
  const make = (rule, message, position2 = at(path)) => ({
    rule,
    severity: "error",
    message,
    file: source.file,
    ...position2
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
      const position2 = propertyName === void 0 ? at(path) : at([...path, propertyName], "key");
      const label = propertyName === void 0 ? where : `The key ${quote(propertyName)} in ${where}`;
      const isName = format.rule === "invalid-name" && /[/\\]|\.\./.test(value);
      if (isName || format.rule === "path-escape" && escapesFolder(value)) {
        const repository = isName || kindName === PLATFORM ? "the environments repository" : "the service repository";
        return make(
          "path-escape",
          `${label} is ${quote(value)}, which would escape its folder in ${repository}. It must be ${format.expected}.`,
          position2
        );
      }
      if (format.rule === "path-escape") {
        const placeholders = value.match(/\{[^}]*\}/g)?.filter((token) => token !== "{region}" && token !== "{service}");
        const rule = value === "" ? "empty-value" : String(error.params.format) === "path-template" ? "invalid-template" : "invalid-value";
        const uses = placeholders?.length ? `, which uses ${placeholders.join(", ")}; only {region} and {service} are replaced. It` : "; it";
        return make(
          rule,
          `${label} is ${quote(value)}${uses} must be ${format.expected}.`,
          position2
        );
      }
      if (format.rule === "invalid-image" && /[:@]/.test(value.split("/").pop() ?? "")) {
        const repository = value.replace(/[:@][^/]*$/, "");
        return make(
          format.rule,
          `${label} is ${quote(value)}, which includes a tag or digest. Write the repository alone (${clip(repository)}); the release names the tag or digest.`,
          position2
        );
      }
      return make(
        format.rule,
        `${label} is ${quote(value)}; it must be ${format.expected}.`,
        position2
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
function diagnostic(file2, rule, message, position2 = START) {
  return { rule, severity: "error", message, file: file2, ...position2 };
}
function emptyFile(file2) {
  return diagnostic(
    file2,
    "empty-file",
    `${file2} is empty; it needs at least apiVersion, kind and spec.`
  );
}
function notText(file2) {
  return diagnostic(
    file2,
    "not-a-text-file",
    `${file2} is not a text file (it holds NUL bytes or is not UTF-8); it must be a YAML file.`
  );
}
function tooLarge(file2, bytes) {
  return diagnostic(
    file2,
    "file-too-large",
    `${file2} is ${bytes} bytes; the limit is ${MAX_FILE_BYTES} bytes (1 MiB). Check that this is the right file.`
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
function parseYaml(text, file2) {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_FILE_BYTES) return { diagnostics: [tooLarge(file2, bytes)] };
  if (/[\0\uFFFD]/.test(text)) return { diagnostics: [notText(file2)] };
  if (text.split("\n").every((line) => /^\s*(?:#[^\n]*)?$/.test(line))) {
    return { diagnostics: [emptyFile(file2)] };
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
  const position2 = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems = [...doc.errors, ...doc.warnings, ...duplicateKeys(doc)];
  if (problems.length > 0) {
    const diagnostics = problems.map((error) => {
      const { rule, message } = yamlMessage(error.code, error.message);
      return { offset: error.pos[0], d: diagnostic(file2, rule, message, position2(error.pos[0])) };
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
            file2,
            "yaml-syntax",
            `YAML syntax error: the alias *${unresolved.source} has no anchor &${unresolved.source} before it. Define the anchor first, or write the value out.`,
            unresolved.range ? position2(unresolved.range[0]) : START
          )
        ]
      };
    }
    return {
      diagnostics: [
        diagnostic(
          file2,
          "alias-limit",
          `The file expands more than ${MAX_ALIASES} YAML aliases; write the values out instead of nesting aliases.`
        )
      ]
    };
  }
  if (value === null || value === void 0) {
    return { diagnostics: [emptyFile(file2)] };
  }
  return {
    source: { file: file2, text, value, locate: (path, at = "value") => locate(doc, path, at, position2) },
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
function locate(doc, path, at, position2) {
  let node = doc.contents;
  let found = node && node.range ? position2(node.range[0]) : START;
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
      return position2(keyNode.range[0]);
    const target = next ?? keyNode;
    if (!target?.range)
      return keyNode && keyNode.range ? position2(keyNode.range[0]) : found;
    found = position2(target.range[0]);
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
      (wave, w) => wave.forEach((region2, r) => {
        const path = ["spec", "train", "waves", w, r];
        if (!regions.has(region2)) {
          out.push(
            finding(
              source,
              "wave-unknown-region",
              `Wave ${w + 1} names "${region2}", which is not in spec.regions (${listed}).${suggest(region2)} Add it to spec.regions or remove it from the wave.`,
              path
            )
          );
        } else if (seen.has(region2)) {
          out.push(
            finding(
              source,
              "wave-duplicate-region",
              `"${region2}" is in ${seen.get(region2)} and again in wave ${w + 1}; each region goes in exactly one wave.`,
              path
            )
          );
        } else {
          seen.set(region2, `wave ${w + 1}`);
        }
      })
    );
    for (const region2 of m.spec.regions) {
      if (!seen.has(region2)) {
        out.push(
          finding(
            source,
            "wave-missing-region",
            `Region "${region2}" is in spec.regions but in no wave, so no release would reach it. Add it to one wave of spec.train.waves.`,
            ["spec", "train", "waves"]
          )
        );
      }
    }
  }
  const mustBeListed = (region2, path, at, what) => {
    if (!regions.has(region2)) {
      out.push(
        finding(
          source,
          "region-not-in-service",
          `${what} names "${region2}", which is not one of spec.regions (${listed}).${suggest(region2)} Use one of spec.regions, or add "${region2}" to them.`,
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
  for (const [table3, spec] of Object.entries(m.spec.data?.tables ?? {})) {
    mustBeListed(
      spec.home,
      ["spec", "data", "tables", table3, "home"],
      "value",
      `spec.data.tables.${table3}.home`
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
  return out;
}
function checkPlatformRules(source, p) {
  const out = [];
  const templates = [[p.spec.layout.path, ["spec", "layout", "path"]]];
  for (const [service, override] of Object.entries(p.spec.layout.services ?? {})) {
    if (override.path)
      templates.push([override.path, ["spec", "layout", "services", service, "path"]]);
  }
  for (const [template2, path] of templates) {
    for (const placeholder of ["{region}", "{service}"]) {
      if (!template2.includes(placeholder)) {
        out.push(
          finding(
            source,
            "layout-missing-placeholder",
            `${displayPath(path)} "${template2}" has no ${placeholder}, so different ${placeholder === "{region}" ? "regions" : "services"} would share one folder. Add ${placeholder}, as in regions/{region}/{service}.`,
            path
          )
        );
      }
    }
  }
  for (const [region2, spec] of Object.entries(p.spec.regions)) {
    const app = spec.argocd.app;
    const unknown = app?.match(/\{[^}]*\}/g)?.filter((token) => token !== "{service}" && token !== "{region}");
    if (unknown && unknown.length > 0) {
      out.push(
        finding(
          source,
          "invalid-template",
          `spec.regions.${region2}.argocd.app uses ${unknown.join(", ")}; only {service} and {region} are replaced.`,
          ["spec", "regions", region2, "argocd", "app"]
        )
      );
    }
  }
  return out;
}
function parseChecked(text, file2, schema, rules) {
  const { source, diagnostics } = parseYaml(text, file2);
  if (!source) return { diagnostics };
  const schemaDiagnostics = checkAgainstSchema(source, schema);
  if (schemaDiagnostics.length > 0) return { diagnostics: sortDiagnostics(schemaDiagnostics) };
  const value = source.value;
  return { source, value, diagnostics: sortDiagnostics(rules(source, value)) };
}
function loadService(text, file2) {
  const {
    source,
    value: m,
    diagnostics
  } = parseChecked(text, file2, "service", checkServiceRules);
  if (!source || !m || hasErrors(diagnostics)) return { diagnostics };
  const train = m.spec.train ?? {};
  const service = {
    file: file2,
    name: m.metadata.name,
    labels: m.metadata.labels ?? {},
    image: m.spec.image,
    regions: [...m.spec.regions],
    train: {
      waves: train.waves ?? m.spec.regions.map((r) => [r]),
      approvals: train.approvals ?? DEFAULTS.approvals,
      bakeSeconds: parseDuration(train.bake ?? DEFAULTS.bake),
      timeoutSeconds: parseDuration(train.timeout ?? DEFAULTS.timeout),
      onFailure: train.onFailure ?? DEFAULTS.onFailure
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
function loadPlatform(text, file2) {
  const {
    source,
    value: p,
    diagnostics
  } = parseChecked(text, file2, "platform", checkPlatformRules);
  if (!source || !p || hasErrors(diagnostics)) return { diagnostics };
  const layout = p.spec.layout;
  const platform = {
    file: file2,
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
  service.regions.forEach((region2, i) => {
    if (!platform.regions[region2]) {
      out.push({
        rule: "unknown-region",
        severity: "error",
        message: `Region "${region2}" is not defined in ${platform.file} (regions: ${knownList}).${suggest(region2)} Fix the name or ask the platform team to add the region.`,
        file: service.file,
        ...service.locate(["spec", "regions", i])
      });
    }
  });
  const jurisdictions = new Set(Object.values(platform.regions).map((r) => r.jurisdiction));
  const suggestJurisdiction = suggester(jurisdictions);
  const jurisdictionList = listSome(jurisdictions);
  for (const [table3, spec] of Object.entries(service.data?.tables ?? {})) {
    spec.residency?.forEach((j, i) => {
      if (!jurisdictions.has(j)) {
        out.push({
          rule: "unknown-jurisdiction",
          severity: "warning",
          message: `Table ${table3} allows jurisdiction ${j}, but no platform region is in it (jurisdictions: ${jurisdictionList}).${suggestJurisdiction(j)} Remove it, or ask the platform team for a region in ${j}.`,
          file: service.file,
          ...service.locate(["spec", "data", "tables", table3, "residency", i])
        });
      }
    });
  }
  return sortDiagnostics(out);
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
var FILE_HEADERS_ONLY = {
  includeIndex: false,
  includeUnderline: false,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/plan/file-edit.ts
import { createHash } from "node:crypto";
function sha256(text) {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
function unifiedDiff(path, before, after) {
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, void 0, void 0, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY
  });
}
function createdFileDiff(path, after) {
  const header3 = `--- a/${path}
+++ b/${path}
`;
  if (after === "") return header3;
  const lines = after.split("\n");
  const complete = lines.at(-1) === "";
  if (complete) lines.pop();
  const body = `+${lines.join("\n+")}
${complete ? "" : "\\ No newline at end of file\n"}`;
  return `${header3}@@ -0,0 +1,${lines.length} @@
${body}`;
}
function fileEdit(path, before, after, change) {
  const base = before ?? "";
  const edit = {
    path,
    ...change,
    baseSha256: sha256(base),
    content: after,
    diff: before === void 0 ? createdFileDiff(path, after) : unifiedDiff(path, base, after)
  };
  if (before === void 0) edit.created = true;
  return edit;
}

// src/report/format.ts
function plural(n, word, many = `${word}s`) {
  return `${n} ${n === 1 ? word : many}`;
}
var FINDINGS_PER_LEVEL = 50;
function firstFindings(findings, perLevel = FINDINGS_PER_LEVEL) {
  const count = { error: 0, warning: 0, info: 0 };
  const shown2 = findings.filter((f) => ++count[f.severity] <= perLevel);
  const left = ["error", "warning", "info"].filter((level) => count[level] > perLevel).map((level) => `${count[level] - perLevel} more ${level === "info" ? "info" : `${level}s`}`);
  if (left.length === 0) return { shown: shown2, more: "" };
  const all = ["error", "warning", "info"].filter((level) => count[level] > 0).map((level) => plural(count[level], level, level === "info" ? "info" : `${level}s`));
  return {
    shown: shown2,
    more: `\u2026 and ${left.join(", ")} (${all.join(", ")} in all; the first ${perLevel} of each level are shown, --format json lists every one)`
  };
}

// src/report/text.ts
function findingLines(findings) {
  const { shown: shown2, more } = firstFindings(findings);
  const lines = shown2.map(
    (f) => `${f.file}:${f.line}:${f.column}: ${f.severity} [${f.rule}] ${f.message}`
  );
  return more ? [...lines, more] : lines;
}

// src/gitops/image-pin.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/gitops/yaml-edit.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { isDeepStrictEqual } from "node:util";
function parseFile(text) {
  const lines = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter: lines, prettyErrors: false });
  const problem2 = doc.errors[0];
  if (problem2) {
    const { line, col } = lines.linePos(problem2.pos[0]);
    return { error: `line ${line}, column ${col}: ${problem2.message.split("\n")[0]}` };
  }
  return { text, doc, lines };
}
function lineOf(file2, offset) {
  return file2.lines.linePos(offset).line;
}
function render(value, style) {
  if (style === import_yaml2.Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  const plainIsSafe = /^[\w./:@+-]+$/.test(value) && (0, import_yaml2.parse)(value) === value;
  if (style !== import_yaml2.Scalar.QUOTE_DOUBLE && plainIsSafe) return value;
  return JSON.stringify(value);
}
function renderPlain(value) {
  return render(value, import_yaml2.Scalar.PLAIN);
}
function eol(text) {
  return text.includes("\r\n") ? "\r\n" : "\n";
}
function replaceScalar(file2, node, value) {
  if (node.type === import_yaml2.Scalar.BLOCK_LITERAL || node.type === import_yaml2.Scalar.BLOCK_FOLDED) return void 0;
  const [start, end] = node.range;
  const original = file2.text.slice(start, end);
  if (original.includes("\n")) return void 0;
  const prefix = original === "" && !/\s/.test(file2.text[start - 1] ?? " ") ? " " : "";
  const suffix = original === "" && file2.text[end] === "#" ? " " : "";
  const text = file2.text.slice(0, start) + prefix + render(value, node.type) + suffix + file2.text.slice(end);
  return { text, line: lineOf(file2, start) };
}
function blockPair(map, key) {
  if (map.flow) return void 0;
  const pair = map.items.find((p) => (0, import_yaml2.isScalar)(p.key) && p.key.value === key);
  const keyNode = pair?.key;
  const valueNode = pair?.value;
  if (!keyNode?.range || !valueNode?.range) return void 0;
  return { keyNode, valueNode };
}
function insertAfter(file2, map, after, key, value) {
  const nodes = blockPair(map, after);
  if (!nodes) return void 0;
  const { keyNode, valueNode } = nodes;
  const keyStart = keyNode.range[0];
  const lineStart = file2.text.lastIndexOf("\n", keyStart - 1) + 1;
  const before = file2.text.slice(lineStart, keyStart);
  if (!/^[ ]*(- +)*$/.test(before)) return void 0;
  const indent = " ".repeat(before.length);
  const newline = eol(file2.text);
  const inserted = `${indent}${key}: ${render(value, import_yaml2.Scalar.PLAIN)}`;
  const valueEnd = valueNode.range[1];
  const lineEnd = file2.text[valueEnd - 1] === "\n" ? valueEnd - 1 : file2.text.indexOf("\n", valueEnd);
  if (lineEnd === -1)
    return { text: `${file2.text}${newline}${inserted}`, line: lineOf(file2, keyStart) + 1 };
  const text = `${file2.text.slice(0, lineEnd + 1)}${inserted}${newline}${file2.text.slice(lineEnd + 1)}`;
  return { text, line: lineOf(file2, lineEnd) + 1 };
}
function removePair(file2, map, key) {
  const nodes = blockPair(map, key);
  if (!nodes) return void 0;
  const { keyNode, valueNode } = nodes;
  const lineStart = file2.text.lastIndexOf("\n", keyNode.range[0] - 1) + 1;
  if (!/^[ ]*$/.test(file2.text.slice(lineStart, keyNode.range[0]))) return void 0;
  const newline = file2.text.indexOf("\n", valueNode.range[0]);
  const lineEnd = newline === -1 ? file2.text.length : newline + 1;
  if (valueNode.range[1] > lineEnd) return void 0;
  return {
    text: file2.text.slice(0, lineStart) + file2.text.slice(lineEnd),
    line: lineOf(file2, lineStart)
  };
}
function onlyFieldChanged(file2, text, path, value) {
  return matchesExpected(file2, text, (expected) => {
    let target = expected;
    for (const segment of path.slice(0, -1))
      target = target[segment];
    target[path[path.length - 1]] = value;
  });
}
function matchesExpected(file2, text, change) {
  try {
    const expected = file2.doc.toJS({ maxAliasCount: 100 });
    change(expected);
    const edited = (0, import_yaml2.parseDocument)(text, { prettyErrors: false });
    if (edited.errors.length > 0) return false;
    return isDeepStrictEqual(edited.toJS({ maxAliasCount: 100 }), expected);
  } catch {
    return false;
  }
}
function mapAt(file2, path) {
  const node = path.length === 0 ? file2.doc.contents : file2.doc.getIn(path, true);
  return (0, import_yaml2.isMap)(node) ? node : void 0;
}
function scalarIn(map, key) {
  const node = map.get(key, true);
  return (0, import_yaml2.isScalar)(node) ? node : void 0;
}
function scalarText(node) {
  if (!node || node.value === null || node.value === void 0 || node.value === "") return null;
  return String(node.value);
}

// src/gitops/image-pin.ts
function problem(rule, message, line = 1, current = null) {
  return { kind: "problem", rule, message, line, current };
}
function startLine(file2, node) {
  const range = node?.range;
  return range ? lineOf(file2, range[0]) : 1;
}
function setField(file2, target, value, after) {
  const { map, key, field } = target;
  const node = scalarIn(map, key);
  const before = scalarText(node);
  if (before === value) return { kind: "current", current: value };
  if (!node && map.has(key)) {
    return problem(
      "unsupported-value",
      `${field} holds a list or mapping; it must be a plain value.`,
      startLine(file2, map),
      before
    );
  }
  const anchor = after.find((k) => map.has(k));
  const edited = node ? replaceScalar(file2, node, value) : anchor === void 0 ? void 0 : insertAfter(file2, map, anchor, key, value);
  if (!edited || !onlyFieldChanged(file2, edited.text, [...target.path, key], value)) {
    const how = node ? `set ${field} to ${value}` : `add "${key}: ${value}" to the entry`;
    return problem(
      "unsupported-layout",
      `${field} is written in a form multiregion does not edit automatically (a block or multi-line scalar, an inline {...} mapping, an explicit ? key or an alias); ${how} by hand, or write it as a plain "${key}: <value>" line.`,
      startLine(file2, node ?? map),
      before
    );
  }
  return { kind: "edit", field, before, after: value, ...edited };
}
function parsed(text, what) {
  const file2 = parseFile(text);
  if ("error" in file2)
    return problem(
      "invalid-yaml",
      `${what} is not valid YAML (${file2.error}); fix it in the environments repository.`
    );
  return file2;
}
function pinTagOrDigest(file2, pin, target) {
  const { map, path, field, tagKey } = target;
  const digest = scalarText(scalarIn(map, "digest"));
  if (pin.tag !== void 0) {
    if (digest !== null) {
      return problem(
        "pinned-by-digest",
        `${target.clearDigest.replace("DIGEST", digest)}, or release by digest (--release sha256:...): a tag release would not change what runs.`,
        startLine(file2, map.get("digest", true)),
        digest
      );
    }
    return setField(
      file2,
      { map, path, key: tagKey, field: `${field}.${tagKey}` },
      pin.tag,
      target.tagAfter
    );
  }
  const result = setField(
    file2,
    { map, path, key: "digest", field: `${field}.digest` },
    pin.digest,
    [tagKey, ...target.tagAfter]
  );
  const tag = scalarText(scalarIn(map, tagKey));
  return result.kind === "edit" && result.before === null ? { ...result, before: tag } : result;
}
function pinKustomize(text, image, pin, path) {
  const file2 = parsed(text, path);
  if ("kind" in file2) return file2;
  const root = mapAt(file2, []);
  const images = root?.get("images", true);
  const entries = (0, import_yaml3.isSeq)(images) ? images.items.filter(import_yaml3.isMap) : [];
  const entry = entries.find((e) => [e.get("name"), e.get("newName")].includes(image));
  if (!entry) {
    const names2 = entries.map((e) => String(e.get("name")));
    const found = names2.length > 0 ? ` It lists ${names2.join(", ")}.` : "";
    return problem(
      "image-not-found",
      `${path} has no images entry for ${image}, so the release cannot be pinned.${found} Add "images: [{name: ${image}, newTag: <current tag>}]".`,
      startLine(
        file2,
        root?.items.find((p) => (0, import_yaml3.isScalar)(p.key) && p.key.value === "images")?.key
      )
    );
  }
  const index = images.items.indexOf(entry);
  return pinTagOrDigest(file2, pin, {
    map: entry,
    path: ["images", index],
    field: `images[name=${String(entry.get("name"))}]`,
    tagKey: "newTag",
    tagAfter: ["newName", "name"],
    clearDigest: `${path} pins ${image} by digest DIGEST; remove the digest line`
  });
}
function pinHelm(text, image, pin, path) {
  const file2 = parsed(text, path);
  if ("kind" in file2) return file2;
  const map = mapAt(file2, ["image"]);
  if (!map) {
    return problem(
      "image-not-found",
      `${path} has no "image:" mapping, so the release cannot be pinned. Add "image: {repository: ${image}, tag: <current tag>}" and use it in the chart.`
    );
  }
  const repository = scalarText(scalarIn(map, "repository"));
  if (repository !== null && repository !== image && !image.endsWith(`/${repository}`)) {
    return problem(
      "image-mismatch",
      `${path} sets image.repository to ${repository}, but the manifest's spec.image is ${image}. Make them agree.`,
      startLine(file2, map.get("repository", true))
    );
  }
  return pinTagOrDigest(file2, pin, {
    map,
    path: ["image"],
    field: "image",
    tagKey: "tag",
    tagAfter: ["repository"],
    clearDigest: `${path} pins the image by digest DIGEST; empty image.digest`
  });
}

// src/routing/resources.ts
var import_yaml8 = __toESM(require_dist(), 1);

// src/gitops/config-map.ts
var import_yaml4 = __toESM(require_dist(), 1);
function literalSafe(value) {
  return /^[!-~]/.test(value) && /^[\n -~]*$/.test(value) && value.endsWith("\n") && !value.endsWith("\n\n");
}
function renderConfigMap(comment, name, labels, data) {
  const metadata = { name, labels };
  const entries = Object.entries(data);
  const block = (value) => value.includes("\n") && literalSafe(value);
  const plain = (key, value) => {
    const line = (0, import_yaml4.stringify)({ [key]: value });
    return line.split("\n").length === 2 ? `  ${line}` : void 0;
  };
  const lines = entries.map(
    ([key, value]) => block(value) ? `  ${(0, import_yaml4.stringify)(key).trimEnd()}: |
${value.slice(0, -1).replace(/^(?=.)/gm, "    ")}
` : plain(key, value)
  );
  if (entries.length === 0 || lines.some((l) => l === void 0))
    return `# ${comment}
${(0, import_yaml4.stringify)({ apiVersion: "v1", kind: "ConfigMap", metadata, data })}`;
  return `# ${comment}
${(0, import_yaml4.stringify)({ apiVersion: "v1", kind: "ConfigMap", metadata })}data:
${lines.join("")}`;
}
var isScalar4 = (v) => v === null || typeof v !== "object";
function jsonFile(value) {
  const render2 = (v, indent) => {
    if (isScalar4(v)) return JSON.stringify(v);
    if (Array.isArray(v)) {
      if (v.every(isScalar4)) return `[${v.map((x) => JSON.stringify(x)).join(", ")}]`;
      const inner2 = `${indent}  `;
      return v.length === 0 ? "[]" : `[
${v.map((x) => inner2 + render2(x, inner2)).join(",\n")}
${indent}]`;
    }
    const entries = Object.entries(v).filter(([, x]) => x !== void 0);
    if (entries.length === 0) return "{}";
    const line = `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${JSON.stringify(x)}`).join(", ")} }`;
    if (entries.length <= 4 && entries.every(([, x]) => isScalar4(x)) && line.length <= 80)
      return line;
    const inner = `${indent}  `;
    return `{
${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${render2(x, inner)}`).join(",\n")}
${indent}}`;
  };
  return `${render2(value, "")}
`;
}

// src/data/model.ts
var REGION_COLUMN = "region";
function isClassified(column) {
  return column.category !== void 0;
}
function isPersonal(column) {
  return column.category?.startsWith("user.") ?? false;
}
function region(model, name) {
  return model.regions.find((r) => r.name === name);
}
function jurisdictionOf(model, name) {
  return region(model, name)?.jurisdiction;
}
function classifiedJurisdictions(model, table3) {
  const home = jurisdictionOf(model, table3.home);
  if (home === "CN" && model.compliance.includes("pipl")) return ["CN"];
  return table3.residency ?? (home === void 0 ? [] : [home]);
}
function mayLeaveTo(model, table3, column, to) {
  if (!isClassified(column)) return true;
  const jurisdiction = jurisdictionOf(model, to);
  return jurisdiction !== void 0 && classifiedJurisdictions(model, table3).includes(jurisdiction);
}
function columnsIn(model, table3, regionName) {
  if (table3.locality !== "global" || regionName === table3.home) return table3.columns;
  return table3.columns.filter((c) => mayLeaveTo(model, table3, c, regionName));
}
function tableReaders(table3) {
  return [...new Set(table3.columns.flatMap((c) => c.readers))].sort();
}
function subscribers(table3) {
  return table3.locality === "global" ? table3.placement.filter((r) => r !== table3.home) : [];
}
function placement(model, table3) {
  const allowed = (name) => {
    const jurisdiction = model.regions.find((r) => r.name === name)?.jurisdiction;
    return table3.residency === void 0 || jurisdiction !== void 0 && table3.residency.includes(jurisdiction);
  };
  const candidates = table3.locality === "regional" ? [table3.home] : model.regions.map((r) => r.name);
  return candidates.filter(allowed);
}
function dataModel(service, platform) {
  const data = service.data;
  if (!data) return void 0;
  const base = {
    service: service.name,
    engine: data.engine,
    compliance: [...platform.compliance].sort(),
    customRules: [...platform.raw.spec.complianceRules ?? []],
    regions: service.regions.filter((name) => platform.regions[name]).map((name) => {
      const spec = platform.regions[name];
      const r = { name, jurisdiction: spec.jurisdiction, location: spec.location };
      if (spec.database?.secret !== void 0) r.secret = spec.database.secret;
      if (spec.database?.replication !== void 0)
        r.replication = { ...spec.database.replication };
      return r;
    })
  };
  const tables = Object.entries(data.tables ?? {}).map(([name, spec]) => {
    const columns2 = Object.entries(spec.columns ?? {}).map(([columnName, c]) => {
      const column = {
        name: columnName,
        type: c.type,
        primaryKey: c.primaryKey ?? false,
        nullable: c.nullable ?? !(c.primaryKey ?? false),
        readers: [...c.readers ?? []]
      };
      if (c.category !== void 0) column.category = c.category;
      return column;
    });
    const table3 = {
      name,
      home: spec.home,
      locality: spec.locality ?? "regional",
      columns: columns2,
      path: ["spec", "data", "tables", name]
    };
    if (spec.residency !== void 0) table3.residency = [...spec.residency];
    if (spec.subject !== void 0)
      table3.subject = { column: spec.subject.column, erase: spec.subject.erase ?? "delete" };
    if (spec.retention !== void 0) {
      table3.retention = spec.retention;
      const seconds = parseDuration(spec.retention);
      if (seconds !== void 0) table3.retentionSeconds = seconds;
    }
    return { ...table3, placement: placement(base, table3) };
  });
  return { ...base, tables };
}
function regionOrder(model) {
  const rank = (name) => model.tables.some((t) => t.home === name && subscribers(t).length > 0) ? 0 : model.tables.some((t) => t.home === name) ? 1 : 2;
  return model.regions.map((r, i) => ({ name: r.name, rank: rank(r.name), i })).sort((a, b) => a.rank - b.rank || a.i - b.i).map((r) => r.name);
}

// src/data/migration.ts
import { createHash as createHash2 } from "node:crypto";

// src/data/sql.ts
function ident(name) {
  if (name.includes("\0")) throw new Error(`identifier contains NUL: ${JSON.stringify(name)}`);
  return `"${name.replaceAll('"', '""')}"`;
}
function literal(text) {
  if (text.includes("\0")) throw new Error("string literal contains NUL");
  return `'${text.replaceAll("'", "''")}'`;
}
function backquote(name) {
  if (name.includes("\0") || name.includes("`"))
    throw new Error(`identifier cannot be backquoted: ${JSON.stringify(name)}`);
  return `\`${name}\``;
}
var SAFE_TYPE = /^[a-z][a-z0-9_]*( [a-z][a-z0-9_]*)*( ?\(\d{1,5}( ?, ?\d{1,5})?\))?(\[\])?$/i;
function isSafeType(type) {
  return type.length <= 64 && SAFE_TYPE.test(type);
}
var NO_TRANSACTION_MARKER = "-- multiregion:no-transaction";
var APPROVAL = /^--\s*multiregion:approve-destructive\s+([^\s:]+)\s*:\s*(\S.*)$/m;
var REGIONS = /^--\s*multiregion:regions\s+(.+)$/m;
function onlyRegions(sql) {
  const match = REGIONS.exec(sql);
  return match?.[1].split(/[\s,]+/).filter((r) => r !== "");
}
function wantsTransaction(sql) {
  return !sql.split("\n").some((line) => line.trim() === NO_TRANSACTION_MARKER);
}
function destructiveApproval(sql) {
  const match = APPROVAL.exec(sql);
  return match ? { approver: match[1], reason: match[2].trim() } : void 0;
}
var GEXEC = /^\\gexec[ \t]*(?:\n|$)/;
var LEADING_NOISE = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/;
var WORD = /[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/y;
var ROUTINE = /^c(f|p|or[fp])/;
function splitStatements(sql) {
  const out = [];
  let start = 0;
  let i = 0;
  let parens = 0;
  let blocks = 0;
  let firstLetters = "";
  const push = (end, gexec = false) => {
    const raw = sql.slice(start, end);
    const lead = LEADING_NOISE.exec(raw)[0].length;
    const text = raw.slice(lead).trimEnd();
    if (text !== "") {
      const offset = start + lead;
      out.push({ text, offset, line: lineAt(sql, offset), ...gexec ? { gexec } : {} });
    }
    parens = 0;
    blocks = 0;
    firstLetters = "";
  };
  while (i < sql.length) {
    const c = sql[i];
    const next = sql[i + 1];
    WORD.lastIndex = i;
    const word = WORD.exec(sql)?.[0];
    if (word !== void 0) {
      const lower = word.toLowerCase();
      if (firstLetters.length < 4)
        firstLetters += ["create", "function", "procedure", "or", "replace"].includes(lower) ? lower[0] : "-";
      if (ROUTINE.test(firstLetters) && parens === 0) {
        if (lower === "begin") blocks++;
        else if (lower === "case" && blocks > 0) blocks++;
        else if (lower === "end" && blocks > 0) blocks--;
      }
      i += word.length;
    } else if (c === "(") {
      parens++;
      i++;
    } else if (c === ")") {
      parens = Math.max(0, parens - 1);
      i++;
    } else if (c === "-" && next === "-" || c === "/" && next === "*") {
      i = commentEnd(sql, i);
    } else if (c === "'" || c === '"' || c === "$") {
      i = quotedEnd(sql, i);
    } else if (c === ";" && parens === 0 && blocks === 0) {
      push(i);
      i++;
      start = i;
    } else if (c === "\\" && (i === 0 || sql[i - 1] === "\n") && GEXEC.test(sql.slice(i, i + 9))) {
      push(i, true);
      const end = sql.indexOf("\n", i);
      i = end === -1 ? sql.length : end + 1;
      start = i;
    } else i++;
  }
  push(sql.length);
  return out;
}
function quotedEnd(sql, i) {
  const c = sql[i];
  if (c === "$") {
    const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i, i + 80));
    if (!tag) return i + 1;
    const end = sql.indexOf(tag[0], i + tag[0].length);
    return end === -1 ? sql.length : end + tag[0].length;
  }
  const escapes = c === "'" && /[eE]/.test(sql[i - 1] ?? "") && !/[\w$\u0080-\uffff]/.test(sql[i - 2] ?? "");
  let j = i + 1;
  while (j < sql.length) {
    if (escapes && sql[j] === "\\") j += 2;
    else if (sql[j] === c && sql[j + 1] === c) j += 2;
    else if (sql[j] === c) return j + 1;
    else j++;
  }
  return sql.length;
}
function commentEnd(sql, i) {
  if (sql[i] === "-") {
    const end = sql.indexOf("\n", i);
    return end === -1 ? sql.length : end + 1;
  }
  let depth = 1;
  let j = i + 2;
  while (j < sql.length && depth > 0) {
    const pair = sql.slice(j, j + 2);
    depth += pair === "/*" ? 1 : pair === "*/" ? -1 : 0;
    j += pair === "/*" || pair === "*/" ? 2 : 1;
  }
  return j;
}
function stripComments(sql) {
  let out = "";
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    const next = sql[i + 1];
    if (c === "-" && next === "-" || c === "/" && next === "*") {
      i = commentEnd(sql, i);
      out += c === "-" ? "\n" : " ";
    } else if (c === "'" || c === '"' || c === "$") {
      const end = quotedEnd(sql, i);
      out += sql.slice(i, end);
      i = end;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
function lineAt(text, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === "\n") line++;
  return line;
}

// src/data/migration.ts
function sha2562(text) {
  return createHash2("sha256").update(text, "utf8").digest("hex");
}
function migration(version, kind, file2, sql) {
  return { version, kind, file: file2, sql, sha256: sha2562(sql), transaction: wantsTransaction(sql) };
}
function handWritten(files) {
  return [...files].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0).map((f) => migration(f.name.replace(/\.sql$/, ""), "hand-written", f.path, f.text));
}

// src/data/postgres.ts
function objectName(...parts) {
  const name = parts.join("_").replace(/[^a-z0-9_]/g, "_");
  return name.length <= 63 ? name : `${name.slice(0, 54)}_${sha2562(name).slice(0, 8)}`;
}
function publicationName(table3, subscriber) {
  return objectName("mr", table3.name, "to", subscriber);
}
function subscriptionName(model, table3, subscriber) {
  return objectName("mr", model.service, table3.name, table3.home, "to", subscriber);
}
var RETENTION_FUNCTION_PREFIX = "mr_retention_";
function publisherPlaceholder(region2) {
  return literal(`multiregion:publisher=${region2}`);
}
var ON_PUBLISHER_COLUMN = "multiregion:on-publisher";
function onPublisher(region2, sql) {
  const text = `-- multiregion:runs-on ${region2}
${sql}`;
  if (text.includes("$publisher$")) throw new Error("statement contains its own quote");
  return `SELECT $publisher$${text}
$publisher$ AS ${ident(ON_PUBLISHER_COLUMN)}`;
}
function retentionColumn(table3) {
  const stamps = table3.columns.filter((c) => /^timestamp/i.test(c.type));
  return stamps.find((c) => c.name === "created_at") ?? stamps[0];
}
function compilable(table3) {
  return table3.columns.every((c) => isSafeType(c.type));
}
function columnDefinition(c) {
  return `${ident(c.name)} ${c.type}${c.nullable ? "" : " NOT NULL"}`;
}
function createTable(table3, columns2) {
  const keys = columns2.filter((c) => c.primaryKey);
  const rest = columns2.filter((c) => !c.primaryKey);
  const gone = table3.columns.filter((c) => !columns2.includes(c));
  const lines = columns2.map((c) => `  ${columnDefinition(c)}`);
  if (keys.length > 0) lines.push(`  PRIMARY KEY (${keys.map((c) => ident(c.name)).join(", ")})`);
  return [
    `CREATE TABLE IF NOT EXISTS ${ident(table3.name)} (
${lines.join(",\n")}
);`,
    // A column added to the manifest later reaches tables created before it.
    ...rest.length > 0 ? [
      `ALTER TABLE ${ident(table3.name)}
${rest.map((c) => `  ADD COLUMN IF NOT EXISTS ${columnDefinition(c)}`).join(",\n")};`
    ] : [],
    ...gone.length > 0 ? [
      `ALTER TABLE ${ident(table3.name)}
${gone.map((c) => `  DROP COLUMN IF EXISTS ${ident(c.name)}`).join(",\n")};`
    ] : []
  ];
}
var TABLE_TAG = '{"multiregion":';
function nameArray(names2) {
  return `ARRAY[${names2.map(literal).join(", ")}]::name[]`;
}
function pruneTables(model, regionName, here) {
  const keep = nameArray(here.map((t) => t.name));
  return `DO $mr$
DECLARE
  t record;
  held bigint;
BEGIN
  FOR t IN
    SELECT c.relname, d.description::jsonb -> 'multiregion' AS about
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_description d
      ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0
    WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
      AND d.description LIKE ${literal(`${TABLE_TAG}%`)}
      AND c.relname <> ALL (${keep})
  LOOP
    IF t.about ->> 'locality' = 'global' AND t.about ->> 'home' <> ${literal(regionName)} THEN
      EXECUTE format('DROP TABLE %I', t.relname);
      CONTINUE;
    END IF;
    -- Row security would hide other regions' rows from the count; the file is one transaction, so this never outlives it.
    EXECUTE format('ALTER TABLE %I NO FORCE ROW LEVEL SECURITY, DISABLE ROW LEVEL SECURITY', t.relname);
    EXECUTE format('SELECT count(*) FROM %I', t.relname) INTO held;
    IF held > 0 THEN
      RAISE EXCEPTION 'table % holds % row(s) in region ${regionName.replaceAll("'", "''")}, where the manifest of ${model.service.replaceAll("'", "''")} no longer places it', t.relname, held
        USING HINT = 'Move the rows to a region that may hold them, then delete them here with a hand-written migration that records its approval (-- multiregion:approve-destructive), and run migrate again.';
    END IF;
    EXECUTE format('DROP TABLE %I', t.relname);
  END LOOP;
END $mr$;`;
}
function foreignRows(table3, regionName) {
  const t = ident(table3.name);
  return `ALTER TABLE ${t} NO FORCE ROW LEVEL SECURITY, DISABLE ROW LEVEL SECURITY;
DELETE FROM ${t} WHERE ${ident(REGION_COLUMN)} IS DISTINCT FROM ${literal(regionName)};
ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;`;
}
function ensureRole(role) {
  return `DO $mr$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = ${literal(role)}) THEN
    CREATE ROLE ${ident(role)} NOLOGIN;
  END IF;
END $mr$;`;
}
function revokeOthers(table3, allowed) {
  const t = literal(ident(table3.name));
  return `DO $mr$
DECLARE
  r name;
BEGIN
  FOR r IN
    SELECT g.rolname FROM pg_catalog.pg_class c, aclexplode(c.relacl) a, pg_catalog.pg_roles g
    WHERE c.oid = ${t}::regclass AND a.privilege_type = 'SELECT' AND g.oid = a.grantee AND a.grantee <> c.relowner
    UNION
    SELECT g.rolname FROM pg_catalog.pg_class c, pg_catalog.pg_attribute t, aclexplode(t.attacl) a, pg_catalog.pg_roles g
    WHERE c.oid = ${t}::regclass AND t.attrelid = c.oid AND NOT t.attisdropped AND a.privilege_type = 'SELECT' AND g.oid = a.grantee AND a.grantee <> c.relowner
  LOOP
    IF r <> ALL (${nameArray(allowed)}) THEN
      -- Revoking the table's SELECT revokes every column's SELECT too.
      EXECUTE format('REVOKE SELECT ON TABLE %I FROM %I', ${literal(table3.name)}, r);
    END IF;
  END LOOP;
END $mr$;`;
}
function grants(table3, columns2, replication) {
  const t = ident(table3.name);
  const readers = tableReaders(table3);
  const out = [
    `REVOKE ALL ON TABLE ${t} FROM PUBLIC;`,
    revokeOthers(table3, replication === void 0 ? readers : [...readers, replication])
  ];
  for (const role of readers) {
    out.push(`REVOKE SELECT ON TABLE ${t} FROM ${ident(role)};`);
    const readable = columns2.filter((c) => !isClassified(c) || c.readers.includes(role));
    if (readable.length > 0)
      out.push(
        `GRANT SELECT (${readable.map((c) => ident(c.name)).join(", ")}) ON TABLE ${t} TO ${ident(role)};`
      );
  }
  return out;
}
var ROW_POLICY = "multiregion_rows_in_region";
function rowSecurity(table3, regionName) {
  const t = ident(table3.name);
  const policy = ident(ROW_POLICY);
  const here = `${ident(REGION_COLUMN)} = ${literal(regionName)}`;
  return [
    `ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY;`,
    // FORCE binds the table owner too, so an application connecting as owner cannot store another region's rows.
    `ALTER TABLE ${t} FORCE ROW LEVEL SECURITY;`,
    `DROP POLICY IF EXISTS ${policy} ON ${t};`,
    `CREATE POLICY ${policy} ON ${t} AS PERMISSIVE FOR ALL TO PUBLIC USING (${here}) WITH CHECK (${here});`
  ];
}
function noRowSecurity(table3) {
  const t = ident(table3.name);
  return [
    `DROP POLICY IF EXISTS ${ident(ROW_POLICY)} ON ${t};`,
    `DO $mr$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_policy WHERE polrelid = ${literal(t)}::regclass) THEN
    ALTER TABLE ${t} NO FORCE ROW LEVEL SECURITY, DISABLE ROW LEVEL SECURITY;
  END IF;
END $mr$;`
  ];
}
function comments(model, table3, columns2) {
  const about = {
    multiregion: {
      service: model.service,
      home: table3.home,
      locality: table3.locality,
      ...table3.residency ? { residency: table3.residency } : {},
      ...table3.retention ? { retention: table3.retention } : {}
    }
  };
  const out = [`COMMENT ON TABLE ${ident(table3.name)} IS ${literal(JSON.stringify(about))};`];
  for (const c of columns2.filter(isClassified)) {
    const tag = {
      fides: c.category,
      readers: c.readers,
      residency: classifiedJurisdictions(model, table3)
    };
    out.push(
      `COMMENT ON COLUMN ${ident(table3.name)}.${ident(c.name)} IS ${literal(JSON.stringify(tag))};`
    );
  }
  return out;
}
function retentionJob(table3) {
  const column = retentionColumn(table3);
  if (table3.retentionSeconds === void 0 || column === void 0) return [];
  const fn = ident(objectName(RETENTION_FUNCTION_PREFIX + table3.name));
  return [
    `CREATE OR REPLACE FUNCTION ${fn}() RETURNS bigint LANGUAGE sql AS $mr$
  WITH gone AS (
    DELETE FROM ${ident(table3.name)}
    WHERE ${ident(column.name)} < now() - interval ${literal(`${table3.retentionSeconds} seconds`)}
    RETURNING 1
  )
  SELECT count(*) FROM gone
$mr$;`,
    `COMMENT ON FUNCTION ${fn}() IS ${literal(`${RETENTION_COMMENT}${table3.name} (${table3.retention}): deletes rows older than that and returns how many. Schedule it daily, for example with pg_cron: SELECT cron.schedule('${table3.name}-retention', '@daily', 'SELECT ${objectName(RETENTION_FUNCTION_PREFIX + table3.name)}()').`)};`
  ];
}
function objectTag(model) {
  return JSON.stringify({ multiregion: { service: model.service } });
}
var RETENTION_COMMENT = "multiregion retention job for ";
function pruneRetentionJobs(here) {
  const keep = here.filter((t) => t.retentionSeconds !== void 0 && retentionColumn(t) !== void 0).map((t) => objectName(RETENTION_FUNCTION_PREFIX + t.name));
  return `DO $mr$
DECLARE
  f name;
BEGIN
  FOR f IN
    SELECT p.proname FROM pg_catalog.pg_proc p
    JOIN pg_catalog.pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_catalog.pg_proc'::regclass
    WHERE p.pronamespace = current_schema()::regnamespace AND d.description LIKE ${literal(`${RETENTION_COMMENT}%`)}
      AND p.proname <> ALL (${nameArray(keep)})
  LOOP
    EXECUTE format('DROP FUNCTION %I()', f);
  END LOOP;
END $mr$;`;
}
function publication(model, table3, subscriber) {
  const name = publicationName(table3, subscriber);
  const columns2 = columnsIn(model, table3, subscriber).map((c) => ident(c.name));
  const list = `${ident(table3.name)} (${columns2.join(", ")})`;
  return [
    `DO $mr$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_publication WHERE pubname = ${literal(name)}) THEN
    ALTER PUBLICATION ${ident(name)} SET TABLE ${list};
  ELSE
    CREATE PUBLICATION ${ident(name)} FOR TABLE ${list};
  END IF;
END $mr$;`,
    `COMMENT ON PUBLICATION ${ident(name)} IS ${literal(objectTag(model))};`
  ];
}
function prunePublications(model, keep) {
  return `DO $mr$
DECLARE
  p name;
BEGIN
  FOR p IN
    SELECT pubname FROM pg_catalog.pg_publication x
    JOIN pg_catalog.pg_description d ON d.objoid = x.oid AND d.classoid = 'pg_catalog.pg_publication'::regclass
    WHERE d.description = ${literal(objectTag(model))} AND pubname <> ALL (${nameArray(keep)})
  LOOP
    EXECUTE format('DROP PUBLICATION %I', p);
  END LOOP;
END $mr$;`;
}
function replicationGrant(model, table3, regionName, role) {
  const published = [
    ...new Set(subscribers(table3).flatMap((s) => columnsIn(model, table3, s).map((c) => c.name)))
  ];
  return [
    `DO $mr$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = ${literal(role)} AND (rolreplication OR rolsuper)) THEN
    RAISE EXCEPTION 'the replication role % (regions.${regionName}.database.replication.user) does not exist here or lacks REPLICATION', ${literal(role)}
      USING HINT = 'The platform team creates it once per database server: CREATE ROLE ... LOGIN REPLICATION, with its password in the subscribers'' password file.';
  END IF;
END $mr$;`,
    `REVOKE SELECT ON TABLE ${ident(table3.name)} FROM ${ident(role)};`,
    `GRANT SELECT (${published.map(ident).join(", ")}) ON TABLE ${ident(table3.name)} TO ${ident(role)};`
  ];
}
function ensureSlot(slot, home) {
  const where = `slot_name = ${literal(slot)}`;
  return `DO $mr$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_replication_slots WHERE ${where} AND active) THEN
    RAISE EXCEPTION 'replication slot % on % is in use by another connection (pid %)', ${literal(slot)}, ${literal(home)}, (SELECT active_pid FROM pg_catalog.pg_replication_slots WHERE ${where})
      USING HINT = 'Another subscriber streams from it. Stop that subscriber, or drop the slot on ${home.replaceAll("'", "''")} if nothing needs it, then run migrate again.';
  END IF;
  IF EXISTS (SELECT FROM pg_catalog.pg_replication_slots WHERE ${where} AND (database IS DISTINCT FROM current_database() OR plugin IS DISTINCT FROM 'pgoutput')) THEN
    RAISE EXCEPTION 'replication slot % on % was made for another database or plugin (%)', ${literal(slot)}, ${literal(home)}, (SELECT concat_ws(', ', database, plugin, slot_type) FROM pg_catalog.pg_replication_slots WHERE ${where})
      USING HINT = 'Slot names are shared by the databases of a server. Drop the slot on ${home.replaceAll("'", "''")} if nothing needs it, then run migrate again.';
  END IF;
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_replication_slots WHERE ${where}) THEN
    PERFORM pg_catalog.pg_create_logical_replication_slot(${literal(slot)}, 'pgoutput');
  END IF;
END $mr$`;
}
function recopyWidened(model, table3, regionName, columns2) {
  const name = subscriptionName(model, table3, regionName);
  const relation = literal(ident(table3.name));
  return `DO $mr$
BEGIN
  IF to_regclass(${relation}) IS NULL OR NOT EXISTS (
    SELECT FROM unnest(${nameArray(columns2.map((c) => c.name))}) AS wanted(name)
    WHERE NOT EXISTS (
      SELECT FROM pg_catalog.pg_attribute a
      WHERE a.attrelid = to_regclass(${relation}) AND a.attname = wanted.name AND NOT a.attisdropped
    )
  ) THEN
    RETURN;
  END IF;
  IF EXISTS (${subscriptionHere(name)}) THEN
    EXECUTE format('ALTER SUBSCRIPTION %I DISABLE', ${literal(name)});
    EXECUTE format('ALTER SUBSCRIPTION %I SET (slot_name = NONE)', ${literal(name)});
    EXECUTE format('DROP SUBSCRIPTION %I', ${literal(name)});
  END IF;
  EXECUTE format('TRUNCATE %I', ${literal(table3.name)});
END $mr$;`;
}
function subscriptionHere(name) {
  return `SELECT s.oid, s.subname FROM pg_catalog.pg_subscription s
  WHERE s.subname = ${literal(name)}
    AND s.subdbid = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())`;
}
function subscriptionFile(model, table3, regionName, columns2) {
  const name = subscriptionName(model, table3, regionName);
  const pub = publicationName(table3, regionName);
  const mine = subscriptionHere(name);
  return [
    // Named here so that a change of columns runs this file again, after 01_tables emptied a widened replica.
    `-- The replica holds ${columns2.map((c) => c.name).join(", ")}.`,
    // The slot is made apart from the subscription: a run killed after the publisher made it, before CREATE SUBSCRIPTION committed, finds it next time.
    `${onPublisher(table3.home, ensureSlot(name, table3.home))}
WHERE NOT EXISTS (${mine})
\\gexec`,
    // Created only when missing: a run killed after CREATE SUBSCRIPTION committed, but before the history row, runs this again.
    `SELECT format('CREATE SUBSCRIPTION %I CONNECTION %L PUBLICATION %I WITH (create_slot = false, slot_name = %L)', ${literal(name)}, ${publisherPlaceholder(table3.home)}, ${literal(pub)}, ${literal(name)})
WHERE NOT EXISTS (${mine})
\\gexec`,
    `COMMENT ON SUBSCRIPTION ${ident(name)} IS ${literal(objectTag(model))};`,
    // A subscription created before its publication existed holds no tables until refreshed.
    `SELECT format('ALTER SUBSCRIPTION %I REFRESH PUBLICATION', m.subname)
FROM (${mine}) m
WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_subscription_rel r WHERE r.srsubid = m.oid)
\\gexec`,
    // Still empty: the publication does not exist yet. The file fails and stays unrecorded, so the next run tries again.
    `DO $mr$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_subscription_rel r WHERE r.srsubid = (SELECT m.oid FROM (${mine.replaceAll("\n", " ")}) m)) THEN
    RAISE EXCEPTION 'subscription % holds no tables: publication % does not exist on ${table3.home} yet', ${literal(name)}, ${literal(pub)}
      USING HINT = 'Run migrate for ${table3.home} (it publishes ${table3.name.replaceAll("'", "''")}), then run this region again.';
  END IF;
END $mr$;`
  ];
}
function pruneSubscriptions(model, keep) {
  return `SELECT format('DROP SUBSCRIPTION %I', s.subname)
FROM pg_catalog.pg_subscription s
JOIN pg_catalog.pg_description d ON d.objoid = s.oid AND d.classoid = 'pg_catalog.pg_subscription'::regclass
WHERE s.subdbid = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
  AND d.description = ${literal(objectTag(model))}
  AND s.subname <> ALL (${nameArray(keep)})
\\gexec`;
}
function file(model, regionName, title, body) {
  return `-- Generated by multiregion for ${model.service} in region ${regionName}: ${title}.
-- Do not edit: change multiregion.yaml and plan again.

${body.join("\n\n")}
`;
}
function compilePostgres(model, regionName) {
  const here = model.tables.filter((t) => t.placement.includes(regionName) && compilable(t));
  const subscribed = here.filter((t) => t.locality === "global" && t.home !== regionName);
  const homed = here.filter((t) => t.home === regionName);
  const replication = region(model, regionName)?.replication?.user;
  const out = [];
  const add = (n, title, body, marker = false) => {
    if (body.length === 0) return;
    const sql = file(model, regionName, title, marker ? [NO_TRANSACTION_MARKER, ...body] : body);
    out.push(migration(`multiregion/${n}`, "generated", `generated/${regionName}/${n}.sql`, sql));
  };
  add(
    "00_prune",
    "drop the subscriptions the manifest no longer has (psql \\gexec: each row runs as a statement)",
    [
      pruneSubscriptions(
        model,
        subscribed.map((t) => subscriptionName(model, t, regionName))
      )
    ],
    true
  );
  add("01_tables", "tables whose rows may live here", [
    pruneTables(model, regionName, here),
    ...here.flatMap((t) => [
      ...subscribed.includes(t) ? [recopyWidened(model, t, regionName, columnsIn(model, t, regionName))] : [],
      ...createTable(t, columnsIn(model, t, regionName)),
      ...t.locality === "by-row" ? [foreignRows(t, regionName)] : []
    ])
  ]);
  const roles = [...new Set(here.flatMap(tableReaders))].sort();
  add("02_policy", "column privileges, row security, classification and retention", [
    pruneRetentionJobs(here),
    ...roles.map(ensureRole),
    ...here.flatMap((t) => {
      const columns2 = columnsIn(model, t, regionName);
      return [
        ...grants(t, columns2, replication),
        ...t.locality === "by-row" ? rowSecurity(t, regionName) : noRowSecurity(t),
        ...comments(model, t, columns2),
        ...retentionJob(t)
      ];
    })
  ]);
  const published = homed.filter((t) => subscribers(t).length > 0);
  add("03_publications", "publications of the global tables homed here, with column lists", [
    prunePublications(
      model,
      published.flatMap((t) => subscribers(t).map((s) => publicationName(t, s)))
    ),
    ...published.flatMap((t) => [
      ...subscribers(t).flatMap((s) => publication(model, t, s)),
      ...replication === void 0 ? [] : replicationGrant(model, t, regionName, replication)
    ])
  ]);
  for (const t of subscribed)
    add(
      `04_subscription_${t.name}`,
      `subscription to ${t.name} from ${t.home} (CREATE SUBSCRIPTION cannot run in a transaction; psql \\gexec runs each row as a statement, and multiregion runs a "${ON_PUBLISHER_COLUMN}" row on ${t.home})`,
      subscriptionFile(model, t, regionName, columnsIn(model, t, regionName)),
      true
    );
  return out;
}

// src/data/data-map.ts
var DATA_MAP_FILE = "data-map.yaml";
var DATA_MAP_VERSION = 1;
function searchOrder(model, here) {
  const jurisdiction = model.regions.find((r) => r.name === here)?.jurisdiction;
  const rank = (name, j) => name === here ? 0 : j === jurisdiction ? 1 : 2;
  return model.regions.map((r, i) => ({ name: r.name, rank: rank(r.name, r.jurisdiction), i })).sort((a, b) => a.rank - b.rank || a.i - b.i).map((r) => r.name);
}
function mapTable(model, table3) {
  const columns2 = {};
  for (const c of table3.columns) {
    columns2[c.name] = {
      type: c.type,
      primaryKey: c.primaryKey,
      nullable: c.nullable,
      ...isClassified(c) ? { category: c.category } : {},
      personal: isPersonal(c),
      readers: [...c.readers]
    };
  }
  const out = {
    locality: table3.locality,
    home: table3.home,
    placement: [...table3.placement],
    key: table3.columns.filter((c) => c.primaryKey).map((c) => c.name),
    columns: columns2
  };
  if (table3.residency) out.jurisdictions = [...table3.residency];
  const replicas = subscribers(table3);
  if (replicas.length > 0)
    out.replicas = Object.fromEntries(
      replicas.map((r) => [r, columnsIn(model, table3, r).map((c) => c.name)])
    );
  if (table3.locality === "by-row") out.regionColumn = REGION_COLUMN;
  if (table3.subject) out.subject = { ...table3.subject };
  if (model.engine === "postgres" && table3.retentionSeconds !== void 0 && retentionColumn(table3))
    out.retentionFunction = objectName(RETENTION_FUNCTION_PREFIX + table3.name);
  return out;
}
function dataMap(model, region2) {
  const here = model.regions.find((r) => r.name === region2);
  const regions = {};
  for (const r of model.regions)
    regions[r.name] = {
      jurisdiction: r.jurisdiction,
      ...r.secret !== void 0 ? { secret: r.secret } : {}
    };
  const tables = {};
  for (const t of model.tables) tables[t.name] = mapTable(model, t);
  return {
    mapVersion: DATA_MAP_VERSION,
    service: model.service,
    engine: model.engine,
    region: region2,
    jurisdiction: here?.jurisdiction ?? "",
    order: searchOrder(model, region2),
    regions,
    tables
  };
}
function renderDataMapConfigMap(map) {
  return renderConfigMap(
    `Generated by multiregion from ${map.service}'s multiregion.yaml (spec.data); edits here are replaced.`,
    `${map.service}-data`,
    { "app.kubernetes.io/managed-by": "multiregion", "multiregion.dev/region": map.region },
    { "data-map.json": jsonFile(map) }
  );
}

// src/routing/grpc.ts
var import_yaml5 = __toESM(require_dist(), 1);

// src/routing/mesh.ts
var BREAKER_DEFAULTS = { failures: 5, cooldownMs: 5e3 };
var IDEMPOTENT_METHODS = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"];
function meshRoutes(table3, region2, locations) {
  const routes = {
    service: table3.service,
    hostname: table3.hostname,
    region: region2,
    timeoutMs: table3.timeoutMs,
    deadlineMs: table3.deadlineMs,
    retries: table3.retries,
    retryBudget: table3.retryBudget,
    order: table3.order[region2] ?? Object.keys(table3.endpoints),
    endpoints: table3.endpoints,
    locations,
    breaker: { ...BREAKER_DEFAULTS }
  };
  if (table3.hedgeMs !== void 0) routes.hedgeMs = table3.hedgeMs;
  return routes;
}
function protoDuration(ms2) {
  return `${Number((ms2 / 1e3).toFixed(3))}s`;
}
var MANAGED_BY = { "app.kubernetes.io/managed-by": "multiregion" };
function header(service, target) {
  return `# Generated by multiregion from ${service}'s multiregion.yaml (spec.routing) for ${target}; edits here are replaced.
`;
}

// src/routing/grpc.ts
var GRPC_CONFIG_KEY = "grpc-service-config.json";
var MAX_ATTEMPTS = 5;
function compileGrpc(routes) {
  const notes = [];
  const attempts = Math.min(MAX_ATTEMPTS, routes.retries + 1);
  if (routes.retries + 1 > MAX_ATTEMPTS)
    notes.push({
      rule: "grpc-max-attempts",
      message: `gRPC allows at most ${MAX_ATTEMPTS} attempts, so ${routes.retries} retries become ${MAX_ATTEMPTS - 1}.`
    });
  const method = {
    // An empty name matches every method of every service on the channel.
    name: [{}],
    timeout: protoDuration(routes.deadlineMs)
  };
  if (attempts > 1 && routes.hedgeMs !== void 0)
    method.hedgingPolicy = {
      maxAttempts: attempts,
      hedgingDelay: protoDuration(routes.hedgeMs),
      nonFatalStatusCodes: ["UNAVAILABLE"]
    };
  else if (attempts > 1)
    method.retryPolicy = {
      maxAttempts: attempts,
      initialBackoff: "0.05s",
      maxBackoff: protoDuration(Math.max(50, routes.timeoutMs)),
      backoffMultiplier: 2,
      retryableStatusCodes: ["UNAVAILABLE"]
    };
  notes.push({
    rule: "grpc-attempt-timeout",
    message: `gRPC has no per-attempt timeout: the ${routes.deadlineMs} ms deadline bounds all attempts, and the ${routes.timeoutMs} ms attempt timeout is not enforced per attempt.`
  });
  return {
    config: {
      methodConfig: [method],
      // Each failure takes a token, each success gives tokenRatio back; retries stop below half of maxTokens.
      retryThrottling: {
        maxTokens: Math.min(1e3, Math.max(2, 2 * routes.retryBudget.minPerSecond)),
        tokenRatio: routes.retryBudget.ratio
      }
    },
    notes
  };
}
function declaresGrpc(serviceYaml) {
  let doc;
  try {
    doc = (0, import_yaml5.parse)(serviceYaml);
  } catch {
    return false;
  }
  const ports = doc?.spec?.ports;
  if (!Array.isArray(ports)) return false;
  return ports.some((port) => {
    const name = typeof port?.name === "string" ? port.name : "";
    return port?.appProtocol === "grpc" || name === "grpc" || name.startsWith("grpc-");
  });
}

// src/routing/istio.ts
var import_yaml6 = __toESM(require_dist(), 1);
var ISTIO_FILE = "istio.yaml";
var RETRY_ON_ANY = "connect-failure,refused-stream";
var RETRY_ON_IDEMPOTENT = `${RETRY_ON_ANY},reset,gateway-error,503`;
function endpointOf(url) {
  const u = new URL(url);
  const tls = u.protocol === "https:";
  return { host: u.hostname, port: u.port ? Number(u.port) : tls ? 443 : 80, tls };
}
function compileIstio(routes) {
  const notes = [];
  const name = `${routes.service}-multiregion`;
  const host = routes.hostname;
  const endpoints = routes.order.filter((r) => routes.endpoints[r] !== void 0).map((r) => ({ region: r, ...endpointOf(routes.endpoints[r]) }));
  const tls = endpoints.some((e) => e.tls);
  const targetPort = endpoints[0]?.port ?? 443;
  const serviceEntry = {
    apiVersion: "networking.istio.io/v1",
    kind: "ServiceEntry",
    metadata: { name, labels: MANAGED_BY },
    spec: {
      hosts: [host],
      location: "MESH_EXTERNAL",
      resolution: "DNS",
      // The application speaks plain HTTP to port 80 so the sidecar can retry; the DestinationRule originates TLS.
      ports: [{ number: 80, name: "http", protocol: "HTTP", targetPort }],
      endpoints: endpoints.map((e) => ({
        address: e.host,
        locality: routes.locations[e.region] ?? e.region,
        ports: { http: e.port }
      }))
    }
  };
  const [first, second] = routes.order.filter((r) => routes.locations[r] !== void 0);
  const failover = first !== void 0 && second !== void 0 ? [{ from: routes.locations[first], to: routes.locations[second] }] : [];
  if (routes.order.length > 2)
    notes.push({
      rule: "mesh-istio-failover-order",
      message: `Istio's localityLbSetting.failover names one region to fail over to (${second} from ${first}); after it, ${routes.order.slice(2).join(", ")} are tried in Envoy's own priority order, not the route table's.`
    });
  const destinationRule = {
    apiVersion: "networking.istio.io/v1",
    kind: "DestinationRule",
    metadata: { name, labels: MANAGED_BY },
    spec: {
      host,
      trafficPolicy: {
        connectionPool: {
          tcp: { connectTimeout: protoDuration(routes.timeoutMs) },
          // Envoy's max_retries: retries in flight at once, the closest Istio has to a retry budget.
          http: { maxRetries: Math.max(1, routes.retryBudget.minPerSecond) }
        },
        loadBalancer: {
          simple: "LEAST_REQUEST",
          localityLbSetting: { enabled: true, ...failover.length > 0 ? { failover } : {} }
        },
        // Locality failover needs outlier detection: the breaker's failures eject a region for its cooldown.
        outlierDetection: {
          consecutive5xxErrors: routes.breaker.failures,
          interval: protoDuration(routes.breaker.cooldownMs),
          baseEjectionTime: protoDuration(routes.breaker.cooldownMs),
          maxEjectionPercent: 100
        },
        ...tls ? { tls: { mode: "SIMPLE", sni: host } } : {}
      }
    }
  };
  const route = [{ destination: { host, port: { number: 80 } } }];
  const retries = (retryOn) => ({
    attempts: routes.retries,
    perTryTimeout: protoDuration(routes.timeoutMs),
    retryOn
  });
  const virtualService = {
    apiVersion: "networking.istio.io/v1",
    kind: "VirtualService",
    metadata: { name, labels: MANAGED_BY },
    spec: {
      hosts: [host],
      http: [
        {
          name: "idempotent",
          match: [{ method: { regex: IDEMPOTENT_METHODS.join("|") } }],
          route,
          timeout: protoDuration(routes.deadlineMs),
          retries: retries(RETRY_ON_IDEMPOTENT)
        },
        {
          name: "other-methods",
          route,
          timeout: protoDuration(routes.deadlineMs),
          retries: retries(RETRY_ON_ANY)
        }
      ]
    }
  };
  if (routes.hedgeMs !== void 0)
    notes.push({
      rule: "mesh-istio-hedging",
      message: `Istio's API has no hedging (Envoy's hedge_policy is not exposed), so the ${routes.hedgeMs} ms hedge applies to multiregion/client and gRPC clients only.`
    });
  notes.push({
    rule: "mesh-istio-retry-budget",
    message: `Istio has no retry budget; retries in flight are capped at ${destinationRule.spec.trafficPolicy.connectionPool.http.maxRetries} (connectionPool.http.maxRetries) instead of ${routes.retryBudget.ratio * 100}% of requests.`
  });
  const content = header(routes.service, "Istio") + [serviceEntry, destinationRule, virtualService].map((d) => (0, import_yaml6.stringify)(d)).join("---\n");
  return { name: ISTIO_FILE, content, notes };
}

// src/routing/linkerd.ts
var import_yaml7 = __toESM(require_dist(), 1);
var LINKERD_FILE = "serviceprofile.yaml";
function compileLinkerd(routes) {
  const timeout = `${routes.deadlineMs}ms`;
  const profile = {
    apiVersion: "linkerd.io/v1alpha2",
    kind: "ServiceProfile",
    // A ServiceProfile applies to the authority its name spells: the name clients call.
    metadata: { name: routes.hostname, labels: MANAGED_BY },
    spec: {
      routes: [
        {
          name: "idempotent",
          condition: { any: IDEMPOTENT_METHODS.map((method) => ({ method })) },
          isRetryable: true,
          timeout
        },
        { name: "other-methods", condition: { pathRegex: ".*" }, isRetryable: false, timeout }
      ],
      retryBudget: {
        retryRatio: routes.retryBudget.ratio,
        minRetriesPerSecond: routes.retryBudget.minPerSecond,
        ttl: "10s"
      }
    }
  };
  const notes = [
    {
      rule: "mesh-linkerd-attempt-timeout",
      message: `Linkerd's route timeout covers the whole request, retries included, so it is the ${routes.deadlineMs} ms deadline; the ${routes.timeoutMs} ms attempt timeout and the attempt count (${routes.retries} retries) are left to the retry budget.`
    },
    {
      rule: "mesh-linkerd-failover-order",
      message: `A ServiceProfile does not order regions: cross-region failover (${routes.order.join(" \u2192 ")}) needs linkerd-failover or the DNS records.`
    }
  ];
  if (routes.hedgeMs !== void 0)
    notes.push({
      rule: "mesh-linkerd-hedging",
      message: `Linkerd has no hedging, so the ${routes.hedgeMs} ms hedge applies to multiregion/client and gRPC clients only.`
    });
  return {
    name: LINKERD_FILE,
    content: header(routes.service, "Linkerd") + (0, import_yaml7.stringify)(profile),
    notes
  };
}

// src/routing/resources.ts
var GENERATED_FILES = {
  routeTable: "route-table.yaml",
  dnsEndpoint: "dnsendpoint.yaml",
  gslb: "gslb.yaml",
  istio: ISTIO_FILE,
  linkerd: LINKERD_FILE,
  dataMap: DATA_MAP_FILE
};
function header2(service) {
  return `# Generated by multiregion from ${service}'s multiregion.yaml (spec.routing); edits here are replaced.
`;
}
function isGenerated(text) {
  return text.startsWith("# Generated by multiregion from ");
}
var K8GB_HOSTNAME = "k8gb.io/hostname";
var MANAGED_BY2 = { "app.kubernetes.io/managed-by": "multiregion" };
function renderDnsEndpoint(service, records) {
  const endpoints = records.map((r) => {
    const providerSpecific = [
      { name: "alias", value: String(r.alias) },
      ...r.failover ? [{ name: "aws/failover", value: r.failover }] : [],
      ...r.evaluateTargetHealth !== void 0 ? [{ name: "aws/evaluate-target-health", value: String(r.evaluateTargetHealth) }] : [],
      ...r.healthCheckId ? [{ name: "aws/health-check-id", value: r.healthCheckId }] : []
    ];
    return {
      dnsName: r.name,
      recordType: "CNAME",
      recordTTL: r.ttl,
      targets: [r.target],
      setIdentifier: r.setIdentifier,
      providerSpecific
    };
  });
  return header2(service) + (0, import_yaml8.stringify)({
    apiVersion: "externaldns.k8s.io/v1alpha1",
    kind: "DNSEndpoint",
    metadata: { name: `${service}-failover`, labels: MANAGED_BY2 },
    spec: { endpoints }
  });
}
function renderGslb(service, hostname, strategy) {
  return header2(service) + (0, import_yaml8.stringify)({
    apiVersion: "k8gb.io/v1beta1",
    kind: "Gslb",
    metadata: {
      name: service,
      labels: MANAGED_BY2,
      annotations: { [K8GB_HOSTNAME]: hostname }
    },
    spec: {
      resourceRef: { apiVersion: "v1", kind: "Service", name: service },
      strategy
    }
  });
}
function regionRouteTable(table3, region2) {
  const row = table3.order[region2] ?? [];
  const endpoints = Object.fromEntries(
    row.filter((r) => table3.endpoints[r] !== void 0).map((r) => [r, table3.endpoints[r]])
  );
  return { ...table3, endpoints, order: { [region2]: row } };
}
function renderRouteTableConfigMap(full, region2, grpcServiceConfig) {
  const table3 = regionRouteTable(full, region2);
  return renderConfigMap(
    header2(table3.service).slice(2, -1),
    `${table3.service}-routes`,
    { ...MANAGED_BY2, "multiregion.dev/region": region2 },
    {
      region: region2,
      "route-table.json": jsonFile(table3),
      // The same rules as a gRPC service config (src/routing/grpc.ts), for gRPC clients in any language.
      ...grpcServiceConfig === void 0 ? {} : { [GRPC_CONFIG_KEY]: jsonFile(grpcServiceConfig) }
    }
  );
}

// src/gitops/layout.ts
var KUSTOMIZATION_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function regionLayout(platform, service, region2) {
  const override = platform.layout.services?.[service] ?? {};
  const template2 = override.path ?? platform.layout.path;
  const folder = template2.replaceAll("{region}", region2).replaceAll("{service}", service).replace(/\/+$/, "");
  const image = override.image ?? platform.layout.image;
  const candidates = image === "helm" ? [`${folder}/${override.valuesFile ?? platform.layout.valuesFile}`] : KUSTOMIZATION_NAMES.map((name) => `${folder}/${name}`);
  return { folder, image, candidates };
}
var SERVICE_FILE = "service.yaml";

// src/gitops/kustomization.ts
var import_yaml9 = __toESM(require_dist(), 1);
import { posix } from "node:path";
function unlistedResources(text, names2) {
  const file2 = parseFile(text);
  if ("error" in file2) return [...names2];
  const root = mapAt(file2, []);
  const listed = ["resources", "bases"].flatMap((field) => {
    const items = root?.get(field, true);
    return (0, import_yaml9.isSeq)(items) ? items.items.flatMap((item) => (0, import_yaml9.isScalar)(item) ? [posix.normalize(String(item.value))] : []) : [];
  });
  return names2.filter((name) => !listed.includes(posix.normalize(name)));
}
function appendItems(file2, seq, names2) {
  const last = seq.items[seq.items.length - 1];
  if (seq.flow || !last || !(0, import_yaml9.isScalar)(last) || !last.range) return void 0;
  const [start, end] = last.range;
  const lineStart = file2.text.lastIndexOf("\n", start - 1) + 1;
  const dash = /^([ ]*)- +$/.exec(file2.text.slice(lineStart, start));
  if (!dash || file2.text.slice(start, end).includes("\n")) return void 0;
  const newline = file2.text.includes("\r\n") ? "\r\n" : "\n";
  const lineEnd = file2.text.indexOf("\n", end);
  const lines = names2.map((name) => `${dash[1]}- ${renderPlain(name)}`).join(newline);
  if (lineEnd === -1)
    return { text: `${file2.text}${newline}${lines}`, line: lineOf(file2, start) + 1 };
  return {
    text: `${file2.text.slice(0, lineEnd + 1)}${lines}${newline}${file2.text.slice(lineEnd + 1)}`,
    line: lineOf(file2, start) + 1
  };
}
function addResources(text, names2) {
  const file2 = parseFile(text);
  if ("error" in file2)
    return { kind: "problem", message: `it is not valid YAML (${file2.error})`, unreadable: true };
  const root = mapAt(file2, []);
  if (!root) return { kind: "problem", message: "it is not a mapping" };
  const wanted = unlistedResources(text, names2);
  if (wanted.length === 0) return { kind: "current" };
  const resources = root.get("resources", true);
  let edited;
  if ((0, import_yaml9.isSeq)(resources)) edited = appendItems(file2, resources, wanted);
  else if (resources === void 0 && !root.flow) {
    const newline = text.includes("\r\n") ? "\r\n" : "\n";
    const base = text === "" || text.endsWith("\n") ? text : `${text}${newline}`;
    const block = [`resources:`, ...wanted.map((n) => `  - ${renderPlain(n)}`)].join(newline);
    edited = { text: `${base}${block}${newline}`, line: base.split("\n").length };
  }
  if (!edited)
    return {
      kind: "problem",
      message: 'its resources is not a block list of "- file" lines'
    };
  const ok = matchesExpected(file2, edited.text, (value) => {
    value.resources = [...value.resources ?? [], ...wanted];
  });
  if (!ok)
    return { kind: "problem", message: "adding to its resources would change something else" };
  return { kind: "edit", ...edited };
}

// src/data/cassandra.ts
var REPLICATION_FACTOR = 3;
var TYPES = [
  [/^(text|varchar|character varying|citext)(\(\d+\))?$/i, "text"],
  [/^uuid$/i, "uuid"],
  [/^(bigint|int8)$/i, "bigint"],
  [/^(integer|int|int4)$/i, "int"],
  [/^(smallint|int2)$/i, "smallint"],
  [/^(timestamptz|timestamp|timestamp with time zone)$/i, "timestamp"],
  [/^(boolean|bool)$/i, "boolean"],
  [/^(numeric|decimal)(\(\d+( ?, ?\d+)?\))?$/i, "decimal"],
  [/^(double precision|float8)$/i, "double"],
  [/^(real|float4)$/i, "float"],
  [/^(json|jsonb)$/i, "text"],
  [/^date$/i, "date"],
  [/^bytea$/i, "blob"]
];
function cqlType(type) {
  return TYPES.find(([pattern]) => pattern.test(type))?.[1] ?? type.toLowerCase();
}
function keyspaceName(model, table3) {
  return keyspace48(objectName(model.service, ...table3.placement));
}
var KEYSPACE_NAME_LIMIT = 48;
function keyspace48(name) {
  return name.length <= KEYSPACE_NAME_LIMIT ? name : `${name.slice(0, 39)}_${sha2562(name).slice(0, 8)}`;
}
function keyspace(model, name, placement2) {
  const factors = model.regions.map((r) => `'${r.name}': ${placement2.includes(r.name) ? REPLICATION_FACTOR : 0}`).join(", ");
  return `CREATE KEYSPACE IF NOT EXISTS ${ident(name)}
  WITH replication = {'class': 'NetworkTopologyStrategy', ${factors}};`;
}
function table(model, t) {
  const lines = t.columns.map(
    (c) => `  ${ident(c.name)} ${cqlType(c.type)}${isClassified(c) ? " MASKED WITH mask_default()" : ""}`
  );
  const keys = t.columns.filter((c) => c.primaryKey).map((c) => ident(c.name));
  lines.push(`  PRIMARY KEY (${keys.length > 1 ? `(${keys.join(", ")})` : keys.join("")})`);
  const ttl2 = t.retentionSeconds === void 0 ? "" : `
  WITH default_time_to_live = ${Math.round(t.retentionSeconds)}`;
  return `CREATE TABLE IF NOT EXISTS ${ident(keyspaceName(model, t))}.${ident(t.name)} (
${lines.join(",\n")}
)${ttl2};`;
}
function compileCassandra(model) {
  const tables = model.tables.filter((t) => compilable(t) && t.placement.length > 0);
  const body = [];
  const seen = /* @__PURE__ */ new Set();
  for (const t of tables) {
    const name = keyspaceName(model, t);
    if (!seen.has(name)) body.push(keyspace(model, name, t.placement));
    seen.add(name);
  }
  const roles = [...new Set(tables.flatMap(tableReaders))].sort();
  for (const role of roles) {
    const dcs = [
      ...new Set(tables.filter((t) => tableReaders(t).includes(role)).flatMap((t) => t.placement))
    ];
    body.push(
      `CREATE ROLE IF NOT EXISTS ${ident(role)} WITH LOGIN = false AND ACCESS TO DATACENTERS {${dcs.map((d) => `'${d}'`).join(", ")}};`
    );
  }
  for (const t of tables) {
    body.push(table(model, t));
    const target = `${ident(keyspaceName(model, t))}.${ident(t.name)}`;
    for (const role of tableReaders(t)) {
      body.push(`GRANT SELECT ON TABLE ${target} TO ${ident(role)};`);
      if (t.columns.some((c) => isClassified(c) && c.readers.includes(role)))
        body.push(`GRANT UNMASK ON TABLE ${target} TO ${ident(role)};`);
    }
  }
  const sql = `-- Generated by multiregion for ${model.service} (cassandra, CQL).
-- Do not edit: change multiregion.yaml and plan again.

${body.join("\n\n")}
`;
  return migration("multiregion/01_schema", "generated", "generated/cassandra/01_schema.sql", sql);
}

// src/data/cockroachdb.ts
function location(model, name) {
  return region(model, name)?.location ?? name;
}
var PLACEMENT_COLUMN = "mr_region";
function columns(model, table3) {
  const lines = table3.columns.map(
    (c) => `  ${ident(c.name)} ${c.type}${c.nullable ? "" : " NOT NULL"}`
  );
  if (table3.locality === "by-row") {
    const cases = table3.placement.map((r) => `WHEN ${literal(r)} THEN ${literal(location(model, r))}`).join(" ");
    lines.push(
      `  ${ident(PLACEMENT_COLUMN)} crdb_internal_region NOT VISIBLE NOT NULL AS (CASE ${ident(REGION_COLUMN)} ${cases} END) STORED`
    );
  }
  const keys = table3.columns.filter((c) => c.primaryKey);
  if (keys.length > 0) lines.push(`  PRIMARY KEY (${keys.map((c) => ident(c.name)).join(", ")})`);
  return lines;
}
function locality(model, table3) {
  if (table3.locality === "global") return "LOCALITY GLOBAL";
  if (table3.locality === "by-row") return `LOCALITY REGIONAL BY ROW AS ${ident(PLACEMENT_COLUMN)}`;
  return `LOCALITY REGIONAL BY TABLE IN ${ident(location(model, table3.home))}`;
}
function ttl(table3) {
  const column = retentionColumn(table3);
  if (table3.retentionSeconds === void 0 || !column) return "";
  const expression = `${ident(column.name)} + INTERVAL '${table3.retentionSeconds} seconds'`;
  return ` WITH (ttl_expiration_expression = ${literal(expression)}, ttl_job_cron = '@daily')`;
}
function readerViews(table3) {
  const t = ident(table3.name);
  const out = [`REVOKE ALL ON TABLE ${t} FROM public;`];
  for (const role of tableReaders(table3)) {
    const view = ident(objectName(table3.name, "for", role));
    const visible = table3.columns.filter((c) => !isClassified(c) || c.readers.includes(role));
    out.push(
      `REVOKE ALL ON TABLE ${t} FROM ${ident(role)};`,
      `CREATE OR REPLACE VIEW ${view} AS SELECT ${visible.map((c) => ident(c.name)).join(", ")} FROM ${t};`,
      `GRANT SELECT ON TABLE ${view} TO ${ident(role)};`
    );
  }
  return out;
}
function compileCockroach(model) {
  const db = ident(model.service);
  const [primary, ...others] = regionOrder(model);
  const body = [NO_TRANSACTION_MARKER];
  if (primary !== void 0) {
    body.push(`ALTER DATABASE ${db} SET PRIMARY REGION ${ident(location(model, primary))};`);
    for (const r of others)
      body.push(`ALTER DATABASE ${db} ADD REGION IF NOT EXISTS ${ident(location(model, r))};`);
  }
  if (model.tables.some((t) => t.locality !== "global" && t.columns.some(isClassified))) {
    body.push(
      `SET enable_multiregion_placement_policy = 'on';`,
      `ALTER DATABASE ${db} SURVIVE ZONE FAILURE;`,
      `ALTER DATABASE ${db} PLACEMENT RESTRICTED;`
    );
  }
  const roles = [...new Set(model.tables.flatMap(tableReaders))].sort();
  body.push(...roles.map((r) => `CREATE ROLE IF NOT EXISTS ${ident(r)};`));
  for (const table3 of model.tables.filter(compilable)) {
    body.push(
      `CREATE TABLE IF NOT EXISTS ${ident(table3.name)} (
${columns(model, table3).join(",\n")}
) ${locality(model, table3)}${ttl(table3)};`,
      ...table3.locality === "by-row" ? [
        `ALTER TABLE ${ident(table3.name)} ADD COLUMN IF NOT EXISTS ${columns(model, table3).find((l) => l.includes(ident(PLACEMENT_COLUMN))).trim()};`
      ] : [],
      `ALTER TABLE ${ident(table3.name)} SET ${locality(model, table3)};`,
      ...readerViews(table3),
      ...table3.columns.filter(isClassified).map(
        (c) => `COMMENT ON COLUMN ${ident(table3.name)}.${ident(c.name)} IS ${literal(JSON.stringify({ fides: c.category, readers: c.readers }))};`
      )
    );
  }
  const sql = `-- Generated by multiregion for ${model.service} (cockroachdb, one multi-region cluster).
-- Do not edit: change multiregion.yaml and plan again.

${body.join("\n\n")}
`;
  return migration("multiregion/01_schema", "generated", "generated/cockroachdb/01_schema.sql", sql);
}

// src/data/fides/data-categories.json
var data_categories_default = {
  source: "https://github.com/ethyca/fideslang/blob/40394c46599745a6b8f14d069889fddfa2651409/data_files/data_categories.yml",
  licence: "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), (c) Ethyca, Inc.; only the fides_key of each category is kept",
  categories: [
    "system",
    "system.authentication",
    "system.operations",
    "user",
    "user.account",
    "user.authorization",
    "user.behavior",
    "user.biometric",
    "user.childrens",
    "user.contact",
    "user.content",
    "user.demographic",
    "user.location",
    "user.device",
    "user.payment",
    "user.social",
    "user.unique_id",
    "user.telemetry",
    "user.user_sensor",
    "user.workplace",
    "user.sensor",
    "user.financial",
    "user.government_id",
    "user.health_and_medical",
    "user.name",
    "user.criminal_history",
    "user.privacy_preferences",
    "user.job_title",
    "user.account.settings",
    "user.account.username",
    "user.authorization.credentials",
    "user.authorization.biometric",
    "user.authorization.password",
    "user.behavior.browsing_history",
    "user.behavior.media_consumption",
    "user.behavior.purchase_history",
    "user.behavior.search_history",
    "user.biometric.fingerprint",
    "user.biometric.retinal",
    "user.biometric.voice",
    "user.biometric.health",
    "user.contact.address",
    "user.contact.email",
    "user.contact.phone_number",
    "user.contact.url",
    "user.contact.fax_number",
    "user.contact.organization",
    "user.contact.address.city",
    "user.contact.address.country",
    "user.contact.address.postal_code",
    "user.contact.address.state",
    "user.contact.address.street",
    "user.content.private",
    "user.content.public",
    "user.content.self_image",
    "user.demographic.age_range",
    "user.demographic.date_of_birth",
    "user.demographic.gender",
    "user.demographic.language",
    "user.demographic.marital_status",
    "user.demographic.political_opinion",
    "user.demographic.profile",
    "user.demographic.race_ethnicity",
    "user.demographic.religious_belief",
    "user.demographic.sexual_orientation",
    "user.device.cookie",
    "user.device.cookie_id",
    "user.device.device_id",
    "user.device.ip_address",
    "user.financial.bank_account",
    "user.financial.credit_card",
    "user.government_id.birth_certificate",
    "user.government_id.drivers_license_number",
    "user.government_id.immigration",
    "user.government_id.national_identification_number",
    "user.government_id.passport_number",
    "user.government_id.vehicle_registration",
    "user.health_and_medical.genetic",
    "user.health_and_medical.insurance_beneficiary_id",
    "user.health_and_medical.record_id",
    "user.location.imprecise",
    "user.location.precise",
    "user.name.first",
    "user.name.last",
    "user.unique_id.pseudonymous"
  ]
};

// src/data/compliance.ts
var RULES = {
  "data-invalid-type": "data",
  "data-unknown-category": "data",
  "data-undeclared-reader": "data",
  "data-classified-global": "data",
  "data-classified-key-global": "data",
  "data-engine-placement": "data",
  "data-classified-no-readers": "data",
  "data-residency-home": "data",
  "data-residency-replicas": "data",
  "data-by-row-region-column": "data",
  "data-global-primary-key": "data",
  "data-retention-column": "data",
  "data-retention-nullable": "data",
  "data-publication-classified": "data",
  "data-destructive-migration": "data",
  "data-subject-column": "data",
  "gdpr-retention-missing": "gdpr",
  "pipl-cross-border": "pipl"
};
var CUSTOM_RULE_PREFIX = "custom-";
var FIDES_CATEGORIES = data_categories_default.categories;
function distance2(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        previous[j] + 1,
        row[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    previous = row;
  }
  return previous[b.length];
}
function didYouMean2(name, known) {
  const scored = known.map((k) => ({
    k,
    d: k.endsWith(`.${name}`) || k.startsWith(`${name}_`) ? 1 : distance2(name, k)
  })).sort((a, b) => a.d - b.d);
  const best = scored[0];
  return best && best.d <= Math.max(2, Math.floor(name.length / 4)) ? best.k : void 0;
}
function enabled(ctx, rule) {
  const pack = RULES[rule];
  return pack === "data" || ctx.model.compliance.includes(pack);
}
function report(ctx, rule, message, path, severity = "error") {
  if (!enabled(ctx, rule)) return;
  ctx.out.push({ rule, severity, message, file: ctx.service.file, ...ctx.service.locate(path) });
}
function regionsOutside(ctx, allowed) {
  return ctx.model.regions.filter((r) => !allowed.includes(r.jurisdiction)).map((r) => `${r.name} (${r.jurisdiction})`);
}
function checkTable(ctx, table3) {
  const path = table3.path;
  const columnPath = (name, key) => [...path, "columns", name, key];
  for (const c of table3.columns) {
    if (!isSafeType(c.type))
      report(
        ctx,
        "data-invalid-type",
        `${table3.name}.${c.name} has type ${JSON.stringify(c.type)}, which is not a SQL type name; use a name with an optional size, such as text, numeric(12,2) or uuid[].`,
        columnPath(c.name, "type")
      );
    if (!isClassified(c)) continue;
    if (!FIDES_CATEGORIES.includes(c.category)) {
      const near = didYouMean2(c.category, FIDES_CATEGORIES);
      report(
        ctx,
        "data-unknown-category",
        `${table3.name}.${c.name} has category ${c.category}, which is not a Fides data category, so the personal-data rules (GDPR, PIPL) cannot see it.${near ? ` Did you mean ${near}?` : ""} Use one of fideslang's categories, such as user.contact.email or system.operations.`,
        columnPath(c.name, "category")
      );
    }
    for (const role of c.readers) {
      const known = ctx.roles ?? ctx.model.tables.flatMap((t) => t.columns.flatMap((k) => k.readers));
      const near = didYouMean2(
        role,
        known.filter((k) => k !== role)
      );
      if (ctx.roles ? !ctx.roles.includes(role) : near !== void 0)
        report(
          ctx,
          "data-undeclared-reader",
          `${table3.name}.${c.name} names reader ${role}, which ${ctx.roles ? "the platform does not declare (spec.databaseRoles)" : "no other column names"}, so migrate would create a new role for it.${near ? ` Did you mean ${near}?` : ""}`,
          columnPath(c.name, "readers"),
          "warning"
        );
    }
    if (table3.locality === "global" && c.primaryKey)
      report(
        ctx,
        "data-classified-key-global",
        `${table3.name}.${c.name} is ${c.category} and part of the primary key of a global table: replicas cannot leave it out, since replication identifies every UPDATE and DELETE by the key. Key the table by an unclassified column.`,
        columnPath(c.name, "primaryKey")
      );
    if (table3.locality === "global" && ctx.model.engine === "postgres" && !isPersonal(c))
      report(
        ctx,
        "data-classified-global",
        `${table3.name}.${c.name} is ${c.category} in a global table: replicas outside ${classifiedJurisdictions(ctx.model, table3).join(", ")} are generated without it, so readers there will not find it. Move the column to a regional or by-row table.`,
        columnPath(c.name, "category"),
        "warning"
      );
    else if (table3.locality === "global" && isPersonal(c))
      report(
        ctx,
        "data-classified-global",
        `${table3.name}.${c.name} is personal data (${c.category}) in a global table, which exists in every region: one missed column list, publication or replica would carry it abroad. Move the column to a regional or by-row table.`,
        columnPath(c.name, "category")
      );
    else if (table3.locality === "global")
      report(
        ctx,
        "data-classified-global",
        `${table3.name}.${c.name} is ${c.category}, but ${table3.name} is global and ${ctx.model.engine} copies a global table whole to every region. Move the column to a regional or by-row table.`,
        columnPath(c.name, "category")
      );
    if (c.readers.length === 0)
      report(
        ctx,
        "data-classified-no-readers",
        `${table3.name}.${c.name} is ${c.category} but names no readers, so no role may read it. List the roles that need it in readers.`,
        columnPath(c.name, "category")
      );
  }
  const homeRegion = region(ctx.model, table3.home);
  if (table3.residency && homeRegion && !table3.residency.includes(homeRegion.jurisdiction))
    report(
      ctx,
      "data-residency-home",
      `${table3.name} may only be stored in ${table3.residency.join(", ")}, but its home ${table3.home} is in ${homeRegion.jurisdiction}. Choose a home region in ${table3.residency.join(" or ")}.`,
      [...path, "home"]
    );
  if (table3.residency && table3.locality === "global") {
    const outside = regionsOutside(ctx, table3.residency);
    if (outside.length > 0)
      report(
        ctx,
        "data-residency-replicas",
        `${table3.name} is global, but its rows may only be stored in ${table3.residency.join(", ")}, so ${outside.join(", ")} get no replica. Make it regional or by-row, or widen residency.`,
        [...path, "locality"],
        "warning"
      );
  }
  if (table3.locality === "by-row") {
    const column = table3.columns.find((c) => c.name === REGION_COLUMN);
    if (!column || column.primaryKey !== false || !/^(text|varchar)/i.test(column.type))
      report(
        ctx,
        "data-by-row-region-column",
        `${table3.name} is by-row, so each row names its region in a text column "${REGION_COLUMN}"; add ${REGION_COLUMN}: { type: text, nullable: false }.`,
        [...path, "locality"]
      );
  }
  if (table3.locality === "global" && !table3.columns.some((c) => c.primaryKey))
    report(
      ctx,
      "data-global-primary-key",
      `${table3.name} is global, and logical replication needs a primary key to copy updates and deletes. Mark its key columns primaryKey: true.`,
      [...path, "locality"]
    );
  const personal = table3.columns.filter(isPersonal);
  const aged = retentionColumn(table3);
  if (table3.retention !== void 0 && aged?.nullable)
    report(
      ctx,
      "data-retention-nullable",
      `${table3.name} keeps rows for ${table3.retention} by ${aged.name}, which may be NULL: the deletion job never deletes a row whose ${aged.name} is NULL. Declare ${aged.name}: { ..., nullable: false }.`,
      [...path, "columns", aged.name, "type"],
      "warning"
    );
  checkEngine(ctx, table3, personal.length > 0);
  if (table3.retention !== void 0 && !aged)
    report(
      ctx,
      "data-retention-column",
      `${table3.name} keeps rows for ${table3.retention}, but has no timestamp column to age them by, so no deletion job is generated. Add created_at: { type: timestamptz }.`,
      [...path, "retention"],
      "warning"
    );
  if (personal.length > 0 && table3.retention === void 0)
    report(
      ctx,
      "gdpr-retention-missing",
      `${table3.name} holds personal data (${personal.map((c) => `${c.name}: ${c.category}`).join(", ")}) with no retention; GDPR's storage limitation needs one. Set retention, such as 730d.`,
      [...path, "home"]
    );
  if (personal.length > 0 && homeRegion?.jurisdiction === "CN") {
    const reach = table3.locality === "global" ? table3.placement : [table3.home];
    const abroad = reach.map((name) => region(ctx.model, name)).filter((r) => r.jurisdiction !== "CN").map((r) => r.name);
    const declared = (table3.residency ?? []).filter((j) => j !== "CN");
    if (abroad.length > 0 || declared.length > 0)
      report(
        ctx,
        "pipl-cross-border",
        `${table3.name} holds personal data collected in China (home ${table3.home}), but ${abroad.length > 0 ? `rows would be stored in ${abroad.join(", ")}` : `residency allows ${declared.join(", ")}`}. PIPL keeps it in CN: set residency: [CN] and locality regional or by-row.`,
        [...path, table3.residency ? "residency" : "home"]
      );
  }
}
function checkEngine(ctx, table3, personal) {
  const engine = ctx.model.engine;
  if (engine === "cockroachdb" && table3.locality === "global" && table3.residency)
    report(
      ctx,
      "data-engine-placement",
      `${table3.name} is global with residency ${table3.residency.join(", ")}, but CockroachDB places a GLOBAL table in every database region: super regions and PLACEMENT RESTRICTED do not apply to it. Make it regional or by-row.`,
      [...table3.path, "residency"]
    );
  if (engine === "cassandra" && table3.locality === "by-row" && personal) {
    const jurisdictions = [...new Set(table3.placement.map((r) => region(ctx.model, r)?.jurisdiction))];
    if (jurisdictions.length > 1)
      report(
        ctx,
        "data-engine-placement",
        `${table3.name} is by-row with personal data, but Cassandra replicates every row of a keyspace to all its data centers, so rows of ${jurisdictions.join(", ")} would each be stored in the others. Split it into one regional table per jurisdiction, or set residency to one jurisdiction.`,
        [...table3.path, "locality"]
      );
  }
  if (engine === "spanner" && (table3.locality === "regional" || table3.residency))
    report(
      ctx,
      "data-engine-placement",
      `${table3.name} is kept where the Spanner instance configuration keeps its replicas: Spanner places only by-row tables itself. Use an instance configuration whose read-write and read-only replicas all sit in ${classifiedJurisdictions(ctx.model, table3).join(", ")}, and add no read-only replicas outside it.`,
      [...table3.path, table3.residency ? "residency" : "locality"],
      "info"
    );
}
function checkSpannerLocations(ctx) {
  const leader = regionOrder(ctx.model)[0];
  const placed = ctx.model.tables.filter((t) => t.locality === "by-row").flatMap((t) => t.placement);
  for (const r of ctx.model.regions.filter((r2) => r2.name === leader || placed.includes(r2.name)))
    if (!/^[a-z]+-[a-z]+\d+$/.test(r.location))
      ctx.out.push({
        rule: "data-engine-placement",
        severity: "error",
        message: `Region ${r.name} has location ${r.location}, which is not a Spanner region name (such as us-east1 or europe-north1), so Spanner would refuse it as ${r.name === leader ? "default_leader" : "a placement leader"}. Give the platform's region the location Spanner knows it by.`,
        file: ctx.service.file,
        ...ctx.service.locate(["spec", "regions"])
      });
}
function inCategory(category, covered) {
  return category === covered || category.startsWith(`${covered}.`);
}
function checkCustomRules(ctx, table3) {
  for (const rule of ctx.model.customRules) {
    for (const c of table3.columns) {
      if (!c.category || !rule.categories.some((k) => inCategory(c.category, k))) continue;
      const outside = table3.placement.filter((r) => columnsIn(ctx.model, table3, r).includes(c)).map((r) => region(ctx.model, r)).filter((r) => !rule.jurisdictions.includes(r.jurisdiction)).map((r) => `${r.name} (${r.jurisdiction})`);
      if (outside.length === 0) continue;
      ctx.out.push({
        rule: `${CUSTOM_RULE_PREFIX}${rule.id}`,
        severity: rule.severity ?? "error",
        message: `${table3.name}.${c.name} is ${c.category}, which the platform keeps in ${rule.jurisdictions.join(", ")}, but it would be stored in ${outside.join(", ")}.${rule.message ? ` ${rule.message}` : ""} Set residency: [${rule.jurisdictions.join(", ")}] on ${table3.name}.`,
        file: ctx.service.file,
        ...ctx.service.locate([...table3.path, "columns", c.name, "category"])
      });
    }
  }
}
var DESTRUCTIVE = [
  [/\bDROP\s+TABLE\b/i, "drops a table"],
  [/\bTRUNCATE\b/i, "empties a table"],
  [/\bDROP\s+COLUMN\b/i, "drops a column"],
  [/\bALTER\s+(?:COLUMN\s+)?(?:"[^"]+"|\w+)\s+(?:SET\s+DATA\s+)?TYPE\b/i, "rewrites a column"],
  [/\bRENAME\s+(?:COLUMN\s+)?(?:"[^"]+"|\w+)\s+TO\b/i, "renames a column"]
];
function checkFile(ctx, file2) {
  const approved = destructiveApproval(file2.text);
  const classified = new Map(
    ctx.model.tables.map((t) => [t.name, t.columns.filter(isClassified).map((c) => c.name)])
  );
  for (const statement of splitStatements(file2.text)) {
    const text = stripComments(statement.text);
    const at = (index) => ({
      line: statement.line + lineAt(statement.text, Math.max(index, 0)) - 1,
      column: 1
    });
    if (!approved) {
      for (const [pattern, what] of DESTRUCTIVE) {
        const match = pattern.exec(statement.text);
        if (!match) continue;
        ctx.out.push({
          rule: "data-destructive-migration",
          severity: "error",
          message: `${file2.name} ${what}, which loses data that no later migration can bring back. Once reviewed, record the approval in the file: -- multiregion:approve-destructive <approver>: <reason>.`,
          file: file2.path,
          ...at(match.index)
        });
        break;
      }
    }
    if (!/\b(CREATE|ALTER)\s+PUBLICATION\b/i.test(text)) continue;
    const leaks = [];
    if (/\bFOR\s+(ALL\s+TABLES|TABLES\s+IN\s+SCHEMA)\b/i.test(text)) {
      for (const [table3, columns2] of classified)
        if (columns2.length > 0) leaks.push(`${table3} (${columns2.join(", ")})`);
    } else {
      const refs = /(?:\bTABLE\b|,)\s*(?:ONLY\s+)?(?:(?:"[^"]+"|[A-Za-z_][\w$]*)\s*\.\s*)?"?([A-Za-z_][\w$]*)"?\s*\*?\s*(\(([^)]*)\))?/gi;
      for (const ref of text.matchAll(refs)) {
        const columns2 = classified.get(ref[1].toLowerCase()) ?? [];
        const listed = ref[3]?.split(",").map((c) => c.trim().replace(/^"|"$/g, ""));
        const copied = listed ? columns2.filter((c) => listed.includes(c)) : columns2;
        if (copied.length > 0) leaks.push(`${ref[1]} (${copied.join(", ")})`);
      }
    }
    if (leaks.length > 0)
      ctx.out.push({
        rule: "data-publication-classified",
        severity: "error",
        message: `${file2.name} publishes classified columns ${leaks.join("; ")}, which subscribers in other regions would copy. Give the publication a column list without them; the manifest's global tables get theirs generated.`,
        file: file2.path,
        ...at(0)
      });
  }
}
function checkSubject(ctx, table3) {
  if (!table3.subject) return;
  const path = [...table3.path, "subject"];
  const names2 = table3.columns.map((c) => c.name);
  if (!names2.includes(table3.subject.column)) {
    const hint = closest(table3.subject.column, names2);
    report(
      ctx,
      "data-subject-column",
      `${table3.name}'s subject column "${table3.subject.column}" is not one of its columns (${names2.join(", ")}). ${hint ? `Did you mean "${hint}"?` : "Name the column that identifies the person."}`,
      [...path, "column"]
    );
    return;
  }
  if (table3.subject.erase !== "nullify") return;
  const stuck = table3.columns.filter(
    (c) => isPersonal(c) && (c.primaryKey || !c.nullable || c.name === table3.subject.column)
  );
  if (stuck.length > 0)
    report(
      ctx,
      "data-subject-column",
      `${table3.name} erases by nullify, but ${stuck.map((c) => c.name).join(", ")} cannot be set to NULL (a key, not nullable, or the subject column itself), so erasure would leave personal data. Make them nullable, or erase: delete.`,
      [...path, "erase"]
    );
}
function lintData(model, service, files, roles) {
  const ctx = { model, service, out: [] };
  if (roles !== void 0) ctx.roles = roles;
  for (const table3 of model.tables) {
    checkTable(ctx, table3);
    checkSubject(ctx, table3);
    checkCustomRules(ctx, table3);
  }
  if (model.engine === "spanner") checkSpannerLocations(ctx);
  for (const file2 of files) checkFile(ctx, file2);
  return ctx.out;
}

// src/data/spanner.ts
var TYPES2 = [
  [/^(text|varchar|character varying|citext)(\(\d+\))?$/i, "STRING(MAX)"],
  [/^uuid$/i, "STRING(36)"],
  [/^(bigint|int8|integer|int|int4|smallint|int2)$/i, "INT64"],
  [/^(timestamptz|timestamp|timestamp with time zone)$/i, "TIMESTAMP"],
  [/^(boolean|bool)$/i, "BOOL"],
  [/^(numeric|decimal)(\(\d+( ?, ?\d+)?\))?$/i, "NUMERIC"],
  [/^(double precision|float8|real|float4)$/i, "FLOAT64"],
  [/^(json|jsonb)$/i, "JSON"],
  [/^date$/i, "DATE"],
  [/^bytea$/i, "BYTES(MAX)"]
];
function spannerType(type) {
  return TYPES2.find(([pattern]) => pattern.test(type))?.[1] ?? type.toUpperCase();
}
function placementName(regionName) {
  return regionName.replaceAll("-", "_");
}
function table2(t) {
  const lines = t.columns.map(
    (c) => `  ${backquote(c.name)} ${spannerType(c.type)}${c.nullable ? "" : " NOT NULL"}${t.locality === "by-row" && c.name === REGION_COLUMN ? " PLACEMENT KEY" : ""}`
  );
  if (t.locality === "by-row")
    lines.push(
      `  CONSTRAINT ${backquote(`${t.name}_region_is_placement`)} CHECK (${backquote(REGION_COLUMN)} IN (${t.placement.map((r) => literal(placementName(r))).join(", ")}))`
    );
  const keys = t.columns.filter((c) => c.primaryKey).map((c) => backquote(c.name));
  const column = retentionColumn(t);
  const days = t.retentionSeconds === void 0 ? void 0 : Math.ceil(t.retentionSeconds / 86400);
  const deletion = days !== void 0 && column ? `,
  ROW DELETION POLICY (OLDER_THAN(${backquote(column.name)}, INTERVAL ${days} DAY))` : "";
  const classified = t.columns.filter(isClassified).map((c) => `-- ${t.name}.${c.name}: ${c.category}, readers ${c.readers.join(", ") || "none"}
`).join("");
  return `${classified}CREATE TABLE ${backquote(t.name)} (
${lines.join(",\n")}
) PRIMARY KEY (${keys.join(", ")})${deletion};`;
}
function compileSpanner(model) {
  const db = backquote(model.service);
  const leader = regionOrder(model)[0];
  const body = [];
  if (leader !== void 0)
    body.push(
      `ALTER DATABASE ${db} SET OPTIONS (default_leader = ${literal(region(model, leader).location)});`
    );
  const byRow = model.tables.filter((t) => t.locality === "by-row" && compilable(t));
  if (byRow.length > 0) {
    body.push(`ALTER DATABASE ${db} SET OPTIONS (per_placement_routing_metadata = TRUE);`);
    const placed = [...new Set(byRow.flatMap((t) => t.placement))];
    for (const r of model.regions.filter((r2) => placed.includes(r2.name)))
      body.push(
        `CREATE PLACEMENT ${backquote(placementName(r.name))} OPTIONS (instance_partition=${literal(`${r.name}-partition`)}, default_leader=${literal(r.location)});`
      );
  }
  const roles = [...new Set(model.tables.flatMap(tableReaders))].sort();
  body.push(...roles.map((r) => `CREATE ROLE ${backquote(r)};`));
  for (const t of model.tables.filter(compilable)) {
    body.push(table2(t));
    for (const role of tableReaders(t)) {
      const visible = t.columns.filter((c) => !isClassified(c) || c.readers.includes(role));
      body.push(
        `GRANT SELECT(${visible.map((c) => backquote(c.name)).join(", ")}) ON TABLE ${backquote(t.name)} TO ROLE ${backquote(role)};`
      );
    }
  }
  const sql = `-- Generated by multiregion for ${model.service} (spanner, GoogleSQL DDL).
-- Do not edit: change multiregion.yaml and plan again.

${body.join("\n\n")}
`;
  return migration("multiregion/01_schema", "generated", "generated/spanner/01_schema.sql", sql);
}

// src/data/plan-data.ts
function migrationsFor(model, name, files) {
  if (model.engine === "postgres")
    return [
      ...compilePostgres(model, name),
      ...files.filter((f) => onlyRegions(f.sql)?.includes(name) ?? true)
    ];
  if (name !== regionOrder(model)[0]) return [];
  const compile = {
    cockroachdb: compileCockroach,
    spanner: compileSpanner,
    cassandra: compileCassandra
  }[model.engine];
  return [compile(model), ...files];
}
function planData(service, platform, files) {
  const model = dataModel(service, platform);
  if (!model) return void 0;
  const written = handWritten(files);
  const order = regionOrder(model);
  const regions = /* @__PURE__ */ new Map();
  for (const [i, name] of order.entries()) {
    const r = model.regions.find((x) => x.name === name);
    const data = {
      engine: model.engine,
      order: i + 1,
      migrations: migrationsFor(model, name, written)
    };
    if (r.secret !== void 0) data.secret = r.secret;
    regions.set(name, data);
  }
  return {
    service,
    model,
    regions,
    findings: lintData(model, service, files, platform.raw.spec.databaseRoles)
  };
}

// src/gitops/annotations.ts
var import_yaml10 = __toESM(require_dist(), 1);
var CARRIERS = ["Service", "Ingress"];
function position(file2, node) {
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = file2.lines.linePos(offset);
  return { line, column: col };
}
function carrier(text, path) {
  const file2 = parseFile(text);
  if ("error" in file2)
    return {
      kind: "problem",
      rule: "invalid-yaml",
      message: `${path} is not valid YAML (${file2.error}); fix it in the environments repository.`,
      line: 1
    };
  const kind = scalarText(mapAt(file2, [])?.get("kind", true));
  const metadata = mapAt(file2, ["metadata"]);
  if (!kind || !CARRIERS.includes(kind) || !metadata)
    return {
      kind: "problem",
      rule: "dns-carrier-not-found",
      message: `${path} should hold the service's Service (or Ingress) with a metadata mapping, to carry its ExternalDNS annotations, but it holds ${kind ?? "no kind"}. Put the Service there, one object per file.`,
      line: 1
    };
  return { file: file2, metadata };
}
function readAnnotations(text, path) {
  const found = carrier(text, path);
  if ("kind" in found) return found;
  const { file: file2, metadata } = found;
  const annotations = /* @__PURE__ */ new Map();
  const node = metadata.get("annotations", true);
  if ((0, import_yaml10.isMap)(node))
    for (const pair of node.items) {
      if (!(0, import_yaml10.isScalar)(pair.key)) continue;
      const value = (0, import_yaml10.isScalar)(pair.value) ? String(pair.value.value ?? "") : "";
      annotations.set(String(pair.key.value), {
        value,
        ...position(file2, pair.value ?? pair.key)
      });
    }
  const key = metadata.items.find((p) => (0, import_yaml10.isScalar)(p.key) && p.key.value === "annotations")?.key;
  return { kind: "read", annotations, ...position(file2, key ?? metadata) };
}
function addAnnotationsMap(file2, metadata, key, value) {
  const first = metadata.items[0]?.key;
  if (metadata.flow || !first?.range) return void 0;
  const column = position(file2, first).column - 1;
  const indent = " ".repeat(column);
  const withParent = insertAfter(file2, metadata, "name", "annotations", "{}");
  if (!withParent) return void 0;
  const lines = withParent.text.split("\n");
  const at = withParent.line - 1;
  lines[at] = `${indent}annotations:`;
  lines.splice(at + 1, 0, `${indent}  ${key}: ${renderPlain(value)}`);
  return { text: lines.join("\n"), line: withParent.line };
}
function upsertAnnotations(text, path, wanted, remove = []) {
  const original = carrier(text, path);
  if ("kind" in original) return original;
  let current = original.file;
  const before = {};
  let firstLine;
  for (const [key, value] of Object.entries(wanted)) {
    const metadata = mapAt(current, ["metadata"]);
    const annotations = metadata.get("annotations", true);
    const node = (0, import_yaml10.isMap)(annotations) ? annotations.get(key, true) : void 0;
    const was = (0, import_yaml10.isScalar)(node) ? String(node.value ?? "") : null;
    if (was === value) continue;
    before[key] = was;
    let edited;
    if ((0, import_yaml10.isScalar)(node)) edited = replaceScalar(current, node, value);
    else if ((0, import_yaml10.isMap)(annotations) && annotations.items.length > 0) {
      const last = annotations.items[annotations.items.length - 1].key;
      edited = (0, import_yaml10.isScalar)(last) ? insertAfter(current, annotations, String(last.value), key, value) : void 0;
    } else if (annotations === void 0 || annotations === null)
      edited = addAnnotationsMap(current, metadata, key, value);
    const next = edited && parseFile(edited.text);
    if (!edited || !next || "error" in next) {
      return {
        kind: "problem",
        rule: "unsupported-layout",
        message: `${path}'s metadata.annotations is written in a form multiregion does not edit automatically (an inline {...} mapping, a multi-line value or an alias); write it as a block mapping of "key: value" lines, or set ${key}: "${value}" by hand.`,
        line: position(current, annotations ?? metadata).line
      };
    }
    firstLine = Math.min(firstLine ?? edited.line, edited.line);
    current = next;
  }
  for (const key of remove) {
    const annotations = mapAt(current, ["metadata", "annotations"]);
    if (!annotations?.has(key)) continue;
    const node = annotations.get(key, true);
    before[key] = (0, import_yaml10.isScalar)(node) ? String(node.value ?? "") : null;
    const edited = removePair(current, annotations, key);
    const next = edited && parseFile(edited.text);
    if (!edited || !next || "error" in next)
      return {
        kind: "problem",
        rule: "unsupported-layout",
        message: `${path}'s annotation ${key} is written in a form multiregion does not remove automatically; remove it by hand.`,
        line: position(current, annotations).line
      };
    firstLine = Math.min(firstLine ?? edited.line, edited.line);
    current = next;
  }
  if (firstLine === void 0) return { kind: "current" };
  const ok = matchesExpected(original.file, current.text, (value) => {
    const metadata = value.metadata;
    const annotations = {
      ...metadata.annotations,
      ...wanted
    };
    for (const key of remove) delete annotations[key];
    metadata.annotations = annotations;
  });
  if (!ok)
    return {
      kind: "problem",
      rule: "unsupported-layout",
      message: `${path} could not be given its DNS annotations without changing something else; set them by hand.`,
      line: lineOf(original.file, 0)
    };
  return { kind: "edit", text: current.text, line: firstLine, before };
}

// src/routing/route-table.ts
var RETRY_BUDGET = { ratio: 0.2, minPerSecond: 10 };
var DEFAULT_ENDPOINT = "https://{service}.{region}.{zone}";
function milliseconds(duration) {
  return Math.round(parseDuration(duration) * 1e3);
}
function preferenceOrder(service, platform, client) {
  const routing = service.routing;
  const sets = recordSets(service, platform);
  const jurisdiction = platform.regions[client]?.jurisdiction;
  const own = service.regions.includes(client) && sets.has(hostnameOf(routing, client));
  const sameJurisdiction = [...sets.values()].find(
    (members2) => members2.some((r) => platform.regions[r]?.jurisdiction === jurisdiction)
  );
  const { outgoing, both } = confinement(platform);
  const confined = jurisdiction !== void 0 && outgoing.has(jurisdiction);
  const members = own ? sets.get(hostnameOf(routing, client)) : (confined ? sameJurisdiction : void 0) ?? sets.get(routing.hostname) ?? sameJurisdiction ?? [];
  const failover = (routing.failover ?? []).filter((r) => members.includes(r));
  const rest = members.filter((r) => !failover.includes(r)).sort(
    (a, b) => Number(platform.regions[b]?.jurisdiction === jurisdiction) - Number(platform.regions[a]?.jurisdiction === jurisdiction)
  );
  const first = (routing.policy ?? ROUTING_DEFAULTS.policy) === "failover" || !own ? [] : [client];
  const order = [.../* @__PURE__ */ new Set([...first, ...failover, ...rest])];
  const of = (r) => platform.regions[r]?.jurisdiction;
  if (confined && order.some((r) => of(r) === jurisdiction))
    return order.filter((r) => of(r) === jurisdiction);
  return order.filter((r, i) => i === 0 || of(r) === jurisdiction || !both.has(of(r)));
}
var PACK_CONFINES = { pipl: "CN" };
function confinement(platform) {
  const routing = platform.raw.spec.routing;
  const allowed = new Set(routing?.allowFailoverAbroad ?? []);
  const both = new Set(
    platform.compliance.flatMap((pack) => {
      const jurisdiction = PACK_CONFINES[pack];
      return jurisdiction === void 0 || allowed.has(jurisdiction) ? [] : [jurisdiction];
    })
  );
  return { outgoing: /* @__PURE__ */ new Set([...routing?.failoverWithin ?? [], ...both]), both };
}
function routeTable(service, platform) {
  const routing = service.routing;
  if (!routing) return void 0;
  const timeoutMs = milliseconds(routing.timeout ?? ROUTING_DEFAULTS.timeout);
  const retries = routing.retries ?? ROUTING_DEFAULTS.retries;
  const endpoints = {};
  for (const region2 of service.regions) {
    const dns = platform.regions[region2]?.dns;
    if (!dns) continue;
    endpoints[region2] = (dns.endpoint ?? DEFAULT_ENDPOINT).replaceAll("{service}", service.name).replaceAll("{region}", region2).replaceAll("{zone}", dns.zone);
  }
  const order = {};
  for (const client of Object.keys(platform.regions).sort())
    order[client] = preferenceOrder(service, platform, client).filter((r) => endpoints[r]);
  const table3 = {
    service: service.name,
    hostname: routing.hostname,
    timeoutMs,
    deadlineMs: routing.deadline !== void 0 ? milliseconds(routing.deadline) : timeoutMs * (retries + 1),
    retries,
    retryBudget: { ...RETRY_BUDGET },
    endpoints,
    order
  };
  if (routing.hedge !== void 0) table3.hedgeMs = milliseconds(routing.hedge);
  return table3;
}
function checkJurisdiction(service, platform) {
  const routing = service.routing;
  const { outgoing: confined, both } = confinement(platform);
  if (!routing || confined.size === 0) return [];
  const findings = [];
  const failoverPolicy = (routing.policy ?? ROUTING_DEFAULTS.policy) === "failover";
  for (const [name, members] of recordSets(service, platform)) {
    const chain = failoverPolicy ? (routing.failover ?? members).filter((r) => members.includes(r)) : members;
    chain.forEach((region2, i) => {
      const jurisdiction = platform.regions[region2].jurisdiction;
      if (!confined.has(jurisdiction)) return;
      const reachable = failoverPolicy && !both.has(jurisdiction) ? chain.slice(i + 1) : chain.filter((r) => r !== region2);
      const abroad = reachable.filter((r) => platform.regions[r].jurisdiction !== jurisdiction);
      if (abroad.length === 0) return;
      const index = routing.failover?.indexOf(region2) ?? -1;
      const path = index >= 0 ? ["spec", "routing", "failover", index] : routing.hostnames?.[region2] ? ["spec", "routing", "hostnames", region2] : ["spec", "routing", "hostname"];
      findings.push({
        rule: "dns-jurisdiction",
        severity: "error",
        message: both.has(jurisdiction) ? `${region2} is in ${jurisdiction}, whose regions neither fail over abroad nor take failover from abroad under the ${Object.keys(PACK_CONFINES).find((p) => PACK_CONFINES[p] === jurisdiction)} compliance pack (${platform.file}), but ${name} joins it with ${abroad.join(", ")}. Give ${region2} its own name in spec.routing.hostnames, or keep its failover inside ${jurisdiction} (the platform may allow it with spec.routing.allowFailoverAbroad).` : `${region2} is in ${jurisdiction}, whose regions may fail over only within ${jurisdiction} (spec.routing.failoverWithin in ${platform.file}), but ${name} would send its traffic to ${abroad.join(", ")}. Give ${region2} its own name in spec.routing.hostnames, or keep its failover inside ${jurisdiction}.`,
        file: service.file,
        ...service.locate(path),
        region: region2
      });
    });
  }
  return findings;
}

// src/plan/dns.ts
var FIELD = "metadata.annotations";
function weightLadder(target, shift, current) {
  if (current !== void 0 && current >= target) return [target];
  const steps = shift.map((p) => Math.round(target * p / 100)).filter((w) => w < target);
  const above = steps.filter((w) => current === void 0 || w > current);
  return [.../* @__PURE__ */ new Set([...above, target])];
}
function recordOf(plan2) {
  if (plan2.gslb) {
    const policy = { roundRobin: "weighted", failover: "failover", geoip: "geolocation" };
    return {
      name: plan2.hostname,
      policy: policy[plan2.gslb.type],
      carrier: "Gslb",
      ttl: plan2.gslb.dnsTtlSeconds,
      alias: false
    };
  }
  return plan2.service;
}
function planRouting(input) {
  const { service, platform, files, waves, claimed } = input;
  const compiled = compileDns(service, platform);
  const routes = routeTable(service, platform);
  const findings = [...compiled.findings, ...checkJurisdiction(service, platform)];
  const regions = /* @__PURE__ */ new Map();
  const result = { regions, findings };
  if (!routes) return result;
  result.routes = routes;
  const manifestAt = (path) => ({
    file: service.file,
    ...service.locate(path ?? ["spec", "routing"])
  });
  const lastWave = Math.max(0, ...waves.values());
  const views = [];
  for (const plan2 of compiled.regions) {
    const wave = waves.get(plan2.region);
    const folder = regionLayout(platform, service.name, plan2.region).folder;
    const path = `${folder}/${SERVICE_FILE}`;
    const text = files?.get(path);
    const edits = [];
    const dns = {
      provider: plan2.provider,
      zone: plan2.zone,
      annotationPrefix: plan2.prefix,
      file: path,
      records: [],
      annotations: {}
    };
    const record = recordOf(plan2);
    let resources;
    let existing;
    let annotationsAt = { line: 1, column: 1 };
    let later = [];
    const onService = record?.carrier === "Service";
    const cleansService = !onService && plan2.provider !== "none";
    if (onService && files) {
      if (text === void 0) {
        findings.push({
          rule: "dns-carrier-not-found",
          severity: "warning",
          message: `${path} does not exist, so ${plan2.region} is promoted without ${plan2.hostname}'s ExternalDNS annotations. Put the service's Service in ${folder}/${SERVICE_FILE} (and list it in the kustomization's resources), or add them by hand.`,
          ...manifestAt(["spec", "routing", "hostname"]),
          region: plan2.region
        });
      } else {
        const read = readAnnotations(text, path);
        if (read.kind === "problem") {
          findings.push(fileProblem(read, path, plan2.region));
        } else {
          existing = read.annotations;
          annotationsAt = { line: read.line, column: read.column };
        }
      }
    } else if (cleansService && text !== void 0) {
      const read = readAnnotations(text, path);
      if (read.kind === "read") existing = read.annotations;
    }
    if (record?.weight !== void 0 && service.routing?.shift && wave !== void 0) {
      const current = existing?.get(`${plan2.prefix}aws-weight`)?.value;
      const ladder = weightLadder(
        record.weight,
        service.routing.shift,
        current === void 0 || !/^\d+$/.test(current) ? void 0 : Number(current)
      );
      record.weight = ladder[0];
      later = ladder.slice(1, 1 + Math.max(0, lastWave - wave));
    }
    if (record) dns.records.push(record);
    dns.records.push(...plan2.endpoint);
    if (onService) {
      const wanted = recordAnnotations(record);
      dns.annotations = withPrefix(plan2.prefix, wanted);
      const keys = /* @__PURE__ */ new Map();
      const { own, foreign } = splitByPrefix(
        existing ?? /* @__PURE__ */ new Map(),
        plan2.prefix
      );
      const stale = [...own.keys()].filter(
        (key) => MANAGED_KEYS.includes(key) && !(key in wanted)
      );
      const before = policiesOf({ keys: own });
      if (before.length > 0 && !before.includes(record.policy))
        findings.push({
          rule: "dns-policy-change",
          severity: "warning",
          message: `${plan2.region} changes ${plan2.hostname} from ${before.join("+")} to ${record.policy} records. ExternalDNS cannot always turn one into the other in place (external-dns #1411, #4345): run its controllers with --policy=sync, and watch the first region's change apply before the next.`,
          ...manifestAt(["spec", "routing", "policy"]),
          region: plan2.region
        });
      for (const [key, at] of own)
        if (!stale.includes(key)) keys.set(key, { value: at.value, at: { file: path, ...at } });
      for (const [key, value] of Object.entries(wanted))
        keys.set(key, { value, at: manifestAt(plan2.origins[key]) });
      views.push({
        region: plan2.region,
        provider: plan2.provider,
        zone: plan2.zone,
        prefix: plan2.prefix,
        at: text === void 0 ? manifestAt(["spec", "routing"]) : { file: path, ...annotationsAt },
        keys,
        foreign: foreign.map(([key, at]) => ({
          key,
          at: { file: path, line: at.line, column: at.column }
        }))
      });
      if (text !== void 0 && existing !== void 0 && wave !== void 0) {
        const upserted = upsertAnnotations(
          text,
          path,
          dns.annotations,
          stale.map((key) => `${plan2.prefix}${key}`)
        );
        if (upserted.kind === "problem") findings.push(fileProblem(upserted, path, plan2.region));
        else if (upserted.kind === "edit") {
          edits.push(
            fileEdit(path, text, upserted.text, {
              field: FIELD,
              line: upserted.line,
              before: JSON.stringify(upserted.before),
              after: JSON.stringify(
                Object.fromEntries(
                  Object.keys(upserted.before).map((k) => [k, dns.annotations[k] ?? null])
                )
              )
            })
          );
          if (later.length > 0)
            dns.shift = weightSteps(path, plan2.prefix, upserted.text, later, wave);
        }
      }
    }
    if (cleansService && text !== void 0 && existing !== void 0 && wave !== void 0) {
      const { own } = splitByPrefix(existing, plan2.prefix);
      const stale = [...own.keys()].filter((key) => MANAGED_KEYS.includes(key)).map((key) => `${plan2.prefix}${key}`);
      const cleaned = upsertAnnotations(text, path, {}, stale);
      if (cleaned.kind === "problem") findings.push(fileProblem(cleaned, path, plan2.region));
      else if (cleaned.kind === "edit")
        edits.push(
          fileEdit(path, text, cleaned.text, {
            field: FIELD,
            line: cleaned.line,
            before: JSON.stringify(cleaned.before),
            after: JSON.stringify(Object.fromEntries(stale.map((k) => [k, null])))
          })
        );
    }
    for (const endpoint of plan2.endpoint)
      views.push(endpointView(endpoint, plan2, manifestAt(["spec", "routing", "failover"])));
    if (wave !== void 0 && files) {
      const grpcPort = text !== void 0 && declaresGrpc(text);
      const mesh = meshFiles(platform, routes, plan2.region, manifestAt(void 0), grpcPort);
      for (const f of mesh.findings)
        if (f.region !== void 0 || !findings.some((g) => g.rule === f.rule && g.message === f.message))
          findings.push(f);
      const generated = [
        [GENERATED_FILES.routeTable, renderRouteTableConfigMap(routes, plan2.region, mesh.grpc)],
        ...mesh.files
      ];
      const formerEndpoint = files.get(`${folder}/${GENERATED_FILES.dnsEndpoint}`);
      if (plan2.endpoint.length > 0)
        generated.push([
          GENERATED_FILES.dnsEndpoint,
          renderDnsEndpoint(service.name, plan2.endpoint)
        ]);
      else if (formerEndpoint !== void 0 && isGenerated(formerEndpoint))
        generated.push([GENERATED_FILES.dnsEndpoint, renderDnsEndpoint(service.name, [])]);
      if (plan2.gslb)
        generated.push([GENERATED_FILES.gslb, renderGslb(service.name, plan2.hostname, plan2.gslb)]);
      findings.push(...staleFiles(folder, plan2.region, generated, files));
      const written = generatedEdits(input, plan2.region, generated, findings);
      edits.push(...written.edits);
      if (written.resources) resources = written.resources;
    }
    regions.set(plan2.region, resources ? { dns, edits, resources } : { dns, edits });
  }
  if (files) findings.push(...removedRegions(service, platform, files));
  findings.push(...validateViews(views, { claimed, service: service.name }));
  return result;
}
function staleFiles(folder, region2, generated, files) {
  const written = new Set(generated.map(([name]) => name));
  const candidates = [
    [GENERATED_FILES.gslb, "error", "k8gb keeps answering for the name beside Route 53"],
    [
      GENERATED_FILES.istio,
      "warning",
      "Istio keeps applying its former routing to the region's calls"
    ],
    [
      GENERATED_FILES.linkerd,
      "warning",
      "Linkerd keeps applying its former routing to the region's calls"
    ]
  ];
  return candidates.flatMap(([name, severity, effect]) => {
    const path = `${folder}/${name}`;
    const text = files.get(path);
    if (written.has(name) || text === void 0 || !isGenerated(text)) return [];
    return [
      {
        rule: "generated-file-stale",
        severity,
        message: `${path} was generated for ${region2} by an earlier plan, but the region no longer gets it, and Argo CD applies it while it is there: ${effect}. Delete the file and its line in the kustomization's resources.`,
        file: path,
        line: 1,
        column: 1,
        region: region2
      }
    ];
  });
}
function removedRegions(service, platform, files) {
  const findings = [];
  for (const region2 of Object.keys(platform.regions)) {
    if (service.regions.includes(region2)) continue;
    const folder = regionLayout(platform, service.name, region2).folder;
    const removed = (path2, what, line, column) => findings.push({
      rule: "dns-region-removed",
      severity: "error",
      message: `${region2} is no longer in spec.regions, but ${what}, so its records stay beside the other regions' and keep receiving traffic. Remove it first (${path2}), or keep ${region2} in spec.regions until its records are gone.`,
      file: path2,
      line,
      column,
      region: region2
    });
    const path = `${folder}/${SERVICE_FILE}`;
    const text = files.get(path);
    const read = text === void 0 ? void 0 : readAnnotations(text, path);
    const hostname = read?.kind === "read" ? read.annotations.get(`${prefixOf(platform, region2)}hostname`) : void 0;
    if (hostname)
      removed(path, `its Service still publishes ${hostname.value}`, hostname.line, hostname.column);
    const endpoint = files.get(`${folder}/${GENERATED_FILES.dnsEndpoint}`);
    if (endpoint !== void 0 && isGenerated(endpoint) && endpoint.includes("dnsName:"))
      removed(
        `${folder}/${GENERATED_FILES.dnsEndpoint}`,
        "its DNSEndpoint still carries nested failover records",
        1,
        1
      );
    const gslb = files.get(`${folder}/${GENERATED_FILES.gslb}`);
    if (gslb !== void 0 && isGenerated(gslb))
      removed(`${folder}/${GENERATED_FILES.gslb}`, "its k8gb Gslb still publishes the name", 1, 1);
  }
  return findings;
}
function meshFiles(platform, routes, region2, at, grpcPort) {
  const locations = Object.fromEntries(
    Object.entries(platform.regions).map(([name, r]) => [name, r.location])
  );
  const view = meshRoutes(routes, region2, locations);
  const mesh = platform.regions[region2]?.mesh ?? platform.raw.spec.routing?.mesh ?? "none";
  const target = mesh === "istio" ? compileIstio(view) : mesh === "linkerd" ? compileLinkerd(view) : void 0;
  const grpc = compileGrpc(view);
  const info = (n, where) => ({
    rule: n.rule,
    severity: "info",
    message: where ? `${where}: ${n.message}` : n.message,
    ...at,
    ...where ? { region: where } : {}
  });
  return {
    files: target ? [[target.name, target.content]] : [],
    grpc: grpc.config,
    // The gRPC notes read the same in every region: the caller reports them once.
    findings: [
      ...(target?.notes ?? []).map((n) => info(n, region2)),
      ...grpcPort ? grpc.notes.map((n) => info(n)) : []
    ]
  };
}
function generatedEdits(input, region2, generated, findings) {
  const { platform, service } = input;
  const files = input.files;
  const layout = regionLayout(platform, service.name, region2);
  const edits = [];
  for (const [name, content] of generated) {
    const file2 = `${layout.folder}/${name}`;
    const before = files.get(file2);
    if (before === content) continue;
    edits.push(
      fileEdit(file2, before, content, { field: "(whole file)", line: 1, before: null, after: name })
    );
  }
  const path = layout.candidates.find((c) => files.has(c));
  if (layout.image !== "kustomize" || path === void 0) return { edits };
  const text = files.get(path);
  const names2 = unlistedResources(
    text,
    generated.map(([name]) => name)
  );
  if (names2.length === 0) return { edits };
  const added = addResources(text, names2);
  if (added.kind === "edit") return { edits, resources: { path, names: names2 } };
  if (added.kind === "problem" && !added.unreadable)
    for (const name of names2)
      findings.push({
        rule: "resource-not-listed",
        severity: "warning",
        message: `${layout.folder}/${name} is written for ${region2}, but ${path} does not list it in resources and multiregion cannot add it (${added.message}), so Argo CD would not apply it. Add "- ${name}" to its resources.`,
        file: path,
        line: 1,
        column: 1,
        region: region2
      });
  return { edits };
}
function fileProblem(problem2, file2, region2) {
  const { rule, message, line } = problem2;
  return { rule, severity: "error", message, file: file2, line, column: 1, region: region2 };
}
function weightSteps(path, prefix, text, weights, wave) {
  const key = `${prefix}aws-weight`;
  const steps = [];
  let previous = text;
  for (const [i, weight] of weights.entries()) {
    const next = upsertAnnotations(previous, path, { [key]: String(weight) });
    if (next.kind !== "edit") break;
    steps.push({
      wave: wave + i + 1,
      weight,
      edit: fileEdit(path, previous, next.text, {
        field: `${FIELD}[${key}]`,
        line: next.line,
        before: next.before[key] ?? null,
        after: String(weight)
      })
    });
    previous = next.text;
  }
  return steps;
}
function endpointView(record, plan2, at) {
  const keys = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(recordAnnotations(record)))
    keys.set(key, { value, at });
  return {
    region: plan2.region,
    provider: plan2.provider,
    zone: plan2.zone,
    prefix: plan2.prefix,
    at,
    keys,
    foreign: []
  };
}

// src/plan/check.ts
var SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
function toFinding(d) {
  return {
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    file: d.file,
    line: d.line,
    column: d.column
  };
}
function sortFindings(findings) {
  findings.sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column
  );
}
function checkService(input) {
  const { service, platform, files } = input;
  const findings = checkServiceAgainstPlatform(service, platform).map(toFinding);
  const data = planData(service, platform, input.migrations ?? []);
  if (data) findings.push(...data.findings);
  const waves = new Map(
    service.train.waves.flatMap(
      (regions, i) => regions.filter((region2) => platform.regions[region2]).map((r) => [r, i + 1])
    )
  );
  if (files)
    for (const region2 of waves.keys()) {
      const layout = regionLayout(platform, service.name, region2);
      if (layout.candidates.some((candidate) => files.has(candidate))) continue;
      findings.push({
        rule: "missing-file",
        severity: "error",
        message: `${layout.candidates[0]} does not exist in the environments repository, so ${region2} cannot be promoted. Create the service's ${layout.image} files in ${layout.folder}/ (layout ${platform.layout.path} in ${platform.file}) or remove ${region2} from spec.regions.`,
        file: service.file,
        ...service.locate(["spec", "regions", service.regions.indexOf(region2)]),
        region: region2
      });
    }
  const routing = planRouting({
    service,
    platform,
    files,
    waves,
    claimed: input.claimedHostnames ?? /* @__PURE__ */ new Map()
  });
  findings.push(...routing.findings);
  sortFindings(findings);
  const checked = { findings, routing, waves };
  if (data) checked.data = data;
  return checked;
}

// src/plan/release.ts
var TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
var DIGEST = /^sha256:[a-f0-9]{64}$/;
function parseRelease(ref, image) {
  let value = ref.trim();
  if (value.startsWith(`${image}@`)) value = value.slice(image.length + 1);
  else if (value.startsWith(`${image}:`)) value = value.slice(image.length + 1);
  else if (value.includes("/")) {
    return {
      error: `release "${ref}" names another image; this service's image is ${image}. Give a tag (v1.5.0), a digest (sha256:...), or ${image}:<tag>.`
    };
  }
  if (DIGEST.test(value)) return { ref, pin: { digest: value } };
  if (value.startsWith("sha256:")) {
    return {
      error: `release "${ref}" is not a valid digest: a digest is sha256: followed by 64 lower-case hex digits.`
    };
  }
  if (TAG.test(value)) return { ref, pin: { tag: value } };
  return {
    error: `release "${ref}" is not an image tag or digest. A tag is up to 128 letters, digits, '_', '.' and '-', not starting with '.' or '-' (such as v1.5.0); a digest is sha256:<64 hex digits>.`
  };
}
function pinText(pin) {
  return pin.tag ?? pin.digest;
}

// src/plan/plan.ts
var PLAN_VERSION = 1;
function template(value, service, region2) {
  return value.replaceAll("{service}", service).replaceAll("{region}", region2);
}
function planRegion(input, region2, wave, findings, data) {
  const { service, platform, release, files } = input;
  const settings = platform.regions[region2];
  const layout = regionLayout(platform, service.name, region2);
  const target = pinText(release.pin);
  const base = {
    name: region2,
    wave,
    location: settings.location,
    jurisdiction: settings.jurisdiction,
    action: "blocked",
    current: null,
    target,
    approvals: Math.max(service.train.approvals, settings.approvals ?? 0),
    argocd: {
      server: settings.argocd.server,
      app: template(settings.argocd.app ?? DEFAULTS.argocdApp, service.name, region2),
      project: settings.argocd.project ?? DEFAULTS.argocdProject
    },
    folder: layout.folder,
    edits: []
  };
  const regionData = data?.regions.get(region2);
  if (regionData) base.data = regionData;
  const path = layout.candidates.find((candidate) => files.has(candidate));
  if (path === void 0) return base;
  const text = files.get(path);
  const pinned = layout.image === "helm" ? pinHelm(text, service.image, release.pin, path) : pinKustomize(text, service.image, release.pin, path);
  switch (pinned.kind) {
    case "current":
      return { ...base, action: "current", current: pinned.current };
    case "problem":
      findings.push({
        rule: pinned.rule,
        severity: "error",
        message: pinned.message,
        file: path,
        line: pinned.line,
        column: 1,
        region: region2
      });
      return { ...base, current: pinned.current };
    case "edit": {
      const edit = {
        path,
        field: pinned.field,
        line: pinned.line,
        before: pinned.before,
        after: pinned.after,
        baseSha256: sha256(text),
        content: pinned.text,
        diff: unifiedDiff(path, text, pinned.text)
      };
      return { ...base, action: "promote", current: pinned.before, edits: [edit] };
    }
  }
}
function withRouting(region2, routing, findings, files) {
  const planned = routing.regions.get(region2.name);
  if (!planned) return region2;
  const result = { ...region2, dns: planned.dns };
  if (findings.some((f) => f.region === region2.name && f.severity === "error"))
    return { ...result, action: "blocked", edits: [] };
  const edits = [...region2.edits, ...planned.edits];
  if (planned.resources)
    listResources(edits, files, planned.resources.path, planned.resources.names);
  return { ...result, edits, action: edits.length > 0 ? "promote" : "current" };
}
function withDataMap(region2, data, input) {
  if (!data || region2.action === "blocked" || !data.regions.has(region2.name)) return region2;
  const { files, platform, service } = input;
  const layout = regionLayout(platform, service.name, region2.name);
  const file2 = `${layout.folder}/${DATA_MAP_FILE}`;
  const content = renderDataMapConfigMap(dataMap(data.model, region2.name));
  const before = files.get(file2);
  if (before === content) return region2;
  const edits = [
    ...region2.edits,
    fileEdit(file2, before, content, {
      field: "(whole file)",
      line: 1,
      before: null,
      after: DATA_MAP_FILE
    })
  ];
  const path = layout.candidates.find((c) => files.has(c));
  if (layout.image === "kustomize" && path !== void 0)
    listResources(edits, files, path, [DATA_MAP_FILE]);
  return { ...region2, edits, action: "promote" };
}
function listResources(edits, files, path, names2) {
  const base = edits.findLast((e) => e.path === path)?.content ?? files.get(path);
  const missing = unlistedResources(base, names2);
  if (missing.length === 0) return;
  const added = addResources(base, missing);
  if (added.kind === "edit")
    edits.push(
      fileEdit(path, base, added.text, {
        field: "resources",
        line: added.line,
        before: null,
        after: missing.join(", ")
      })
    );
}
function withFindings(result, extra) {
  if (extra.length === 0) return result;
  const findings = [...result.findings, ...extra];
  sortFindings(findings);
  return {
    ...result,
    findings,
    summary: {
      ...result.summary,
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length
    }
  };
}
function plan(input) {
  const { service, release } = input;
  const { findings, data, routing, waves: planned } = checkService(input);
  const waves = service.train.waves.map((regions2, i) => ({ number: i + 1, regions: [...regions2] }));
  const regions = [...planned].map(
    ([region2, wave]) => withDataMap(
      withRouting(planRegion(input, region2, wave, findings, data), routing, findings, input.files),
      data,
      input
    )
  );
  sortFindings(findings);
  const count = (action) => regions.filter((r) => r.action === action).length;
  const result = {
    planVersion: PLAN_VERSION,
    service: { name: service.name, image: service.image, manifest: service.file },
    release: { ref: release.ref, ...release.pin },
    train: {
      approvals: service.train.approvals,
      bakeSeconds: service.train.bakeSeconds,
      timeoutSeconds: service.train.timeoutSeconds,
      onFailure: service.train.onFailure,
      waves
    },
    regions,
    findings,
    summary: {
      regions: regions.length,
      promote: count("promote"),
      current: count("current"),
      blocked: count("blocked"),
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length
    }
  };
  if (service.team !== void 0) result.service.team = service.team;
  if (routing.routes) result.routes = routing.routes;
  return result;
}

// src/version.ts
var VERSION = true ? "0.1.0" : JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
export {
  PLAN_VERSION,
  VERSION,
  checkServiceAgainstPlatform,
  findingLines,
  hasErrors,
  loadPlatform,
  loadService,
  parseRelease,
  plan,
  sortDiagnostics,
  withFindings
};
