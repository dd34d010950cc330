#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  filesToRead,
  isNewer,
  parseRelease,
  pinText,
  plan,
  readPin,
  regionLayout
} from "./cli-chunk-MJIWIIMF.js";
import {
  diffArrays
} from "./cli-chunk-3YLAANSM.js";
import {
  formatSeconds,
  plural
} from "./cli-chunk-ML6K4HLN.js";
import {
  ArgoCDError,
  createArgoCDClient
} from "./cli-chunk-YRMC5HOG.js";
import {
  checkServiceAgainstPlatform,
  didYouMean,
  loadPlatform,
  loadService,
  readInputFile
} from "./cli-chunk-T7O25SVE.js";
import {
  hasErrors,
  sortDiagnostics
} from "./cli-chunk-FELDZ6CB.js";
import {
  __commonJS,
  __toESM
} from "./cli-chunk-HWCCQPND.js";

// node_modules/@octokit/request/node_modules/content-type/dist/index.js
var require_dist = __commonJS({
  "node_modules/@octokit/request/node_modules/content-type/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.format = format;
    exports.parse = parse3;
    var TEXT_REGEXP = /^[\u0009\u0020-\u007e\u0080-\u00ff]*$/;
    var TOKEN_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
    var QUOTE_REGEXP = /[\\"]/g;
    var TYPE_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
    var NullObject = /* @__PURE__ */ (() => {
      const C = function() {
      };
      C.prototype = /* @__PURE__ */ Object.create(null);
      return C;
    })();
    function format(obj) {
      const { type, parameters } = obj;
      if (!type || !TYPE_REGEXP.test(type)) {
        throw new TypeError(`Invalid type: ${type}`);
      }
      let result = type;
      if (parameters) {
        for (const param of Object.keys(parameters)) {
          if (!TOKEN_REGEXP.test(param)) {
            throw new TypeError(`Invalid parameter name: ${param}`);
          }
          result += `; ${param}=${qstring(parameters[param])}`;
        }
      }
      return result;
    }
    function parse3(header, options) {
      const stopChar = options?.comma === true ? COMMA : 65536;
      const len = header.length;
      let index = skipOWS(header, options?.start ?? 0, len);
      const valueStart = index;
      index = skipValue(header, index, len, stopChar);
      const valueEnd = trailingOWS(header, valueStart, index);
      const type = header.slice(valueStart, valueEnd).toLowerCase();
      if (options?.parameters === false) {
        return { type, index, parameters: new NullObject() };
      }
      return parseParameters(header, type, index, len, stopChar);
    }
    var SP = 32;
    var HTAB = 9;
    var SEMI = 59;
    var EQ = 61;
    var DQUOTE = 34;
    var BSLASH = 92;
    var COMMA = 44;
    function parseParameters(header, type, index, len, stopChar) {
      const parameters = new NullObject();
      parameter: while (index < len) {
        if (header.charCodeAt(index) === stopChar)
          break;
        index = skipOWS(header, index + 1, len);
        const keyStart = index;
        while (index < len) {
          const code = header.charCodeAt(index);
          if (code === stopChar)
            break parameter;
          if (code === SEMI)
            continue parameter;
          if (code === EQ) {
            const keyEnd = trailingOWS(header, keyStart, index);
            const key = header.slice(keyStart, keyEnd).toLowerCase();
            index = skipOWS(header, index + 1, len);
            if (index < len && header.charCodeAt(index) === DQUOTE) {
              index++;
              let value = "";
              while (index < len) {
                const code2 = header.charCodeAt(index++);
                if (code2 === DQUOTE) {
                  index = skipValue(header, index, len, stopChar);
                  if (parameters[key] === void 0)
                    parameters[key] = value;
                  break;
                }
                if (code2 === BSLASH && index < len) {
                  value += header[index++];
                  continue;
                }
                value += String.fromCharCode(code2);
              }
              continue parameter;
            }
            const valueStart = index;
            index = skipValue(header, index, len, stopChar);
            if (parameters[key] === void 0) {
              const valueEnd = trailingOWS(header, valueStart, index);
              parameters[key] = header.slice(valueStart, valueEnd);
            }
            continue parameter;
          }
          index++;
        }
      }
      return { type, index, parameters };
    }
    function skipValue(str, index, len, stopChar) {
      while (index < len) {
        const code = str.charCodeAt(index);
        if (code === SEMI || code === stopChar)
          break;
        index++;
      }
      return index;
    }
    function skipOWS(header, index, len) {
      while (index < len) {
        const char = header.charCodeAt(index);
        if (char !== SP && char !== HTAB)
          break;
        index++;
      }
      return index;
    }
    function trailingOWS(header, start, end) {
      while (end > start) {
        const char = header.charCodeAt(end - 1);
        if (char !== SP && char !== HTAB)
          break;
        end--;
      }
      return end;
    }
    function qstring(str) {
      if (TOKEN_REGEXP.test(str))
        return str;
      if (TEXT_REGEXP.test(str))
        return `"${str.replace(QUOTE_REGEXP, "\\$&")}"`;
      throw new TypeError(`Invalid parameter value: ${str}`);
    }
  }
});

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports, module) {
    (function(global2, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n["default"] || n;
      }
      var load = function(received, defaults, onto = {}) {
        var k, ref, v;
        for (k in defaults) {
          v = defaults[k];
          onto[k] = (ref = received[k]) != null ? ref : v;
        }
        return onto;
      };
      var overwrite = function(received, defaults, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      };
      var parser = {
        load,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value) {
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref, ref1, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, "many", cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, "once", cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name, status2, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status: status2 });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises;
          try {
            if (name !== "debug") {
              this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            });
            promises = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status === "none") {
                return;
              }
              if (listener.status === "once") {
                listener.status = "none";
              }
              try {
                returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error) {
                e2 = error;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises)).find(function(x) {
              return x != null;
            });
          } catch (error) {
            e = error;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j, ref, results;
            results = [];
            for (i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list2) {
            return list2.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len, list2;
          for (j = 0, len = arr.length; j < len; j++) {
            list2 = arr[j];
            if (list2.length > 0) {
              return list2;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error, message = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error != null ? error : new BottleneckError$1(message));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status2;
          status2 = this._states.jobStatus(this.options.id);
          if (!(status2 === expected || expected === "DONE" && status2 === null)) {
            throw new BottleneckError$1(`Invalid job status ${status2}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run, free) {
          var error, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error = error1;
            return this._onFailure(error, eventInfo, clearGlobalState, run, free);
          }
        }
        doExpire(clearGlobalState, run, free) {
          var error, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error, eventInfo, clearGlobalState, run, free);
        }
        async _onFailure(error, eventInfo, clearGlobalState, run, free) {
          var retry, retryAfter;
          if (clearGlobalState()) {
            retry = await this.Events.trigger("failed", error, eventInfo);
            if (retry != null) {
              retryAfter = ~~retry;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve, reject) {
            return setTimeout(resolve, t);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          await this.yieldLoop();
          parser$2.overwrite(options, options, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time2) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time2;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status2) {
          var k, pos, ref, results, v;
          if (status2 != null) {
            pos = this.status.indexOf(status2);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref = this._jobs;
            results = [];
            for (k in ref) {
              v = ref[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => {
            acc[this.status[i]] = v;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error, reject, resolve, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve(returned);
                };
              } catch (error1) {
                error = error1;
                return function() {
                  return reject(error);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve;
          resolve = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version = "2.19.5";
      var version$1 = {
        version
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1
      });
      var require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key = "") {
            var ref;
            return (ref = this.instances[key]) != null ? ref : (() => {
              var limiter;
              limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter, key);
              return limiter;
            })();
          }
          async deleteKey(key = "") {
            var deleted, instance;
            instance = this.instances[key];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key}`)]);
            }
            if (instance != null) {
              delete this.instances[key];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances;
            results = [];
            for (k in ref) {
              v = ref[k];
              results.push({
                key: k,
                limiter: v
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len, next, start;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i = 0, len = found.length; i < len; i++) {
                k = found[i];
                keys.push(k.slice(start, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval = setInterval(async () => {
              var e, k, ref, results, time2, v;
              time2 = Date.now();
              ref = this.instances;
              results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  if (await v._store.__groupCheck__(time2)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error) {
                  e = error;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            parser$3.overwrite(options, this.defaults, this);
            parser$3.overwrite(options, options, this.limiterOptions);
            if (options.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref;
            if (!this.sharedConnection) {
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          constructor(options = {}) {
            this.options = options;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck = (function() {
        class Bottleneck2 {
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options, invalid);
            parser$5.load(options, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck2.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options === "object" && invalid.length === 0)) {
              throw new Bottleneck2.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message) {
            return this._store.__publish__(message);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status2) {
            return this._states.statusJobs(status2);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            if (this._scheduled[index] != null) {
              clearTimeout(this._scheduled[index].expiration);
              delete this._scheduled[index];
              return true;
            } else {
              return false;
            }
          }
          async _free(index, job, options, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index, options.weight));
              this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options, args } = next = queue.first());
              if (capacity != null && options.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options.id}`, { args, options });
              index = this._randomIndex();
              return this._store.__register__(index, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options });
                if (success) {
                  queue.shift();
                  empty = this.empty();
                  if (empty) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty);
                  }
                  this._run(index, next, wait);
                  return this.Promise.resolve(options.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            options = parser$5.load(options, this.stopDefaults);
            waitForExecuting = (at) => {
              var finished;
              finished = () => {
                var counts;
                counts = this._states.counts;
                return counts[0] + counts[1] + counts[2] + counts[3] === at;
              };
              return new this.Promise((resolve, reject) => {
                if (finished()) {
                  return resolve();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve();
                    }
                  });
                }
              });
            };
            done = options.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k, ref, v;
                ref = this._scheduled;
                for (k in ref) {
                  v = ref[k];
                  if (this.jobStatus(v.job.options.id) === "RUNNING") {
                    clearTimeout(v.timeout);
                    clearTimeout(v.expiration);
                    v.job.doDrop({
                      message: options.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck2.prototype.BottleneckError(options.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck2.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error = error1;
              this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error });
              job.doDrop({ error });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck2.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck2.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck2.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck2.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck2.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options, ref, ref1, task;
            if (typeof args[0] === "function") {
              ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
              options = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
              options = parser$5.load(options, this.jobDefaults);
            }
            task = (...args2) => {
              return new this.Promise(function(resolve, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve)(args3);
                });
              });
            };
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options = {};
            } else {
              [options, task, ...args] = args;
            }
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = function(...args) {
              return schedule(fn.bind(this), ...args);
            };
            wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn, ...args);
            };
            return wrapped;
          }
          async updateSettings(options = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
            parser$5.overwrite(options, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck2.default = Bottleneck2;
        Bottleneck2.Events = Events$4;
        Bottleneck2.version = Bottleneck2.prototype.version = require$$8.version;
        Bottleneck2.strategy = Bottleneck2.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck2.BottleneckError = Bottleneck2.prototype.BottleneckError = BottleneckError_1;
        Bottleneck2.Group = Bottleneck2.prototype.Group = Group_1;
        Bottleneck2.RedisConnection = Bottleneck2.prototype.RedisConnection = require$$2;
        Bottleneck2.IORedisConnection = Bottleneck2.prototype.IORedisConnection = require$$3;
        Bottleneck2.Batcher = Bottleneck2.prototype.Batcher = Batcher_1;
        Bottleneck2.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck2.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck2.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck2.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck2.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck2.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck2.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck2;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// node_modules/eventsource-parser/dist/index.js
var ParseError = class extends Error {
  constructor(message, options) {
    super(message), this.name = "ParseError", this.type = options.type, this.field = options.field, this.value = options.value, this.line = options.line;
  }
};
function noop(_arg) {
}
function createParser(callbacks) {
  if (typeof callbacks == "function")
    throw new TypeError(
      "`callbacks` must be an object, got a function instead. Did you mean `{onEvent: fn}`?"
    );
  const { onEvent = noop, onError = noop, onRetry = noop, onComment } = callbacks;
  let incompleteLine = "", isFirstChunk = true, id, data = "", eventType = "";
  function feed(newChunk) {
    const chunk = isFirstChunk ? newChunk.replace(/^\xEF\xBB\xBF/, "") : newChunk, [complete, incomplete] = splitLines(`${incompleteLine}${chunk}`);
    for (const line of complete)
      parseLine(line);
    incompleteLine = incomplete, isFirstChunk = false;
  }
  function parseLine(line) {
    if (line === "") {
      dispatchEvent();
      return;
    }
    if (line.startsWith(":")) {
      onComment && onComment(line.slice(line.startsWith(": ") ? 2 : 1));
      return;
    }
    const fieldSeparatorIndex = line.indexOf(":");
    if (fieldSeparatorIndex !== -1) {
      const field = line.slice(0, fieldSeparatorIndex), offset = line[fieldSeparatorIndex + 1] === " " ? 2 : 1, value = line.slice(fieldSeparatorIndex + offset);
      processField(field, value, line);
      return;
    }
    processField(line, "", line);
  }
  function processField(field, value, line) {
    switch (field) {
      case "event":
        eventType = value;
        break;
      case "data":
        data = `${data}${value}
`;
        break;
      case "id":
        id = value.includes("\0") ? void 0 : value;
        break;
      case "retry":
        /^\d+$/.test(value) ? onRetry(parseInt(value, 10)) : onError(
          new ParseError(`Invalid \`retry\` value: "${value}"`, {
            type: "invalid-retry",
            value,
            line
          })
        );
        break;
      default:
        onError(
          new ParseError(
            `Unknown field "${field.length > 20 ? `${field.slice(0, 20)}\u2026` : field}"`,
            { type: "unknown-field", field, value, line }
          )
        );
        break;
    }
  }
  function dispatchEvent() {
    data.length > 0 && onEvent({
      id,
      event: eventType || void 0,
      // If the data buffer's last character is a U+000A LINE FEED (LF) character,
      // then remove the last character from the data buffer.
      data: data.endsWith(`
`) ? data.slice(0, -1) : data
    }), id = void 0, data = "", eventType = "";
  }
  function reset(options = {}) {
    incompleteLine && options.consume && parseLine(incompleteLine), isFirstChunk = true, id = void 0, data = "", eventType = "", incompleteLine = "";
  }
  return { feed, reset };
}
function splitLines(chunk) {
  const lines2 = [];
  let incompleteLine = "", searchIndex = 0;
  for (; searchIndex < chunk.length; ) {
    const crIndex = chunk.indexOf("\r", searchIndex), lfIndex = chunk.indexOf(`
`, searchIndex);
    let lineEnd = -1;
    if (crIndex !== -1 && lfIndex !== -1 ? lineEnd = Math.min(crIndex, lfIndex) : crIndex !== -1 ? crIndex === chunk.length - 1 ? lineEnd = -1 : lineEnd = crIndex : lfIndex !== -1 && (lineEnd = lfIndex), lineEnd === -1) {
      incompleteLine = chunk.slice(searchIndex);
      break;
    } else {
      const line = chunk.slice(searchIndex, lineEnd);
      lines2.push(line), searchIndex = lineEnd + 1, chunk[searchIndex - 1] === "\r" && chunk[searchIndex] === `
` && searchIndex++;
    }
  }
  return [lines2, incompleteLine];
}

// src/argocd/health.ts
function lineageOf(comparison, paths) {
  if (comparison.status === "identical") return { lineage: "same" };
  if (comparison.status !== "ahead") return { lineage: "before" };
  const folders = paths.map((p) => p.replace(/^\.?\/+|\/+$/g, "")).filter((p) => p !== "");
  const touched = comparison.files.filter(
    (file) => folders.some((folder) => file === folder || file.startsWith(`${folder}/`))
  );
  if (touched.length > 0)
    return {
      lineage: "overwritten",
      detail: `a later commit changed ${touched.slice(0, 3).join(", ")}${touched.length > 3 ? ` and ${touched.length - 3} more` : ""}`
    };
  if (!comparison.complete)
    return {
      lineage: "overwritten",
      detail: "later commits changed more files than GitHub lists (300), so a change to the app cannot be ruled out"
    };
  return { lineage: "includes" };
}
function evaluate(app, expected, options = {}) {
  const status2 = app.status;
  if (status2 === void 0) {
    return unknown("Argo CD has not computed a status for the application yet");
  }
  const want = describe(expected);
  const counts = ours(expected, options);
  const operationState = status2.operationState;
  const health = status2.health?.status;
  const concerned = concernsExpected(app, counts);
  if (health === "Degraded" && concerned && degradedByExpected(app, counts)) {
    return {
      state: "degraded",
      reason: `health is Degraded while rolling out ${want}${suffix(status2.health?.message)}`
    };
  }
  if (operationState !== void 0 && (operationState.phase === "Failed" || operationState.phase === "Error") && app.operation === void 0 && operationAbout(operationState, counts) !== false) {
    return {
      state: "failed",
      reason: `sync operation ended ${operationState.phase}${suffix(operationState.message)}${failedResources(operationState)}`
    };
  }
  if (app.operation !== void 0) {
    const retry = operationState?.phase === "Running" && operationState.finishedAt !== void 0;
    return progressing(
      retry ? `sync operation is retrying (attempt ${operationState.retryCount ?? 1})${suffix(operationState.message)}` : `a sync operation is ${operationState?.phase ?? "requested"}`
    );
  }
  if (operationState !== void 0) {
    const phase = operationState.phase;
    if (phase !== "Succeeded" && phase !== "Failed" && phase !== "Error") {
      return progressing(`the sync operation is ${phase ?? "in an unreported phase"}`);
    }
    const finishedAt = operationState.finishedAt;
    if (operationState.operation?.sync?.dryRun !== true) {
      if (finishedAt === void 0) {
        return progressing("the sync operation has not recorded when it finished");
      }
      if (status2.reconciledAt === void 0 || !notBefore(status2.reconciledAt, finishedAt)) {
        return progressing(
          `Argo CD has not re-compared the app since the sync finished at ${finishedAt} (reconciledAt ${status2.reconciledAt ?? "not set"}), so its health may predate the sync`
        );
      }
    }
  }
  const sync = status2.sync;
  if (!counts(sync?.revision, sync?.revisions)) {
    const compared = sync?.revision ?? sync?.revisions ?? [];
    const later = typeof compared === "string" ? options.relation?.(compared) : void 0;
    if (later?.lineage === "overwritten") {
      return progressing(
        `Argo CD last compared against ${describe(compared)}, which contains ${want} but ${later.detail ?? "a later commit changed the app"}; the app no longer shows ${want} alone`
      );
    }
    const last = operationState && operationRevision(operationState);
    return progressing(
      `Argo CD last compared against ${describe(compared)}, not ${want}${last !== void 0 && operationState?.phase !== "Succeeded" ? `; the last sync ended ${operationState?.phase} for ${describe(last)}` : ""}`
    );
  }
  if (sync?.status === "Unknown") {
    return unknown(`sync status is Unknown${conditions(app)}`);
  }
  if (sync?.status !== "Synced") {
    return progressing(
      `sync status is ${sync?.status ?? "not reported"}, not Synced${conditions(app)}`
    );
  }
  const at = describe(sync.revision ?? sync.revisions ?? []);
  const where2 = at === want ? want : `${want} (in ${at})`;
  switch (health) {
    case "Healthy":
      return { state: "done", reason: `${where2} is synced and Healthy` };
    case void 0:
    case "Unknown":
      return unknown(`health is ${health ?? "not reported"}${suffix(status2.health?.message)}`);
    case "Suspended":
      return options.acceptSuspended ? { state: "done", reason: `${where2} is synced and Suspended, which the platform accepts` } : progressing(
        `health is Suspended (a paused rollout or suspended job)${suffix(status2.health?.message)}; set argocd.acceptSuspended in platform.yaml to accept it`
      );
    case "Missing":
      return progressing(
        `health is Missing: resources are not created yet${suffix(status2.health?.message)}`
      );
    default:
      return progressing(`health is ${health}${suffix(status2.health?.message)}`);
  }
}
function ours(expected, options) {
  const contains = (revision) => {
    const lineage = options.relation?.(revision)?.lineage;
    return lineage === "same" || lineage === "includes";
  };
  return (single, many) => {
    if (matches(single, many, expected)) return true;
    if (typeof expected !== "string") return false;
    if (nonEmpty(single) !== void 0) return contains(single);
    return (many ?? []).some(contains);
  };
}
function concernsExpected(app, counts) {
  const status2 = app.status;
  return counts(status2?.sync?.revision, status2?.sync?.revisions) || counts(app.operation?.sync?.revision, app.operation?.sync?.revisions) || status2?.operationState !== void 0 && operationAbout(status2.operationState, counts) === true;
}
function degradedByExpected(app, counts) {
  const status2 = app.status;
  const state = status2?.operationState;
  if (state === void 0 || operationAbout(state, counts) === false) {
    return status2?.sync?.status === "Synced" && counts(status2.sync.revision, status2.sync.revisions);
  }
  const transition = status2?.health?.lastTransitionTime;
  if (transition !== void 0 && state.startedAt !== void 0 && notBefore(transition, state.startedAt))
    return true;
  return state.phase === "Succeeded" && app.operation === void 0 && state.finishedAt !== void 0 && status2?.reconciledAt !== void 0 && notBefore(status2.reconciledAt, state.finishedAt);
}
function operationRevision(state) {
  const sync = state.operation?.sync;
  const result = state.syncResult;
  return nonEmpty(sync?.revision) ?? nonEmptyList(sync?.revisions) ?? nonEmpty(result?.revision) ?? nonEmptyList(result?.revisions);
}
function operationAbout(state, counts) {
  const revision = operationRevision(state);
  if (revision === void 0) return void 0;
  return typeof revision === "string" ? counts(revision, void 0) : counts(void 0, revision);
}
function matches(single, many, expected) {
  if (typeof expected === "string") {
    const want = expected.toLowerCase();
    if (nonEmpty(single) !== void 0) return single.toLowerCase() === want;
    return (many ?? []).some((revision) => revision.toLowerCase() === want);
  }
  const list2 = nonEmptyList(many) ?? (nonEmpty(single) === void 0 ? [] : [single]);
  return list2.length === expected.length && list2.every((revision, i) => revision.toLowerCase() === expected[i].toLowerCase());
}
function notBefore(later, earlier) {
  const a = Date.parse(later);
  const b = Date.parse(earlier);
  return !Number.isNaN(a) && !Number.isNaN(b) && a >= b;
}
function failedResources(state) {
  const failed = (state.syncResult?.resources ?? []).filter(
    (r) => r.status === "SyncFailed" || r.hookPhase === "Failed" || r.hookPhase === "Error"
  );
  if (failed.length === 0) return "";
  return `; failed: ${failed.map((r) => `${r.kind}/${r.name}${suffix(r.message)}`).join("; ")}`;
}
function conditions(app) {
  const errors = (app.status?.conditions ?? []).filter((c) => c.type?.endsWith("Error"));
  return errors.length === 0 ? "" : ` (${errors.map((c) => `${c.type}: ${c.message}`).join("; ")})`;
}
function describe(revision) {
  if (typeof revision === "string") return short(revision);
  return revision.length === 0 ? "no revision" : `[${revision.map(short).join(", ")}]`;
}
function short(revision) {
  return /^[0-9a-f]{40}$/i.test(revision) ? revision.slice(0, 7) : revision;
}
function suffix(message) {
  return message === void 0 || message === "" ? "" : `: ${message}`;
}
function nonEmpty(value) {
  return value === void 0 || value === "" ? void 0 : value;
}
function nonEmptyList(value) {
  return value === void 0 || value.length === 0 ? void 0 : value;
}
function progressing(reason) {
  return { state: "progressing", reason };
}
function unknown(reason) {
  return { state: "unknown", reason };
}

// src/argocd/wait.ts
var systemClock = {
  sleep: (ms, signal) => new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const handle = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(handle);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  })
};
async function waitForRevision(options) {
  const clock = options.clock ?? systemClock;
  const backoff = options.backoff ?? { initialMs: 1e3, maxMs: 3e4 };
  const streamAttempts = options.streamAttempts ?? 3;
  const pollIntervalMs = options.pollIntervalMs ?? 1e4;
  const idleMs = options.idleMs ?? 6e4;
  const { client, app: name, revision } = options;
  const emit = options.onEvent ?? (() => {
  });
  const stop = new AbortController();
  const cancel = () => stop.abort(options.signal?.reason);
  if (options.signal?.aborted) cancel();
  options.signal?.addEventListener("abort", cancel, { once: true });
  const deadline = clock.sleep(options.timeoutMs, stop.signal).then(
    () => stop.abort(),
    () => {
    }
  );
  let last;
  let reached = false;
  let problem;
  let missing;
  const relations = /* @__PURE__ */ new Map();
  async function relate(app) {
    const lookup = options.relation;
    if (lookup === void 0 || typeof revision !== "string") return;
    const status2 = app.status;
    const dryOf = /* @__PURE__ */ new Map();
    for (const op of [
      status2?.sourceHydrator?.lastSuccessfulOperation,
      status2?.sourceHydrator?.currentOperation
    ])
      if (op?.hydratedSHA && op.drySHA) dryOf.set(op.hydratedSHA.toLowerCase(), op.drySHA);
    const ask = async (r) => {
      const dry = dryOf.get(r.toLowerCase());
      if (dry === void 0) return lookup(r);
      return dry.toLowerCase() === revision.toLowerCase() ? { lineage: "same" } : lookup(dry);
    };
    const seen = [
      status2?.sync?.revision,
      status2?.operationState?.operation?.sync?.revision,
      status2?.operationState?.syncResult?.revision,
      app.operation?.sync?.revision,
      ...status2?.sync?.revisions ?? [],
      ...status2?.operationState?.operation?.sync?.revisions ?? [],
      ...status2?.operationState?.syncResult?.revisions ?? [],
      ...app.operation?.sync?.revisions ?? []
    ].filter(
      (r) => r !== void 0 && r !== "" && r.toLowerCase() !== revision.toLowerCase()
    );
    for (const r of seen)
      if (dryOf.has(r.toLowerCase()) && relations.get(r)?.lineage === "before") relations.delete(r);
    await Promise.all(
      [...new Set(seen)].filter((r) => !relations.has(r)).map(async (r) => {
        try {
          relations.set(r, await ask(r));
        } catch (error) {
          problem = `cannot compare ${r} with ${revision} on GitHub: ${String(error.message ?? error)}`;
        }
      })
    );
  }
  async function judge2(app, source, deleted = false) {
    missing = deleted ? `Argo CD reports the application ${name} deleted` : void 0;
    if (!deleted) await relate(app);
    const evaluation = deleted ? { state: "unknown", reason: "Argo CD reports the application deleted" } : evaluate(app, revision, {
      relation: (r) => relations.get(r),
      ...options.acceptSuspended ? { acceptSuspended: true } : {}
    });
    last = { app, evaluation };
    emit({ type: "evaluated", source, evaluation, app });
    switch (evaluation.state) {
      case "done":
        return { outcome: "healthy", detail: evaluation.reason, app };
      case "degraded":
      case "failed":
        return { outcome: evaluation.state, detail: evaluation.reason, app };
      default:
        return void 0;
    }
  }
  function hopeless(error) {
    if (error instanceof ArgoCDError && (error.kind === "unauthorized" || error.kind === "forbidden")) {
      return { outcome: "unreachable", detail: error.message, ...last ? { app: last.app } : {} };
    }
    return void 0;
  }
  function failed(error) {
    problem = typeof error === "object" && error !== null && "message" in error ? String(error.message) : String(error);
    if (error instanceof ArgoCDError) {
      reached = !error.transient;
      if (error.kind === "not-found") missing = problem;
    }
    return problem;
  }
  async function rest(ms) {
    await clock.sleep(ms, stop.signal).catch(() => {
    });
  }
  function idle(quiet) {
    const silence = clock.sleep(idleMs, AbortSignal.any([quiet, stop.signal])).then(() => {
      throw new Error(`the watch stream sent no event for ${idleMs / 1e3} s`);
    });
    silence.catch(() => {
    });
    return silence;
  }
  async function watch() {
    let resourceVersion;
    let failures = 0;
    while (!stop.signal.aborted && failures < streamAttempts) {
      let delivered = false;
      let error;
      try {
        const body = await client.openApplicationStream(name, {
          ...resourceVersion === void 0 ? {} : { resourceVersion },
          signal: stop.signal
        });
        reached = true;
        for await (const message of messages(body, idle)) {
          if (message.error !== void 0) {
            throw new Error(`the watch stream reported an error: ${message.error.message ?? ""}`);
          }
          const application = message.result?.application;
          if (application === void 0) continue;
          delivered = true;
          resourceVersion = application.metadata?.resourceVersion ?? resourceVersion;
          const verdict = await judge2(application, "stream", message.result?.type === "DELETED");
          if (verdict) return verdict;
        }
        error = "the watch stream closed";
      } catch (caught) {
        if (stop.signal.aborted) return void 0;
        const verdict = hopeless(caught);
        if (verdict) return verdict;
        error = failed(caught);
      }
      failures = delivered ? 1 : failures + 1;
      const retryInMs = Math.min(backoff.initialMs * 2 ** (failures - 1), backoff.maxMs);
      emit({ type: "stream-lost", error, failures, retryInMs });
      if (failures < streamAttempts) await rest(retryInMs);
    }
    return void 0;
  }
  async function poll() {
    emit({
      type: "polling",
      reason: `the watch stream failed ${streamAttempts} times in a row: ${problem}`
    });
    while (!stop.signal.aborted) {
      try {
        const app = await client.getApplication(name, { signal: stop.signal });
        reached = true;
        const verdict = await judge2(app, "poll");
        if (verdict) return verdict;
      } catch (caught) {
        if (stop.signal.aborted) return void 0;
        const verdict = hopeless(caught);
        if (verdict) return verdict;
        emit({ type: "poll-failed", error: failed(caught) });
      }
      await rest(pollIntervalMs);
    }
    return void 0;
  }
  async function finalRead() {
    try {
      const app = await client.getApplication(
        name,
        options.signal ? { signal: options.signal } : {}
      );
      reached = true;
      return await judge2(app, "poll");
    } catch (caught) {
      if (options.signal?.aborted) return void 0;
      const verdict = hopeless(caught);
      if (verdict) return verdict;
      failed(caught);
      return void 0;
    }
  }
  try {
    try {
      if (options.timeoutMs > 0) {
        const verdict = await watch() ?? (stop.signal.aborted ? void 0 : await poll());
        if (verdict) return verdict;
      }
    } finally {
      stop.abort();
      await deadline;
    }
    if (!options.signal?.aborted) {
      const verdict = await finalRead();
      if (verdict) return verdict;
    }
  } finally {
    options.signal?.removeEventListener("abort", cancel);
  }
  if (options.signal?.aborted) throw options.signal.reason;
  const seconds = Math.round(options.timeoutMs / 1e3);
  if (missing !== void 0)
    return {
      outcome: "unreachable",
      detail: `${name} did not exist in Argo CD at the deadline (${seconds} s), so its health is unknown: ${missing}`,
      ...last ? { app: last.app } : {}
    };
  if (!reached) {
    return {
      outcome: "unreachable",
      detail: `Argo CD could not be reached within ${seconds} s, so the health of ${name} is unknown: ${problem ?? "no request finished"}`,
      ...last ? { app: last.app } : {}
    };
  }
  return {
    outcome: "timeout",
    detail: `${name} was not done within ${seconds} s: ${last?.evaluation.reason ?? problem ?? "Argo CD never sent its state"}`,
    ...last ? { app: last.app } : {}
  };
}
async function* messages(body, idle) {
  const queue = [];
  const parser = createParser({ onEvent: (event) => queue.push(event.data) });
  const decoder = new TextDecoder();
  const reader = body.getReader();
  let quiet = new AbortController();
  let silence = idle(quiet.signal);
  try {
    for (; ; ) {
      const { done, value } = await Promise.race([reader.read(), silence]);
      if (done) return;
      parser.feed(decoder.decode(value, { stream: true }));
      if (queue.length === 0) continue;
      quiet.abort();
      quiet = new AbortController();
      silence = idle(quiet.signal);
      while (queue.length > 0) yield JSON.parse(queue.shift());
    }
  } finally {
    quiet.abort();
    await reader.cancel().catch(() => {
    });
  }
}

// src/argocd/app-check.ts
function checkApplication(app, edited) {
  const spec = app.spec ?? {};
  const repository = normaliseRepoURL(edited.repository);
  const status2 = app.status;
  const sources = spec.sourceHydrator !== void 0 ? [{ field: "spec.sourceHydrator.drySource", ...spec.sourceHydrator.drySource }] : spec.sources !== void 0 && spec.sources.length > 0 ? spec.sources.map((s, i) => ({
    field: `spec.sources[${i}]`,
    ...s,
    type: status2?.sourceTypes?.[i]
  })) : [{ field: "spec.source", ...spec.source, type: status2?.sourceType }];
  const ours2 = sources.filter((s) => normaliseRepoURL(s.repoURL ?? "") === repository);
  if (ours2.length === 0) {
    const first = sources[0];
    return [
      {
        field: sources.length === 1 ? `${first.field}.repoURL` : `${first.field.replace(/\[0\]$/, "")}[*].repoURL`,
        actual: sources.map((s) => s.repoURL ?? "(not set)").join(", "),
        expected: edited.repository
      }
    ];
  }
  const problems = [];
  for (const source of ours2) {
    const revision = source.targetRevision ?? "";
    if (!tracksDefaultBranch(revision, edited.defaultBranch))
      problems.push({
        field: `${source.field}.targetRevision`,
        actual: revision,
        expected: `${edited.defaultBranch} (the environments repository's default branch; HEAD or empty also track it)`
      });
  }
  if (problems.length > 0) return problems;
  const rendering = ours2.filter((s) => s.ref === void 0 || s.path !== void 0);
  const outside = edited.paths.filter((file) => !rendering.some((s) => renders(s, file)));
  if (outside.length > 0) {
    const fields = rendering.map((s) => `${s.field}.path`);
    const files = `${outside.slice(0, 3).join(", ")}${outside.length > 3 ? ` and ${outside.length - 3} more` : ""}`;
    const flat = rendering.filter((s) => outside.some((file) => under(folderOf(s.path), file)));
    problems.push({
      field: fields.length === 1 ? fields[0] : fields.join(", "),
      actual: rendering.map((s) => s.path ?? "(not set)").join(", "),
      expected: flat.length > 0 ? `a folder holding ${files} directly, or directory.recurse: true on ${flat.map((s) => s.field).join(", ")} (a directory app renders only the files directly in its path)` : `a folder holding ${files}`
    });
  }
  return problems;
}
function under(folder, file) {
  return folder === "" || file === folder || file.startsWith(`${folder}/`);
}
function renders(source, file) {
  const folder = folderOf(source.path);
  if (!under(folder, file)) return false;
  const directory = source.type === "Directory" || source.type === void 0 && source.directory !== void 0;
  if (!directory || source.directory?.recurse === true) return true;
  const rest = folder === "" ? file : file.slice(folder.length + 1);
  return !rest.includes("/");
}
function describeProblems(app, region, problems) {
  const each = problems.map((p) => `${p.field} is "${p.actual}", expected ${p.expected}`);
  return `setup error: Argo CD application ${app} (region ${region}) does not deploy what the train edits: ${each.join("; ")}. Fix the Application (or platform.yaml spec.regions.${region}.argocd.app); nothing is recorded against the release, and the region is promoted once the Application renders its folder from the default branch.`;
}
function normaliseRepoURL(url) {
  let text = url.trim();
  const scp = /^(?:[^@/]+@)?([^:/]+):(?!\/)(.*)$/.exec(text);
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = `ssh://${scp[1]}/${scp[2]}`;
  let parsed;
  try {
    parsed = new URL(text);
  } catch {
    return text.toLowerCase();
  }
  const path = parsed.pathname.replace(/\/+$/, "").replace(/\.git$/i, "").replace(/^\/+/, "");
  const port = parsed.port === "" || parsed.protocol === "ssh:" && parsed.port === "22" ? "" : `:${parsed.port}`;
  return `${parsed.hostname}${port}/${path}`.toLowerCase();
}
function tracksDefaultBranch(revision, defaultBranch) {
  const r = revision.trim();
  return r === "" || r === "HEAD" || r === defaultBranch || r === `refs/heads/${defaultBranch}`;
}
function folderOf(path) {
  return (path ?? "").replace(/^\.?\/+|\/+$/g, "").replace(/^\.$/, "");
}

// src/argocd/train-port.ts
var DEFAULT_TOKEN_SECRET = "ARGOCD_TOKEN";
var BUSY_RETRY_MS = 5e3;
function argoPort(options) {
  function clientFor(region, server) {
    const settings = options.platform.regions[region];
    const secret = settings?.argocd.tokenSecret ?? DEFAULT_TOKEN_SECRET;
    const token = options.env[secret];
    if (!token) {
      throw new ArgoCDError(
        "unauthorized",
        `No Argo CD token for ${region}: set the secret ${secret} (platform.yaml spec.regions.${region}.argocd.tokenSecret names it) to an API token for ${server}.`,
        server
      );
    }
    return createArgoCDClient({
      server,
      token,
      region,
      ...settings?.argocd.project ? { project: settings.argocd.project } : {},
      ...settings?.argocd.app ? { appTemplate: settings.argocd.app } : {},
      ...options.onSecret ? { onSecret: options.onSecret } : {},
      ...options.fetch ? { fetch: options.fetch } : {}
    });
  }
  function setupProblem(app, input) {
    const problems = checkApplication(app, {
      repository: options.repository,
      defaultBranch: input.defaultBranch,
      paths: input.paths
    });
    return problems.length === 0 ? void 0 : describeProblems(input.app, input.region, problems);
  }
  return {
    async checkApplication(input) {
      let client;
      try {
        client = clientFor(input.region, input.server);
      } catch {
        return void 0;
      }
      const app = await client.getApplication(input.app).catch(() => void 0);
      return app === void 0 ? void 0 : setupProblem(app, input);
    },
    async waitForRevision({
      region,
      server,
      app,
      revision,
      deadline,
      paths,
      compare: compare2,
      defaultBranch,
      signal
    }) {
      const settings = options.platform.regions[region];
      const client = clientFor(region, server);
      const clock = options.waitClock ?? systemClock;
      const remaining = () => Math.max(0, deadline - options.clock.now());
      const explicit = settings?.argocd.sync === "explicit";
      const current = await client.getApplication(app, signalOf(signal)).catch(() => void 0);
      const problem = current && setupProblem(current, { region, app, paths, defaultBranch });
      if (problem !== void 0) return { held: "setup", detail: problem };
      const folders = [...paths, ...sourcePaths(current)];
      const relations = /* @__PURE__ */ new Map();
      const relation = (other) => {
        let found = relations.get(other);
        if (!found) {
          found = compare2(revision, other).then(
            (c) => lineageOf(c, folders),
            (error) => {
              if (statusOf(error) === 404 || statusOf(error) === 422) return { lineage: "before" };
              throw error;
            }
          );
          found.catch(() => relations.delete(other));
          relations.set(other, found);
        }
        return found;
      };
      const base = {
        client,
        app,
        revision,
        relation,
        ...settings?.argocd.acceptSuspended ? { acceptSuspended: true } : {},
        ...signal ? { signal } : {},
        ...options.waitClock ? { clock: options.waitClock } : {}
      };
      const closed = () => windowHolds(client, app, signal);
      if (current !== void 0 && current.operation === void 0) {
        const window2 = await closed();
        if (window2 !== void 0) {
          const look = await waitForRevision({ ...base, timeoutMs: 0 });
          if (look.outcome === "timeout" || look.outcome === "unreachable")
            return { held: "sync-window", detail: window2 };
          return { outcome: look.outcome, detail: look.detail };
        }
      }
      if (current !== void 0 && remaining() > 0) {
        if (explicit || !automated(current)) {
          if (await worthSyncing(current, revision, relation))
            await syncTo(client, app, revision, current, remaining, clock, signal);
        } else {
          const limit = AbortSignal.timeout(remaining());
          await client.refresh(app, { signal: signal ? AbortSignal.any([signal, limit]) : limit }).catch(() => void 0);
        }
      }
      const result = await waitForRevision({ ...base, timeoutMs: remaining() });
      if (current === void 0) {
        const late = result.app && setupProblem(result.app, { region, app, paths, defaultBranch });
        if (late !== void 0) return { held: "setup", detail: late };
      }
      if (result.outcome === "timeout" && !await started(result.app, revision, relation)) {
        const window2 = await closed();
        if (window2 !== void 0) return { held: "sync-window", detail: window2 };
      }
      return { outcome: result.outcome, detail: result.detail };
    }
  };
}
async function syncTo(client, app, revision, current, remaining, clock, signal) {
  let seen = current;
  for (; ; ) {
    const asked = [
      seen.operation?.sync?.revision,
      seen.status?.operationState?.operation?.sync?.revision,
      seen.status?.operationState?.syncResult?.revision
    ];
    if (asked.some((r) => r !== void 0 && r.toLowerCase() === revision.toLowerCase())) return;
    if (seen.operation === void 0) {
      try {
        await client.sync(app, revision, signalOf(signal));
        return;
      } catch (error) {
        if (!(error instanceof ArgoCDError) || error.kind !== "rejected") return;
      }
    }
    if (remaining() <= BUSY_RETRY_MS) return;
    await clock.sleep(BUSY_RETRY_MS, signal ?? new AbortController().signal);
    const next = await client.getApplication(app, signalOf(signal)).catch(() => void 0);
    if (next === void 0) return;
    seen = next;
  }
}
async function worthSyncing(app, revision, relation) {
  const compared = app.status?.sync?.revision;
  if (compared === void 0 || compared === "") return true;
  const lineage = compared.toLowerCase() === revision.toLowerCase() ? "same" : await relation(compared).then(
    (r) => r.lineage,
    () => void 0
  );
  if (lineage === "overwritten") return false;
  return !((lineage === "same" || lineage === "includes") && app.status?.sync?.status === "Synced");
}
async function windowHolds(client, app, signal) {
  const windows = await client.syncWindows(app, signalOf(signal)).catch(() => void 0);
  if (windows?.canSync !== false) return void 0;
  const active = (windows.activeWindows ?? []).map(
    (w) => `${w.kind ?? "deny"} ${w.schedule ?? ""} for ${w.duration ?? "?"}`.replace(/ {2,}/g, " ")
  ).join(", ");
  return `a sync window keeps Argo CD from syncing ${app}${active ? ` (active: ${active})` : ""}; the train waits for it to open, and the wait starts over then`;
}
async function started(app, revision, relation) {
  if (app === void 0) return false;
  if (app.operation !== void 0) return true;
  const ran = app.status?.operationState?.syncResult?.revision;
  if (ran === void 0 || ran === "") return false;
  if (ran.toLowerCase() === revision.toLowerCase()) return true;
  const lineage = await relation(ran).then(
    (r) => r.lineage,
    () => void 0
  );
  return lineage === "includes" || lineage === "overwritten";
}
function statusOf(error) {
  return typeof error === "object" && error !== null && "status" in error ? Number(error.status) : void 0;
}
function automated(app) {
  const policy = app.spec?.syncPolicy?.automated;
  return policy !== void 0 && policy.enabled !== false;
}
function sourcePaths(app) {
  const spec = app?.spec;
  return [
    spec?.source?.path,
    spec?.sourceHydrator?.drySource?.path,
    ...(spec?.sources ?? []).map((s) => s.path)
  ].filter((p) => p !== void 0 && p !== "" && p !== ".");
}
function signalOf(signal) {
  return signal ? { signal } : {};
}

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error) => {
        return orig(error, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches2 = url.match(urlVariableRegex);
  if (!matches2) {
    return [];
  }
  return matches2.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/@octokit/request/dist-bundle/index.js
var import_content_type = __toESM(require_dist(), 1);

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key, value, context);
};
var JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key, value, context);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver);
    const serializedData = serializeBigInts(text);
    return originalParse(
      serializedData,
      (key, value, context) => convertMarkedBigIntsReviver(key, value, context, reviver)
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error;
  }
};

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION2 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION2} ${getUserAgent()}`
  }
};
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop2 = () => "";
async function fetchWrapper(requestOptions) {
  const fetch2 = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch2) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch2(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status2 = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status: status2,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches2 = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches2 && matches2.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status2 === 204 || status2 === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status2 < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status2, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status2 === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status2, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status2 >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status2, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop2);
  }
  const mimetype = (0, import_content_type.parse)(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop2);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix2 = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix2}` : `${objectData.message}${suffix2}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION3 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION3} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION4 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop3 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop3;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop3;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION4} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION4;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-request-log/dist-src/version.js
var VERSION5 = "6.0.0";

// node_modules/@octokit/plugin-request-log/dist-src/index.js
function requestLog(octokit) {
  octokit.hook.wrap("request", (request2, options) => {
    octokit.log.debug("request", options);
    const start = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path = requestOptions.url.replace(options.baseUrl, "");
    return request2(options).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path} - ${response.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      return response;
    }).catch((error) => {
      const requestId = error.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path} - ${error.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      throw error;
    });
  });
}
requestLog.VERSION = VERSION5;

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION6 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION6;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION7 = "17.0.0";

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
var endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint2] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint2;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
var handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION7;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = VERSION7;

// node_modules/@octokit/rest/dist-src/version.js
var VERSION8 = "22.0.1";

// node_modules/@octokit/rest/dist-src/index.js
var Octokit2 = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION8}`
  }
);

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION9 = "0.0.0-development";
var noop4 = () => Promise.resolve();
function wrapRequest(state, request2, options) {
  return state.retryLimiter.schedule(doRequest, state, request2, options);
}
async function doRequest(state, request2, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite2 = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request2.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite2 || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop4);
  }
  if (isWrite2 && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop4);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop4);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request2, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = import_light.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request2, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request2.retryCount;
      request2.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request2.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request2, options) => {
    initializeBottleneck();
    return wrapRequest(state, request2, options);
  });
  return {};
}
throttling.VERSION = VERSION9;
throttling.triggersNotification = triggersNotification;

// src/github/limiter.ts
var PromptLimiter = class {
  constructor(maxConcurrent = Infinity) {
    this.maxConcurrent = maxConcurrent;
  }
  maxConcurrent;
  #failed;
  #running = 0;
  #waiting = [];
  /** Bottleneck's event registration; only `failed` has a meaning here. */
  on(event, handler2) {
    if (event === "failed") this.#failed = handler2;
    return this;
  }
  /** A Bottleneck group's limiter for a key: one limiter serves every key. */
  key() {
    return this;
  }
  /** Bottleneck's schedule: `(fn, ...args)` or `(options, fn, ...args)`. */
  async schedule(...input) {
    const [options, fn, args] = typeof input[0] === "function" ? [{}, input[0], input.slice(1)] : [input[0] ?? {}, input[1], input.slice(2)];
    for (let retryCount = 0; ; retryCount++) {
      await this.#slot();
      let outcome;
      try {
        outcome = { value: await fn(...args) };
      } catch (error) {
        outcome = { error };
      } finally {
        this.#release();
      }
      if ("value" in outcome) return outcome.value;
      const wait = await Promise.resolve().then(() => this.#failed?.(outcome.error, { args, options, retryCount })).catch(() => void 0);
      if (typeof wait !== "number") throw outcome.error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
  async #slot() {
    if (this.#running >= this.maxConcurrent)
      await new Promise((resolve) => this.#waiting.push(resolve));
    this.#running++;
  }
  #release() {
    this.#running--;
    this.#waiting.shift()?.();
  }
};

// src/github/retry.ts
function retryServerErrors(options) {
  return (octokit) => octokit.hook.wrap("request", async (request2, endpoint2) => {
    for (let attempt = 0; ; attempt++) {
      const wait = () => new Promise((resolve) => setTimeout(resolve, (attempt + 1) ** 2 * options.unitMs));
      try {
        const response = await request2(endpoint2);
        const errors = response.data?.errors;
        if (attempt < options.retries && TRANSIENT_GRAPHQL.test(errors?.[0]?.message ?? "")) {
          await wait();
          continue;
        }
        return response;
      } catch (error) {
        const status2 = error.status;
        const retryable = typeof status2 === "number" && status2 >= 400 && !options.doNotRetry.includes(status2) && error.request !== void 0;
        if (!retryable || attempt >= options.retries) throw error;
        await wait();
      }
    }
  });
}
var TRANSIENT_GRAPHQL = /Something went wrong while executing your query/;

// src/github/rate-limit.ts
var RateBudgetSpent = class extends Error {
  constructor(budget) {
    super(
      `GitHub's ${budget.resource === "graphql" ? "GraphQL" : "REST"} rate limit is nearly spent (${budget.remaining} of ${budget.limit} left, resets in ${Math.ceil(budget.resetsIn)} s): stopping here so the next run carries on once it resets`
    );
    this.budget = budget;
  }
  budget;
};
var PACE_BELOW = 0.2;
var RatePacer = class {
  #seen = /* @__PURE__ */ new Map();
  #holdUntil = 0;
  #unit;
  #log;
  #reserve;
  #maxWait;
  constructor(options) {
    this.#unit = options.unitMs;
    this.#log = options.log;
    this.#reserve = options.reserve;
    this.#maxWait = options.maxWaitSeconds ?? 300;
  }
  /** Where the budget stands now, if an answer has said so. */
  budget(resource) {
    const seen = this.#seen.get(resource);
    if (!seen) return void 0;
    const elapsed = (performance.now() - seen.at) / this.#unit;
    return {
      resource,
      limit: seen.limit,
      remaining: seen.remaining,
      resetsIn: Math.max(0, seen.resetsIn - elapsed)
    };
  }
  /** Reads an answer's headers, a refusal's included. */
  observe(url, status2, headers) {
    if (!headers) return;
    const header = (name) => {
      const value = headers[name];
      return value === void 0 || value === null ? void 0 : String(value);
    };
    const retryAfter = Number(header("retry-after"));
    if ((status2 === 403 || status2 === 429) && retryAfter > 0) {
      this.#holdUntil = Math.max(this.#holdUntil, performance.now() + retryAfter * this.#unit);
      this.#log.debug(`every request waits ${retryAfter} s: GitHub's retry-after`);
    }
    const limit = Number(header("x-ratelimit-limit"));
    const remaining = Number(header("x-ratelimit-remaining"));
    const reset = Number(header("x-ratelimit-reset"));
    if (!Number.isFinite(limit) || !Number.isFinite(remaining) || !Number.isFinite(reset)) return;
    const date = Date.parse(header("date") ?? "");
    const now = Number.isNaN(date) ? Date.now() : date;
    this.#seen.set(resourceOf(url, header("x-ratelimit-resource")), {
      limit,
      remaining,
      resetsIn: Math.max(0, reset - now / 1e3),
      at: performance.now()
    });
  }
  /** Waits as long as the budget asks before a request to `url`. */
  async beforeRequest(url) {
    const hold = this.#holdUntil - performance.now();
    if (hold > 0) await sleep(hold);
    const resource = resourceOf(url);
    const budget = this.budget(resource);
    if (!budget) return;
    const reserve = this.#reserve ?? Math.ceil(budget.limit * 0.02);
    const seen = this.#seen.get(resource);
    if (budget.remaining <= reserve) {
      if (budget.resetsIn > this.#maxWait) throw new RateBudgetSpent(budget);
      this.#log.warn(
        `GitHub ${resource} rate limit: ${budget.remaining} of ${budget.limit} left; waiting ${Math.ceil(budget.resetsIn)} s for the reset`
      );
      await sleep((budget.resetsIn + 1) * this.#unit);
      this.#seen.delete(resource);
      return;
    }
    seen.remaining--;
    if (budget.remaining < budget.limit * PACE_BELOW) {
      const spacing = budget.resetsIn / (budget.remaining - reserve);
      await sleep(spacing * this.#unit);
    }
  }
};
function resourceOf(url, header) {
  if (header === "graphql" || header === "core") return header;
  return /\/graphql$/.test(url.replace(/\?.*$/, "")) ? "graphql" : "core";
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// src/github/client.ts
var RequestCounter = class {
  #count = emptyCount();
  record(method, route, write, retry) {
    const count = this.#count;
    count.total++;
    if (write) count.writes++;
    else count.reads++;
    if (retry) count.retries++;
    const key = `${method} ${route}`;
    count.byRoute[key] = (count.byRoute[key] ?? 0) + 1;
  }
  /** A copy, so a caller can take one before and one after a step and subtract them. */
  snapshot() {
    return { ...this.#count, byRoute: { ...this.#count.byRoute } };
  }
  /** One line for the job summary. */
  summary() {
    const { total, reads, writes, retries } = this.#count;
    return `${total} GitHub request${total === 1 ? "" : "s"}: ${reads} read${reads === 1 ? "" : "s"}, ${writes} write${writes === 1 ? "" : "s"}${retries > 0 ? ` (${retries} retried)` : ""}`;
  }
};
function emptyCount() {
  return { total: 0, reads: 0, writes: 0, retries: 0, byRoute: {} };
}
function createClient(options) {
  const counter = new RequestCounter();
  const log = options.log ?? silentLog;
  const unit = options.backoffUnitMs ?? 1e3;
  const secondaryLimitRetries = options.secondaryLimitRetries ?? 3;
  const pacer = new RatePacer({ unitMs: unit, log, ...options.pacing });
  const CountedOctokit = Octokit2.plugin(
    countRequests(counter),
    pace(pacer),
    throttling,
    retryServerErrors({
      retries: options.retries ?? 3,
      unitMs: unit,
      // plugin-retry's list plus 405 and 409: a refused merge (protection, a moved head) is an answer, not a fault.
      doNotRetry: [400, 401, 403, 404, 405, 409, 410, 422, 451]
    })
  );
  const octokit = new CountedOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? defaultBaseUrl()).replace(/\/+$/, ""),
    userAgent: "multiregion",
    log,
    throttle: {
      retryAfterBaseValue: unit,
      fallbackSecondaryRateRetryAfter: 60,
      // The plugin's own Bottleneck limiters cost about 4.5 ms a request each (limiter.ts); the
      // same rules without them: its retry after a rate limit, and 10 requests at once at most
      // (the plugin's global group; GitHub allows 100). Writes keep the plugin's one-a-second
      // group. The plugin reads both from these options (index.js, `state.retryLimiter ??`,
      // `state.global ??`) though its types name neither; test/github/resilience.test.ts holds it to them.
      ...{
        retryLimiter: new PromptLimiter(),
        global: new PromptLimiter(10)
      },
      ...options.spaceWrites === false ? {
        write: passThroughGroup,
        notifications: passThroughGroup
      } : {},
      onRateLimit: (retryAfter, request2, _octokit, retryCount) => {
        const retrying = retryCount < 1 && retryAfter <= 60;
        log.warn(
          `GitHub rate limit on ${request2.method} ${request2.url}: ${retrying ? `retrying in ${retryAfter} s` : `giving up (it resets in ${retryAfter} s)`}`
        );
        return retrying;
      },
      onSecondaryRateLimit: (retryAfter, request2, _octokit, retryCount) => {
        const retrying = retryCount < secondaryLimitRetries;
        log.warn(
          `GitHub secondary rate limit on ${request2.method} ${request2.url}: ${retrying ? `retry ${retryCount + 1} of ${secondaryLimitRetries} in ${retryAfter} s` : "giving up"}`
        );
        return retrying;
      }
    }
  });
  octokit.hook.error("request", (error, endpoint2) => {
    throw explainForbidden(error, endpoint2);
  });
  return { octokit, counter, pacer };
}
function permissionFor(method, url) {
  const rest = url.replace(/^[a-z]+:\/\/[^/]+/i, "").replace(/^.*\/repos\/[^/]+\/[^/]+/, "");
  const write = method !== "GET" && method !== "HEAD";
  const level = write ? "write" : "read";
  if (url.endsWith("/graphql"))
    return "contents: read (file reads) and pull-requests: write (auto-merge)";
  if (rest.startsWith("/git/") || rest.startsWith("/contents") || rest.startsWith("/commits/") && !/check-runs|status/.test(rest))
    return `contents: ${level}`;
  if (/^\/issues\/\d+\/labels/.test(rest) || rest.startsWith("/issues"))
    return `pull-requests: ${level} (labels and comments on a pull request)`;
  if (rest.startsWith("/pulls")) return `pull-requests: ${level}`;
  if (rest.startsWith("/deployments")) return `deployments: ${level}`;
  if (/check-runs|status/.test(rest)) return `checks: read and statuses: read`;
  if (rest.startsWith("/rules") || rest.startsWith("/branches") || rest.startsWith("/collaborators"))
    return `metadata: read (and administration: read for protection details)`;
  return `the permission GitHub's docs list for ${method} ${rest || url}`;
}
function explainForbidden(error, request2) {
  const status2 = error.status;
  if (status2 !== 403 || !(error instanceof Error)) return error;
  const headers = error.response?.headers;
  if (headers?.["retry-after"] !== void 0 || headers?.["x-ratelimit-remaining"] === "0")
    return error;
  if (/rate limit/i.test(error.message)) return error;
  const route = request2.url.replace(/^[a-z]+:\/\/[^/]+/i, "").replace(/\?.*$/, "");
  error.message = `GitHub refused ${request2.method} ${route} (403: ${error.message}). The token needs ${permissionFor(request2.method, request2.url)} on this repository: grant it in the workflow's permissions block or the GitHub App's settings, then run again.`;
  return error;
}
function defaultBaseUrl() {
  return process.env.GITHUB_API_URL || "https://api.github.com";
}
var silentLog = { debug() {
}, info() {
}, warn() {
}, error() {
} };
var passThroughGroup = {
  key: () => ({
    schedule: (_options, job, ...args) => Promise.resolve(job(...args))
  })
};
function countRequests(counter) {
  const seen = /* @__PURE__ */ new WeakSet();
  return (octokit) => octokit.hook.wrap("request", (request2, endpoint2) => {
    const { method, url } = endpoint2;
    const retried = seen.has(endpoint2);
    seen.add(endpoint2);
    if (url === "/graphql") {
      const mutation = /^\s*mutation\b/.test(
        String(endpoint2.query ?? "")
      );
      counter.record(
        method,
        mutation ? "/graphql (mutation)" : "/graphql (query)",
        mutation,
        retried
      );
    } else {
      counter.record(method, routeOf(url), method !== "GET" && method !== "HEAD", retried);
    }
    return request2(endpoint2);
  });
}
function pace(pacer) {
  return (octokit) => octokit.hook.wrap("request", async (request2, endpoint2) => {
    const { url } = endpoint2;
    await pacer.beforeRequest(url);
    try {
      const response = await request2(endpoint2);
      pacer.observe(url, response.status, response.headers);
      return response;
    } catch (error) {
      const { status: status2, response } = error;
      pacer.observe(url, status2 ?? 0, response?.headers);
      throw error;
    }
  });
}
function routeOf(url) {
  if (url.includes("{")) return url;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, "").replace(/\?.*$/, "");
  const repo = /\/repos\/[^/]+\/[^/]+(\/.*)?$/.exec(path);
  if (!repo) return path;
  const rest = (repo[1] ?? "").replace(/^\/pulls\/\d+/, "/pulls/{pull_number}").replace(/^\/issues\/comments\/\d+/, "/issues/comments/{comment_id}").replace(/^\/issues\/\d+/, "/issues/{issue_number}").replace(/^\/deployments\/\d+/, "/deployments/{deployment_id}").replace(/^\/commits\/[^/]+/, "/commits/{ref}").replace(/^\/rules\/branches\/.+$/, "/rules/branches/{branch}");
  return `/repos/{owner}/{repo}${rest}`;
}

// src/github/env-repo/handle.ts
var SEEN_FOR_MS = 3e4;
function where(handle) {
  return { owner: handle.owner, repo: handle.repo };
}
function repositoryMissing(handle) {
  return new Error(`${handle.owner}/${handle.repo} does not exist or the token cannot read it`);
}
function status(error) {
  return typeof error === "object" && error !== null && "status" in error ? Number(error.status) : void 0;
}
function details(error) {
  const data = error.response?.data;
  return `${messageOf(error)} ${JSON.stringify(data ?? "")}`;
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
function isGraphqlRefusal(error) {
  return typeof error === "object" && error !== null && "errors" in error && Array.isArray(error.errors);
}
function actorLogin(actor) {
  return actor.__typename === "Bot" ? `${actor.login}[bot]` : actor.login;
}

// src/github/env-repo/checks.ts
async function requiredChecks(handle, branch) {
  return (await mergeRules(handle, branch)).checks;
}
async function mergeRules(handle, branch, known) {
  const sources = {};
  const pin = (context, app) => {
    if (typeof app === "number" && app > 0) sources[context] = app;
    return context;
  };
  const [protection, rules] = await Promise.all([
    handle.octokit.rest.repos.getBranch({ ...where(handle), branch }).then(
      ({ data }) => [
        ...data.protection?.required_status_checks?.contexts ?? [],
        ...(data.protection?.required_status_checks?.checks ?? []).map(
          (c) => pin(c.context, c.app_id)
        )
      ],
      (error) => {
        if (status(error) === 404) return [];
        throw error;
      }
    ),
    (known ?? Promise.resolve(void 0)).then(
      (rules2) => rules2 ?? handle.octokit.paginate(handle.octokit.rest.repos.getBranchRules, {
        ...where(handle),
        branch,
        per_page: 100
      })
    )
  ]);
  const fromRules = rules.flatMap(
    (rule) => rule.type === "required_status_checks" ? (rule.parameters?.required_status_checks ?? []).map((c) => pin(c.context, c.integration_id)) : []
  );
  const approvals = Math.max(
    0,
    ...rules.map(
      (rule) => rule.type === "pull_request" ? rule.parameters?.required_approving_review_count ?? 0 : 0
    )
  );
  const staleApprovalsDropped = rules.some(
    (rule) => rule.type === "pull_request" && (rule.parameters?.dismiss_stale_reviews_on_push === true || rule.parameters?.require_last_push_approval === true)
  );
  return {
    checks: [.../* @__PURE__ */ new Set([...protection, ...fromRules])],
    sources,
    approvals,
    staleApprovalsDropped
  };
}
async function checks(handle, sha, required) {
  const [runs, statuses] = await Promise.all([
    handle.octokit.paginate(handle.octokit.rest.checks.listForRef, {
      ...where(handle),
      ref: sha,
      per_page: 100
    }),
    handle.octokit.paginate(handle.octokit.rest.repos.listCommitStatusesForRef, {
      ...where(handle),
      ref: sha,
      per_page: 100
    })
  ]);
  const latest = /* @__PURE__ */ new Map();
  for (const s of statuses) if (!latest.has(s.context)) latest.set(s.context, s);
  return decideChecks(
    [
      ...runs.map((run) => checkRun(run.name, run.status, run.conclusion, run.html_url, run.app?.id)),
      ...[...latest.values()].map((s) => commitStatus(s.context, s.state, s.target_url))
    ],
    required
  );
}
function checkRun(name, status2, conclusion, url, app) {
  return {
    name,
    kind: "check-run",
    ...app === void 0 ? {} : { app },
    state: status2.toLowerCase() !== "completed" ? "pending" : ["success", "neutral", "skipped"].includes((conclusion ?? "").toLowerCase()) ? "success" : "failure",
    url
  };
}
function commitStatus(context, state, url) {
  const lower = state.toLowerCase();
  return {
    name: context,
    kind: "status",
    state: lower === "success" ? "success" : lower === "pending" ? "pending" : "failure",
    url
  };
}
function decideChecks(details2, required) {
  const worst = (reports) => reports.find((d) => d.state === "failure") ?? reports.find((d) => d.state === "pending") ?? reports[0];
  const deciding = required === void 0 ? details2 : required.checks.map((name) => {
    const source = required.sources[name];
    const reports = details2.filter(
      (d) => d.name === name && (source === void 0 || d.kind === "check-run" && d.app === source)
    );
    return worst(reports) ?? {
      name,
      kind: "check-run",
      state: "pending",
      url: null
    };
  });
  const state = deciding.some((d) => d.state === "failure") ? "failure" : deciding.some((d) => d.state === "pending") ? "pending" : "success";
  return { state, details: deciding };
}

// src/github/env-repo/comments.ts
async function comment(handle, number, body) {
  const { data } = await handle.octokit.rest.issues.createComment({
    ...where(handle),
    issue_number: number,
    body
  });
  return { id: data.id };
}
async function upsertComment(handle, number, marker, body, author) {
  const text = body.includes(marker) ? body : `${marker}
${body}`;
  const comments = await handle.octokit.paginate(handle.octokit.rest.issues.listComments, {
    ...where(handle),
    issue_number: number,
    per_page: 100
  });
  const existing = comments.find((c) => c.user?.login === author && c.body?.includes(marker));
  if (!existing) return comment(handle, number, text);
  if (existing.body !== text)
    await handle.octokit.rest.issues.updateComment({
      ...where(handle),
      comment_id: existing.id,
      body: text
    });
  return { id: existing.id };
}

// src/gitops/three-way.ts
function lines(text) {
  return text.split(/(?<=\n)/);
}
function kept(base, other) {
  const map = /* @__PURE__ */ new Map();
  let i = 0;
  let j = 0;
  for (const change of diffArrays(base, other)) {
    const count = change.count ?? change.value.length;
    if (change.added) j += count;
    else if (change.removed) i += count;
    else {
      for (let k = 0; k < count; k++) map.set(i + k, j + k);
      i += count;
      j += count;
    }
  }
  return map;
}
var equal = (a, b) => a.length === b.length && a.every((line, i) => line === b[i]);
function mergeThreeWay(base, ours2, theirs) {
  if (ours2 === theirs || theirs === base) return { text: ours2 };
  if (ours2 === base) return { text: theirs };
  const [o, a, b] = [lines(base), lines(ours2), lines(theirs)];
  const inA = kept(o, a);
  const inB = kept(o, b);
  const out = [];
  let [io, ia, ib] = [0, 0, 0];
  const chunk = (eo, ea, eb) => {
    const [co, ca, cb] = [o.slice(io, eo), a.slice(ia, ea), b.slice(ib, eb)];
    if (equal(ca, co)) out.push(...cb);
    else if (equal(cb, co) || equal(ca, cb)) out.push(...ca);
    else return false;
    return true;
  };
  for (let k = 0; k < o.length; k++) {
    const ka = inA.get(k);
    const kb = inB.get(k);
    if (ka === void 0 || kb === void 0) continue;
    if (!chunk(k, ka, kb)) return { conflict: true };
    out.push(o[k]);
    [io, ia, ib] = [k + 1, ka + 1, kb + 1];
  }
  if (!chunk(o.length, a.length, b.length)) return { conflict: true };
  return { text: out.join("") };
}

// src/github/env-repo/read.ts
async function readBranch(handle, branch, paths) {
  const { fields, declarations, variables } = commitFiles(paths);
  const query = `query(${["$owner: String!", "$repo: String!", "$branch: String!", ...declarations].join(", ")}) {
repository(owner: $owner, name: $repo) {
  ref(qualifiedName: $branch) {
    target {
      oid
      ... on Commit {
        ${fields}
      }
    }
  }
}
}`;
  const data = await handle.octokit.graphql(query, {
    ...variables,
    owner: handle.owner,
    repo: handle.repo,
    branch: `refs/heads/${branch}`
  });
  if (!data.repository) throw repositoryMissing(handle);
  const target = data.repository.ref?.target;
  if (!target) throw new Error(`branch ${branch} does not exist in ${handle.owner}/${handle.repo}`);
  return { sha: target.oid, files: filesOf(target, paths, branch) };
}
function commitFiles(paths, prefix = "b") {
  const variables = {};
  const fields = paths.map((path, i) => {
    variables[`${prefix}${i}`] = path;
    return `${prefix}${i}: file(path: $${prefix}${i}) { object { ... on Blob { text isTruncated } } }`;
  });
  return {
    fields: fields.join("\n        ") || "__typename",
    declarations: paths.map((_, i) => `$${prefix}${i}: String!`),
    variables
  };
}
function filesOf(commit, paths, ref, prefix = "b") {
  const files = /* @__PURE__ */ new Map();
  paths.forEach((path, i) => {
    const blob = commit[`${prefix}${i}`]?.object;
    if (blob?.isTruncated)
      throw new Error(
        `${path} at ${ref} is too large for GitHub to return whole; keep environment files small`
      );
    if (typeof blob?.text === "string") files.set(path, blob.text);
  });
  return files;
}
async function readFiles(handle, ref, paths) {
  const files = /* @__PURE__ */ new Map();
  if (paths.length === 0) return files;
  const { query, variables } = filesQuery(paths.map((path) => `${ref}:${path}`));
  const data = await handle.octokit.graphql(query, { ...variables, owner: handle.owner, repo: handle.repo });
  if (!data.repository) throw repositoryMissing(handle);
  paths.forEach((path, i) => {
    const blob = data.repository?.[`f${i}`];
    if (blob?.isTruncated)
      throw new Error(
        `${path} at ${ref} is too large for GitHub to return whole; keep environment files small`
      );
    if (typeof blob?.text === "string") files.set(path, blob.text);
  });
  return files;
}
async function readFileAt(handle, shas, path) {
  const texts = /* @__PURE__ */ new Map();
  if (shas.length === 0) return texts;
  const { query, variables } = filesQuery(shas.map((sha) => `${sha}:${path}`));
  const data = await handle.octokit.graphql(query, { ...variables, owner: handle.owner, repo: handle.repo });
  shas.forEach((sha, i) => {
    const blob = data.repository?.[`f${i}`];
    if (typeof blob?.text === "string" && !blob.isTruncated) texts.set(sha, blob.text);
  });
  return texts;
}
function filesQuery(expressions, extraFields = "", extraVariables = "", fragments = "") {
  const variables = {};
  const fields = expressions.map((expression, i) => {
    variables[`e${i}`] = expression;
    return `f${i}: object(expression: $e${i}) { ... on Blob { text isTruncated } }`;
  });
  const declarations = [
    "$owner: String!",
    "$repo: String!",
    ...extraVariables ? [extraVariables] : [],
    ...expressions.map((_, i) => `$e${i}: String!`)
  ].join(", ");
  const query = `query(${declarations}) {
  repository(owner: $owner, name: $repo) {
    ${[extraFields, ...fields].filter(Boolean).join("\n    ")}
  }
}
${fragments}`;
  return { query, variables };
}

// src/github/env-repo/commit.ts
var COMMIT_ATTEMPTS = 3;
async function commitFiles2(handle, change) {
  let readFrom = change.parent;
  for (let attempt = 1; ; attempt++) {
    const observed = await readBranches(handle, change.base, change.branch, change.files, readFrom);
    if (!observed.branch && change.parent !== void 0 && observed.base.commitSha !== change.parent)
      return {
        commitSha: observed.base.commitSha,
        created: false,
        baseMoved: true
      };
    const parent = observed.branch ?? observed.base;
    readFrom ??= parent.commitSha;
    const onParent = observed.branch ? observed.current : observed.atBase;
    let files = change.files;
    if (parent.commitSha !== readFrom) {
      const merged = mergeOnto(change.files, observed.atRead, onParent);
      if ("conflict" in merged)
        return {
          commitSha: parent.commitSha,
          created: false,
          conflict: merged.conflict
        };
      files = merged.files;
    }
    if (observed.branch && files.every((f) => observed.current.get(f.path) === f.content))
      return { commitSha: observed.branch.commitSha, created: false };
    const written = await writeCommit(handle, parent, files, change.message);
    if (!written) return { commitSha: parent.commitSha, created: false };
    try {
      await moveBranch(handle, change.branch, written, { exists: !!observed.branch, force: false });
      return { commitSha: written, created: true };
    } catch (error) {
      if (status(error) !== 422 || attempt >= COMMIT_ATTEMPTS) throw error;
    }
  }
}
async function replaceBranch(handle, change) {
  const observed = await readBranches(handle, change.base, change.branch, []);
  if (observed.base.commitSha !== change.parent)
    return {
      commitSha: observed.base.commitSha,
      created: false,
      baseMoved: true
    };
  const written = await writeCommit(handle, observed.base, change.files, change.message, {
    always: true
  });
  await moveBranch(handle, change.branch, written, { exists: !!observed.branch, force: true });
  return { commitSha: written, created: true };
}
async function writeCommit(handle, parent, files, message, options = {}) {
  const { data: tree } = await handle.octokit.rest.git.createTree({
    ...where(handle),
    base_tree: parent.treeSha,
    tree: files.map((f) => ({
      path: f.path,
      mode: "100644",
      type: "blob",
      content: f.content
    }))
  });
  if (tree.sha === parent.treeSha && !options.always) return void 0;
  const { data: commit } = await handle.octokit.rest.git.createCommit({
    ...where(handle),
    message,
    tree: tree.sha,
    parents: [parent.commitSha]
  });
  return commit.sha;
}
async function moveBranch(handle, branch, sha, options) {
  if (options.exists)
    await handle.octokit.rest.git.updateRef({
      ...where(handle),
      ref: `heads/${branch}`,
      sha,
      force: options.force
    });
  else
    await handle.octokit.rest.git.createRef({ ...where(handle), ref: `refs/heads/${branch}`, sha });
}
async function readBranches(handle, base, branch, files, readFrom) {
  const revisions = [`refs/heads/${branch}`, `refs/heads/${base}`, ...readFrom ? [readFrom] : []];
  const { query, variables } = filesQuery(
    revisions.flatMap((revision) => files.map((f) => `${revision}:${f.path}`)),
    `base: ref(qualifiedName: $base) { ...branchState }
    branch: ref(qualifiedName: $branch) { ...branchState }`,
    "$base: String!, $branch: String!",
    "fragment branchState on Ref { target { oid ... on Commit { tree { oid } } } }"
  );
  const data = await handle.octokit.graphql(query, {
    ...variables,
    owner: handle.owner,
    repo: handle.repo,
    base: `refs/heads/${base}`,
    branch: `refs/heads/${branch}`
  });
  const repository = data.repository;
  if (!repository) throw repositoryMissing(handle);
  const baseState = branchState(repository.base);
  if (!baseState) throw new Error(`branch ${base} does not exist in ${handle.owner}/${handle.repo}`);
  const [current, atBase, atRead] = [0, 1, 2].map((r) => {
    const texts = /* @__PURE__ */ new Map();
    files.forEach((f, i) => {
      const blob = repository[`f${r * files.length + i}`];
      if (typeof blob?.text === "string" && !blob.isTruncated) texts.set(f.path, blob.text);
    });
    return texts;
  });
  return {
    base: baseState,
    branch: branchState(repository.branch),
    current,
    atBase,
    atRead
  };
}
async function deleteBranch(handle, branch) {
  try {
    await handle.octokit.rest.git.deleteRef({
      ...where(handle),
      ref: `heads/${branch}`
    });
  } catch (error) {
    if (status(error) !== 422 && status(error) !== 404) throw error;
  }
}
function mergeOnto(files, read, onParent) {
  const merged = [];
  const conflict = [];
  for (const file of files) {
    const [was, now] = [read.get(file.path), onParent.get(file.path)];
    const result = was !== void 0 && now === void 0 ? { conflict: true } : mergeThreeWay(was ?? "", file.content, now ?? "");
    if ("conflict" in result) conflict.push(file.path);
    else merged.push({ path: file.path, content: result.text });
  }
  return conflict.length > 0 ? { conflict } : { files: merged };
}
function branchState(ref) {
  const target = ref?.target;
  if (!target?.tree) return void 0;
  return { commitSha: target.oid, treeSha: target.tree.oid };
}

// src/github/env-repo/deployments.ts
async function deploymentsOf(handle, ref, environment) {
  const { data } = await handle.octokit.rest.repos.listDeployments({
    ...where(handle),
    sha: ref,
    environment,
    per_page: 100
  });
  return data.map((d) => d.id).sort((a, b) => a - b);
}
async function deleteDeployment(handle, id, description) {
  await setDeploymentStatus(handle, id, "inactive", { description });
  await handle.octokit.rest.repos.deleteDeployment({ ...where(handle), deployment_id: id });
}
async function createDeployment(handle, deployment) {
  const { data } = await handle.octokit.rest.repos.createDeployment({
    ...where(handle),
    ref: deployment.ref,
    environment: deployment.environment,
    description: deployment.description,
    payload: deployment.payload,
    auto_merge: false,
    required_contexts: []
  });
  if (!("id" in data))
    throw new Error(
      `GitHub did not create a deployment of ${deployment.ref}: ${data.message ?? ""}`
    );
  return { id: data.id, nodeId: data.node_id };
}
async function statusAndBody(handle, status2, pull) {
  await statusMutation(handle, status2, pull);
}
async function firstStatus(handle, status2, pull) {
  const looked = await statusMutation(handle, status2, pull, status2.environment);
  return (looked?.repository.deployments.nodes ?? []).filter((d) => d.commitOid === looked?.commitOid).map((d) => d.databaseId).sort((a, b) => a - b);
}
async function statusMutation(handle, status2, pull, environment) {
  const declarations = [
    "$deploymentId: ID!",
    "$state: DeploymentStatusState!",
    "$description: String!",
    ...environment === void 0 ? [] : ["$environment: String!"],
    ...pull ? ["$pullRequestId: ID!", "$body: String!"] : []
  ].join(", ");
  const look = environment === void 0 ? "state" : `deployment {
        commitOid
        repository {
          deployments(environments: [$environment], first: 20, orderBy: { field: CREATED_AT, direction: DESC }) {
            nodes { databaseId commitOid }
          }
        }
      }`;
  const data = await handle.octokit.graphql(
    `mutation(${declarations}) {
  createDeploymentStatus(input: { deploymentId: $deploymentId, state: $state, description: $description }) {
    deploymentStatus { ${look} }
  }${pull ? `
  updatePullRequest(input: { pullRequestId: $pullRequestId, body: $body }) {
    pullRequest { number }
  }` : ""}
}`,
    {
      ...status2,
      state: status2.state.toUpperCase(),
      ...environment === void 0 ? {} : { environment },
      ...pull ?? {}
    }
  );
  return data.createDeploymentStatus.deploymentStatus.deployment;
}
async function setDeploymentStatus(handle, id, state, details2) {
  await handle.octokit.rest.repos.createDeploymentStatus({
    ...where(handle),
    deployment_id: id,
    state,
    ...details2
  });
}

// src/github/env-repo/gate-evidence.ts
var PAGE = 100;
async function gateEvidence(handle, pulls) {
  const evidence = /* @__PURE__ */ new Map();
  const rules = /* @__PURE__ */ new Map();
  if (pulls.length === 0) return { pulls: evidence, rules };
  const variables = {
    owner: handle.owner,
    repo: handle.repo
  };
  const reads = [];
  const fields = pulls.map((pull, i) => {
    variables[`n${i}`] = pull.number;
    variables[`h${i}`] = pull.headSha;
    const files = commitFiles(pull.paths ?? [], headFilesPrefix(i));
    Object.assign(variables, files.variables);
    reads.push(...files.declarations);
    return `p${i}: pullRequest(number: $n${i}) { ...gate }
    c${i}: object(oid: $h${i}) { ...rollup ${pull.paths?.length ? `... on Commit { ${files.fields} }` : ""} }`;
  });
  const bases = [...new Set(pulls.map((p) => p.baseRef))];
  bases.forEach((base, j) => {
    variables[`b${j}`] = `refs/heads/${base}`;
    fields.push(`r${j}: ref(qualifiedName: $b${j}) { ...rules }`);
  });
  const declarations = ["$owner: String!", "$repo: String!"].concat(pulls.flatMap((_, i) => [`$n${i}: Int!`, `$h${i}: GitObjectID!`])).concat(bases.map((_, j) => `$b${j}: String!`)).concat(reads).join(", ");
  let data;
  const failed = /* @__PURE__ */ new Set();
  const request2 = handle.octokit.graphql(
    `query(${declarations}) {
  repository(owner: $owner, name: $repo) {
    ${fields.join("\n    ")}
  }
}
${GATE_FRAGMENT}
${RULES_FRAGMENT}
${ROLLUP_FRAGMENT}`,
    variables
  );
  try {
    data = await request2;
  } catch (error) {
    const partial = error;
    if (!isGraphqlRefusal(error) || !partial.data?.repository) throw error;
    data = partial.data;
    for (const e of partial.errors ?? [])
      if (e.path?.[1] !== void 0) failed.add(String(e.path[1]));
  }
  if (!data.repository) throw repositoryMissing(handle);
  pulls.forEach((pull, i) => {
    const node = failed.has(`p${i}`) ? void 0 : data.repository?.[`p${i}`];
    const commit = failed.has(`c${i}`) ? void 0 : data.repository?.[`c${i}`];
    evidence.set(
      pull.number,
      evidenceOf(
        node ?? void 0,
        commit ?? void 0,
        pull.headSha,
        pull.paths ?? [],
        headFilesPrefix(i)
      )
    );
  });
  bases.forEach((base, j) => {
    const read = failed.has(`r${j}`) ? void 0 : rulesOf(data.repository?.[`r${j}`]);
    if (read) rules.set(base, read);
  });
  return { pulls: evidence, rules };
}
function evidenceOf(node, commit, headSha, paths, prefix) {
  const contexts = commit?.statusCheckRollup?.contexts;
  let head;
  if (node && commit && paths.length > 0) {
    head = {
      paths: new Set(paths),
      files: filesOf(commit, paths, headSha, prefix),
      headSha: node.headRefOid,
      autoMerge: node.autoMergeRequest !== null
    };
  }
  return {
    ...head ? { head } : {},
    reviews: node && !node.reviews.pageInfo.hasNextPage ? node.reviews.nodes.map((review) => ({
      author: review.author ? actorLogin(review.author) : "",
      state: review.state,
      commitId: review.commit?.oid ?? "",
      submittedAt: review.submittedAt,
      // A person's push access stands in for their permission read; an App's (a Bot) is looked
      // up over REST as before, so no other App's approval counts where it did not.
      ...review.author?.__typename === "User" ? { canPush: review.authorCanPushToRepository } : {}
    })) : void 0,
    files: node && !node.files.pageInfo.hasNextPage ? node.files.nodes.map((f) => f.path) : void 0,
    // No rollup at all: the commit has no check run and no status yet.
    checks: commit && !contexts?.pageInfo.hasNextPage ? (contexts?.nodes ?? []).map(
      (c) => c.__typename === "CheckRun" ? checkRun(c.name, c.status, c.conclusion, c.url, c.checkSuite?.app?.databaseId) : commitStatus(c.context, c.state, c.targetUrl)
    ) : void 0
  };
}
var headFilesPrefix = (i) => `x${i}_`;
var GATE_FRAGMENT = `fragment gate on PullRequest {
  headRefOid
  autoMergeRequest { enabledAt }
  reviews(first: ${PAGE}) {
    pageInfo { hasNextPage }
    nodes { author { __typename login } authorCanPushToRepository state commit { oid } submittedAt }
  }
  files(first: ${PAGE}) { pageInfo { hasNextPage } nodes { path } }
}`;
var RULES_FRAGMENT = `fragment rules on Ref {
  rules(first: ${PAGE}) {
    pageInfo { hasNextPage }
    nodes {
      type
      parameters {
        __typename
        ... on PullRequestParameters { requiredApprovingReviewCount dismissStaleReviewsOnPush requireLastPushApproval }
        ... on RequiredStatusChecksParameters { requiredStatusChecks { context integrationId } }
      }
    }
  }
}`;
var ROLLUP_FRAGMENT = `fragment rollup on Commit {
  statusCheckRollup {
    contexts(first: ${PAGE}) {
      pageInfo { hasNextPage }
      nodes {
        __typename
        ... on CheckRun { name status conclusion url checkSuite { app { databaseId } } }
        ... on StatusContext { context state targetUrl }
      }
    }
  }
}`;
function rulesOf(ref) {
  return ref?.rules && !ref.rules.pageInfo.hasNextPage ? ref.rules.nodes.map(restRule) : void 0;
}
function restRule(rule) {
  const p = rule.parameters;
  if (p?.__typename === "PullRequestParameters")
    return {
      type: "pull_request",
      parameters: {
        required_approving_review_count: p.requiredApprovingReviewCount,
        dismiss_stale_reviews_on_push: p.dismissStaleReviewsOnPush,
        require_last_push_approval: p.requireLastPushApproval
      }
    };
  if (p?.__typename === "RequiredStatusChecksParameters")
    return {
      type: "required_status_checks",
      parameters: {
        required_status_checks: p.requiredStatusChecks.map((c) => ({
          context: c.context,
          integration_id: c.integrationId
        }))
      }
    };
  return { type: rule.type.toLowerCase() };
}
async function headFiles(handle, number, sha, paths) {
  const { query, variables } = filesQuery(
    paths.map((path) => `${sha}:${path}`),
    "pull: pullRequest(number: $number) { headRefOid autoMergeRequest { enabledAt } }",
    "$number: Int!"
  );
  const data = await handle.octokit.graphql(query, { ...variables, owner: handle.owner, repo: handle.repo, number });
  if (!data.repository) throw repositoryMissing(handle);
  const files = /* @__PURE__ */ new Map();
  paths.forEach((path, i) => {
    const blob = data.repository?.[`f${i}`];
    if (blob?.isTruncated)
      throw new Error(
        `${path} at ${sha} is too large for GitHub to return whole; keep environment files small`
      );
    if (typeof blob?.text === "string") files.set(path, blob.text);
  });
  return {
    files,
    headSha: data.repository.pull?.headRefOid,
    autoMerge: !!data.repository.pull?.autoMergeRequest
  };
}

// src/github/env-repo/history.ts
async function firstParentChain(handle, ref, limit) {
  const { data } = await handle.octokit.rest.repos.listCommits({
    ...where(handle),
    sha: ref,
    per_page: Math.min(Math.max(limit, 1), 100)
  });
  const parents = new Map(data.map((c) => [c.sha, c.parents[0]?.sha]));
  const chain = [];
  let sha = data[0]?.sha;
  while (sha !== void 0 && parents.has(sha)) {
    chain.push(sha);
    sha = parents.get(sha);
  }
  return chain;
}
async function compare(handle, base, head) {
  const { data } = await handle.octokit.rest.repos.compareCommitsWithBasehead({
    ...where(handle),
    basehead: `${base}...${head}`,
    per_page: 1
  });
  const files = (data.files ?? []).flatMap(
    (f) => f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]
  );
  return {
    status: data.status,
    files,
    complete: (data.files ?? []).length < 300
  };
}

// src/github/env-repo/identity.ts
async function viewerLogin(handle, botLogin) {
  if (botLogin) return botLogin;
  try {
    const { data } = await handle.octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    if (status(error) !== 403) throw error;
  }
  try {
    const data = await handle.octokit.graphql("query { viewer { login } }");
    return data.viewer?.login || void 0;
  } catch (error) {
    if (isGraphqlRefusal(error)) return void 0;
    throw error;
  }
}

// src/github/env-repo/labels.ts
async function addLabels(handle, number, labels) {
  const { data } = await handle.octokit.rest.issues.addLabels({
    ...where(handle),
    issue_number: number,
    labels: [...labels]
  });
  return data.map((label2) => label2.name);
}
async function removeLabel(handle, number, label2) {
  try {
    await handle.octokit.rest.issues.removeLabel({
      ...where(handle),
      issue_number: number,
      name: label2
    });
  } catch (error) {
    if (status(error) !== 404) throw error;
  }
}

// src/github/env-repo/merge.ts
async function merge2(handle, number, options) {
  try {
    const { data } = await handle.octokit.rest.pulls.merge({
      ...where(handle),
      pull_number: number,
      sha: options.sha,
      merge_method: options.method
    });
    return { merged: true, sha: data.sha };
  } catch (error) {
    const code = status(error);
    if (code === 409) return { merged: false, reason: "head-moved", message: messageOf(error) };
    if (code === 405) return { merged: false, reason: "not-mergeable", message: messageOf(error) };
    throw error;
  }
}
async function enableAutoMerge(handle, pullNodeId, method, expectedHeadOid) {
  try {
    await handle.octokit.graphql(
      `mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!, $expectedHeadOid: GitObjectID!) {
          enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod, expectedHeadOid: $expectedHeadOid }) {
            pullRequest { number }
          }
        }`,
      { pullRequestId: pullNodeId, mergeMethod: method.toUpperCase(), expectedHeadOid }
    );
    return { enabled: true };
  } catch (error) {
    if (/\bclean status\b/i.test(messageOf(error)))
      return { enabled: false, message: messageOf(error) };
    if (/head branch was modified/i.test(messageOf(error)))
      return { enabled: false, headMoved: true, message: messageOf(error) };
    throw error;
  }
}
async function disableAutoMerge(handle, pullNodeId) {
  await handle.octokit.graphql(
    `mutation($pullRequestId: ID!) {
        disablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId }) {
          pullRequest { number }
        }
      }`,
    { pullRequestId: pullNodeId }
  );
}

// src/github/env-repo/propose.ts
async function proposeChange(handle, change) {
  if (!handle.nodeId) return { opened: false, reason: "the repository was not read yet" };
  const seen = handle.seen;
  const known = seen !== void 0 && seen.base === change.base && seen.sha === change.parent && seen.absent.delete(change.branch) && performance.now() - seen.at < SEEN_FOR_MS;
  if (!known) {
    const state = await handle.octokit.graphql(BRANCHES, {
      owner: handle.owner,
      repo: handle.repo,
      base: `refs/heads/${change.base}`,
      branch: `refs/heads/${change.branch}`
    });
    const baseHead = state.repository?.base?.target.oid;
    if (baseHead !== change.parent)
      return {
        opened: false,
        reason: `${change.base} is at ${baseHead ?? "nothing"}`,
        baseMoved: true
      };
    if (state.repository?.branch)
      return { opened: false, reason: `${change.branch} already exists` };
  }
  const [headline = "", ...rest] = change.message.split("\n");
  const body = rest.join("\n").replace(/^\n+/, "");
  let data;
  let problems = [];
  try {
    data = await handle.octokit.graphql(PROPOSE, {
      repositoryId: handle.nodeId,
      ref: `refs/heads/${change.branch}`,
      parent: change.parent,
      branch: {
        repositoryNameWithOwner: `${handle.owner}/${handle.repo}`,
        branchName: change.branch
      },
      changes: {
        additions: change.files.map((f) => ({
          path: f.path,
          contents: Buffer.from(f.content, "utf8").toString("base64")
        }))
      },
      message: body ? { headline, body } : { headline },
      base: change.base,
      head: change.branch,
      title: change.title,
      body: change.body,
      draft: change.draft
    });
  } catch (error) {
    if (!isGraphqlRefusal(error)) throw error;
    const refused = error;
    data = refused.data;
    problems = refused.errors.map((e) => e.message ?? "");
  }
  const number = data?.createPullRequest?.pullRequest?.number;
  const commitSha = data?.createCommitOnBranch?.commit?.oid;
  if (problems.length === 0 && number !== void 0 && commitSha !== void 0)
    return data?.createPullRequest?.pullRequest?.baseRefOid === change.parent ? { opened: true, number, commitSha } : { opened: true, number, commitSha, staleBase: true };
  return { opened: false, reason: problems.join("; ") || "GitHub returned no pull request" };
}
var BRANCHES = `query($owner: String!, $repo: String!, $base: String!, $branch: String!) {
  repository(owner: $owner, name: $repo) {
    base: ref(qualifiedName: $base) { target { oid } }
    branch: ref(qualifiedName: $branch) { id }
  }
}`;
var PROPOSE = `mutation(
  $repositoryId: ID!
  $ref: String!
  $parent: GitObjectID!
  $branch: CommittableBranch!
  $changes: FileChanges!
  $message: CommitMessage!
  $base: String!
  $head: String!
  $title: String!
  $body: String!
  $draft: Boolean!
) {
  createRef(input: { repositoryId: $repositoryId, name: $ref, oid: $parent }) {
    ref { name }
  }
  createCommitOnBranch(
    input: { branch: $branch, expectedHeadOid: $parent, fileChanges: $changes, message: $message }
  ) {
    commit { oid }
  }
  createPullRequest(
    input: { repositoryId: $repositoryId, baseRefName: $base, headRefName: $head, title: $title, body: $body, draft: $draft }
  ) {
    pullRequest { number baseRefOid }
  }
}`;

// src/github/env-repo/pull-lists.ts
var gateFilesPrefix = (i) => `gate${i}x`;
async function pullsByLabelAndHead(handle, label2, heads = [], flag, defaultFiles, gate) {
  let base;
  const evidence = /* @__PURE__ */ new Map();
  let rules;
  const gated = gate && defaultFiles ? gate : void 0;
  const lists = [
    list("labelled", "labels: [$label], states: [OPEN, CLOSED, MERGED]", 100, { label: label2 }, 1),
    list("open", "states: [OPEN]", 100, {}),
    ...flag ? [list("flagged", "labels: [$flag], states: [OPEN, CLOSED, MERGED]", 100, { flag })] : [],
    // A branch holds a handful of closed PRs at most (one per time a PR on it was closed).
    ...heads.map(
      (head, i) => list(`head${i}`, `headRefName: $head${i}, states: [CLOSED, MERGED]`, 10, {
        [`head${i}`]: head
      })
    ),
    // GitHub keeps one open PR per head and base: its gate comes with it, its head's files among it.
    ...gated ? heads.map((head, i) => {
      const paths = gated.paths(head);
      const prefix = gateFilesPrefix(i);
      const read = commitFiles(paths, prefix);
      const gateList = list(
        `gate${i}`,
        `headRefName: $gate${i}, states: [OPEN]`,
        5,
        { [`gate${i}`]: head, ...read.variables },
        1
      );
      gateList.select = `...gate headRef { target { ... on Commit { oid ...rollup ${paths.length > 0 ? read.fields : ""} } } }`;
      gateList.headFiles = { paths, prefix };
      return gateList;
    }) : []
  ];
  let waiting = lists;
  while (waiting.length > 0) {
    const pending = waiting.slice(0, LISTS_PER_QUERY);
    const fields = pending.map(
      (l) => `${l.name}: pullRequests(${l.filter}, first: ${l.first}, after: $${l.name}After, orderBy: { field: CREATED_AT, direction: DESC }) {
    pageInfo { hasNextPage endCursor }
    nodes { ...pull ${l.select ?? ""} }
  }`
    );
    const files = base === void 0 && defaultFiles ? commitFiles(defaultFiles) : void 0;
    const variables = {
      owner: handle.owner,
      repo: handle.repo,
      ...files?.variables
    };
    for (const l of pending) Object.assign(variables, l.variables, { [`${l.name}After`]: l.after });
    const declarations = ["$owner: String!", "$repo: String!"].concat(
      pending.flatMap((l) => [
        ...Object.keys(l.variables).map((name) => `$${name}: String!`),
        `$${l.name}After: String`
      ])
    ).concat(files?.declarations ?? []).concat(files ? heads.map((_, i) => `$branch${i}: String!`) : []).join(", ");
    const branches = files ? heads.map((_, i) => `branch${i}: ref(qualifiedName: $branch${i}) { id }`) : [];
    if (files) heads.forEach((head, i) => variables[`branch${i}`] = `refs/heads/${head}`);
    const defaultBranch = files ? `id
  defaultBranchRef { name target { oid ... on Commit { ${files.fields} } } ${gated ? "...rules" : ""} }
  ${branches.join("\n  ")}` : "";
    const gating = pending.some((l) => l.select !== void 0);
    const fragments = [
      ...gating ? [GATE_FRAGMENT, ROLLUP_FRAGMENT] : [],
      ...files && gated ? [RULES_FRAGMENT] : []
    ].join("\n");
    const query = `query(${declarations}) {
repository(owner: $owner, name: $repo) {
  ${[defaultBranch, ...fields].filter(Boolean).join("\n    ")}
}
}
fragment pull on PullRequest {
id number title body state merged isDraft url createdAt mergedAt closedAt
author { __typename login }
headRefName headRefOid baseRefName
mergeCommit { oid }
editor { __typename login }
labels(first: 100) { nodes { name } }
}
${fragments}`;
    let data;
    const refused = /* @__PURE__ */ new Set();
    try {
      data = await handle.octokit.graphql(query, variables);
    } catch (error) {
      const partial = error;
      const paths = (partial.errors ?? []).map((e) => e.path ?? []);
      const gateOnly = paths.every(
        (p) => String(p[1]).startsWith("gate") || p[1] === "defaultBranchRef" && p[2] === "rules"
      );
      if (!isGraphqlRefusal(error) || !partial.data?.repository || !gateOnly) throw error;
      data = partial.data;
      for (const p of paths) refused.add(p[1] === "defaultBranchRef" ? "rules" : String(p[1]));
    }
    if (!data.repository) throw repositoryMissing(handle);
    if (files && defaultFiles) {
      const ref = data.repository.defaultBranchRef;
      if (!ref) throw new Error(`${handle.owner}/${handle.repo} has no default branch`);
      handle.nodeId = data.repository.id;
      base = {
        name: ref.name,
        sha: ref.target.oid,
        files: filesOf(ref.target, defaultFiles, ref.name)
      };
      if (gated && !refused.has("rules")) rules = rulesOf(ref);
      handle.seen = {
        base: ref.name,
        sha: ref.target.oid,
        absent: new Set(heads.filter((_, i) => data.repository?.[`branch${i}`] === null)),
        at: performance.now()
      };
    }
    const next = [];
    for (const l of pending) {
      const page = data.repository[l.name];
      if (!page) continue;
      l.pulls.push(...page.nodes.map(fromGraphql));
      const headFiles2 = l.headFiles;
      if (headFiles2 && !refused.has(l.name))
        page.nodes.forEach((node) => {
          const gateNode = node;
          const head = gateNode.headRef?.target;
          evidence.set(
            node.number,
            evidenceOf(
              gateNode,
              head?.oid === node.headRefOid ? head : void 0,
              node.headRefOid,
              headFiles2.paths,
              headFiles2.prefix
            )
          );
        });
      l.pages--;
      if (l.pages > 0 && page.pageInfo.hasNextPage && page.pageInfo.endCursor) {
        l.after = page.pageInfo.endCursor;
        next.push(l);
      }
    }
    waiting = [...next, ...waiting.slice(LISTS_PER_QUERY)];
  }
  const byName = (name) => lists.find((l) => l.name === name)?.pulls ?? [];
  return {
    labelled: byName("labelled"),
    flagged: byName("flagged"),
    open: byName("open"),
    closedOnHeads: lists.filter((l) => l.name.startsWith("head")).flatMap((l) => l.pulls),
    ...base ? { base } : {},
    ...gated ? { evidence } : {},
    ...rules ? { rules } : {}
  };
}
var LISTS_PER_QUERY = 50;
function list(name, filter, first, variables, pages = Infinity) {
  return { name, filter, first, variables, after: null, pulls: [], pages };
}
function fromGraphql(node) {
  return {
    number: node.number,
    nodeId: node.id,
    title: node.title,
    body: node.body,
    state: node.state === "OPEN" ? "open" : "closed",
    merged: node.merged,
    draft: node.isDraft,
    author: node.author ? actorLogin(node.author) : "",
    headRef: node.headRefName,
    headSha: node.headRefOid,
    baseRef: node.baseRefName,
    labels: (node.labels?.nodes ?? []).flatMap((label2) => label2 ? [label2.name] : []),
    url: node.url,
    createdAt: node.createdAt,
    mergedAt: node.mergedAt,
    closedAt: node.closedAt,
    mergeCommitSha: node.mergeCommit?.oid ?? null,
    ...node.editor ? { editor: actorLogin(node.editor) } : {}
  };
}

// src/github/env-repo/pulls.ts
async function findPulls(handle, filter) {
  const pulls = await handle.octokit.paginate(handle.octokit.rest.pulls.list, {
    ...where(handle),
    state: filter.state,
    ...filter.head ? { head: `${handle.owner}:${filter.head}` } : {},
    ...filter.base ? { base: filter.base } : {},
    per_page: 100
  });
  return pulls.map(toPull).filter((pull) => filter.label === void 0 || pull.labels.includes(filter.label));
}
async function openPull(handle, pull) {
  let opened;
  try {
    const { data } = await handle.octokit.rest.pulls.create({
      ...where(handle),
      head: pull.head,
      base: pull.base,
      title: pull.title,
      body: pull.body,
      draft: pull.draft
    });
    opened = toPull(data);
  } catch (error) {
    const existing = status(error) === 422 && /already exists/i.test(details(error)) ? await findPulls(handle, {
      head: pull.head,
      base: pull.base,
      state: "open"
    }) : [];
    if (!existing[0]) throw error;
    opened = existing[0];
  }
  const missing = pull.labels.filter((label2) => !opened.labels.includes(label2));
  if (missing.length === 0) return opened;
  return { ...opened, labels: await addLabels(handle, opened.number, missing) };
}
async function updatePull(handle, number, update) {
  const { data } = await handle.octokit.rest.pulls.update({
    ...where(handle),
    pull_number: number,
    ...update
  });
  return toPull(data);
}
async function getPull(handle, number) {
  const { data } = await handle.octokit.rest.pulls.get({
    ...where(handle),
    pull_number: number
  });
  return {
    ...toPull(data),
    merged: data.merged,
    mergeable: data.mergeable,
    mergeableState: data.mergeable_state,
    autoMerge: data.auto_merge ? {
      method: data.auto_merge.merge_method,
      enabledBy: data.auto_merge.enabled_by.login
    } : null
  };
}
function toPull(data) {
  return {
    number: data.number,
    nodeId: data.node_id,
    title: data.title,
    body: data.body ?? "",
    state: data.state === "open" ? "open" : "closed",
    merged: data.merged_at !== null,
    draft: data.draft ?? false,
    author: data.user?.login ?? "",
    headRef: data.head.ref,
    headSha: data.head.sha,
    baseRef: data.base.ref,
    labels: data.labels.map((label2) => label2.name ?? "").filter(Boolean),
    url: data.html_url,
    createdAt: data.created_at,
    mergedAt: data.merged_at,
    closedAt: data.closed_at,
    mergeCommitSha: data.merge_commit_sha
  };
}

// src/github/env-repo/reviews.ts
async function pullCommits(handle, number) {
  const commits = await handle.octokit.paginate(handle.octokit.rest.pulls.listCommits, {
    ...where(handle),
    pull_number: number,
    per_page: 100
  });
  return commits.map((c) => ({
    sha: c.sha,
    author: c.author?.login ?? null,
    committer: c.committer?.login ?? null,
    verified: c.commit.verification?.verified === true,
    reason: c.commit.verification?.reason ?? "unsigned",
    message: c.commit.message
  }));
}
async function reviews(handle, number) {
  const reviews2 = await handle.octokit.paginate(handle.octokit.rest.pulls.listReviews, {
    ...where(handle),
    pull_number: number,
    per_page: 100
  });
  return reviews2.map((review) => ({
    author: review.user?.login ?? "",
    state: review.state,
    commitId: review.commit_id ?? "",
    submittedAt: review.submitted_at ?? null
  }));
}
async function commitAccounts(handle, sha) {
  const { data } = await handle.octokit.rest.repos.getCommit({ ...where(handle), ref: sha });
  const logins = [data.author?.login, data.committer?.login].filter(
    (login) => !!login && login !== "web-flow"
  );
  return [...new Set(logins)];
}
async function permission(handle, user) {
  try {
    const { data } = await handle.octokit.rest.repos.getCollaboratorPermissionLevel({
      ...where(handle),
      username: user
    });
    return data.permission;
  } catch (error) {
    if (status(error) === 404) return "none";
    throw error;
  }
}
async function changedFiles(handle, number) {
  const files = await handle.octokit.paginate(handle.octokit.rest.pulls.listFiles, {
    ...where(handle),
    pull_number: number,
    per_page: 100
  });
  return files.map((f) => f.filename);
}

// src/github/env-repo.ts
var EnvRepo = class {
  /**
   * @param botLogin the toolkit's own login (the `bot-login` input), when the
   * token cannot tell it: see viewerLogin().
   */
  constructor(client, owner, repo, options = {}) {
    this.owner = owner;
    this.repo = repo;
    this.#handle = { octokit: client.octokit, owner, repo };
    this.#botLogin = options.botLogin || void 0;
  }
  owner;
  repo;
  #handle;
  #botLogin;
  /** The default branch; the read also keeps the repository's node id, which GraphQL mutations name it by. */
  async defaultBranch() {
    const { data } = await this.#handle.octokit.rest.repos.get(where(this.#handle));
    this.#handle.nodeId = data.node_id;
    return data.default_branch;
  }
  readBranch(branch, paths) {
    return readBranch(this.#handle, branch, paths);
  }
  readFiles(ref, paths) {
    return readFiles(this.#handle, ref, paths);
  }
  readFileAt(shas, path) {
    return readFileAt(this.#handle, shas, path);
  }
  commitFiles(change) {
    return commitFiles2(this.#handle, change);
  }
  replaceBranch(change) {
    return replaceBranch(this.#handle, change);
  }
  deleteBranch(branch) {
    return deleteBranch(this.#handle, branch);
  }
  proposeChange(change) {
    return proposeChange(this.#handle, change);
  }
  findPulls(filter) {
    return findPulls(this.#handle, filter);
  }
  pullsByLabelAndHead(label2, heads = [], flag, defaultFiles, gate) {
    return pullsByLabelAndHead(this.#handle, label2, heads, flag, defaultFiles, gate);
  }
  openPull(pull) {
    return openPull(this.#handle, pull);
  }
  updatePull(number, update) {
    return updatePull(this.#handle, number, update);
  }
  getPull(number) {
    return getPull(this.#handle, number);
  }
  gateEvidence(list2) {
    return gateEvidence(this.#handle, list2);
  }
  headFiles(number, sha, paths) {
    return headFiles(this.#handle, number, sha, paths);
  }
  pullCommits(number) {
    return pullCommits(this.#handle, number);
  }
  reviews(number) {
    return reviews(this.#handle, number);
  }
  requiredChecks(branch) {
    return requiredChecks(this.#handle, branch);
  }
  mergeRules(branch, known) {
    return mergeRules(this.#handle, branch, known);
  }
  commitAccounts(sha) {
    return commitAccounts(this.#handle, sha);
  }
  permission(user) {
    return permission(this.#handle, user);
  }
  changedFiles(number) {
    return changedFiles(this.#handle, number);
  }
  checks(sha, required) {
    return checks(this.#handle, sha, required);
  }
  merge(number, options) {
    return merge2(this.#handle, number, options);
  }
  enableAutoMerge(pullNodeId, method, expectedHeadOid) {
    return enableAutoMerge(this.#handle, pullNodeId, method, expectedHeadOid);
  }
  disableAutoMerge(pullNodeId) {
    return disableAutoMerge(this.#handle, pullNodeId);
  }
  addLabels(number, names) {
    return addLabels(this.#handle, number, names);
  }
  removeLabel(number, label2) {
    return removeLabel(this.#handle, number, label2);
  }
  comment(number, body) {
    return comment(this.#handle, number, body);
  }
  upsertComment(number, marker, body, author) {
    return upsertComment(this.#handle, number, marker, body, author);
  }
  deploymentsOf(ref, environment) {
    return deploymentsOf(this.#handle, ref, environment);
  }
  deleteDeployment(id, description) {
    return deleteDeployment(this.#handle, id, description);
  }
  createDeployment(deployment) {
    return createDeployment(this.#handle, deployment);
  }
  firstStatus(status2, pull) {
    return firstStatus(this.#handle, status2, pull);
  }
  statusAndBody(status2, pull) {
    return statusAndBody(this.#handle, status2, pull);
  }
  setDeploymentStatus(id, state, details2) {
    return setDeploymentStatus(this.#handle, id, state, details2);
  }
  firstParentChain(ref, limit) {
    return firstParentChain(this.#handle, ref, limit);
  }
  compare(base, head) {
    return compare(this.#handle, base, head);
  }
  viewerLogin() {
    return viewerLogin(this.#handle, this.#botLogin);
  }
};

// src/train/names.ts
import { createHash } from "node:crypto";
var LABEL = "multiregion";
function serviceLabel(service) {
  return `multiregion:${service}`;
}
function trainLabels(service) {
  return [LABEL, serviceLabel(service)];
}
var PREFIX = "multiregion";
var ROLLBACK = "rollback";
var HASH_LENGTH = 16;
var SLUG_LENGTH = 40;
function canonicalRelease(release, image) {
  const parsed = parseRelease(release, image);
  return "error" in parsed ? release.trim() : pinText(parsed.pin);
}
function releaseHash(release) {
  return createHash("sha256").update(release, "utf8").digest("hex").slice(0, HASH_LENGTH);
}
function slug(release) {
  return release.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/\.{2,}/g, ".").slice(0, SLUG_LENGTH).replace(/^[.-]+/, "") || "release";
}
function branchName(kind, service, region, release, step) {
  const suffix2 = step === void 0 ? "" : `-step${step}`;
  const kindPart = kind === "rollback" ? `${ROLLBACK}/` : "";
  return `${PREFIX}/${kindPart}${service}/${region}/${slug(release)}-${releaseHash(release)}${suffix2}`;
}
var DNS_LABEL = "[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?";
var BRANCH = new RegExp(
  `^${PREFIX}/(?:(${ROLLBACK})/)?(${DNS_LABEL})/(${DNS_LABEL})/[A-Za-z0-9._-]*-([0-9a-f]{${HASH_LENGTH}})(?:-step([1-9][0-9]{0,3}))?$`
);
function parseBranch(ref) {
  const match = BRANCH.exec(ref);
  if (!match) return void 0;
  const [, rollback, service, region, hash, step] = match;
  return {
    kind: rollback ? "rollback" : "promotion",
    service,
    region,
    hash,
    ...step === void 0 ? {} : { step: Number(step) }
  };
}
function branchHolds(ref, kind, service, region, release, step) {
  return ref === branchName(kind, service, region, release, step);
}
function branchPrefixes(service) {
  return [`${PREFIX}/${service}/`, `${PREFIX}/${ROLLBACK}/${service}/`];
}
function prTitle(kind, service, region, to, release, step) {
  const title = kind === "rollback" ? `Roll back ${service} in ${region} to ${to} (undo ${release})` : step === void 0 ? `Promote ${service} ${release} to ${region}` : `Raise ${service}'s DNS weight in ${region} (step ${step} of the ${release} train)`;
  return title.length > 250 ? `${title.slice(0, 249)}\u2026` : title;
}
function releaseBranches(service, release) {
  const steps = service.routing?.shift === void 0 ? 0 : service.train.waves.length - 1;
  return service.regions.flatMap((region) => [
    branchName("promotion", service.name, region, release),
    branchName("rollback", service.name, region, release),
    ...Array.from(
      { length: steps },
      (_, i) => branchName("promotion", service.name, region, release, i + 1)
    )
  ]);
}

// src/train/gates.ts
function evaluateGate(input) {
  const latest = /* @__PURE__ */ new Map();
  for (const review of [...input.reviews].sort((a, b) => a.submittedAt - b.submittedAt)) {
    if (review.state === "COMMENTED" || review.state === "PENDING") continue;
    latest.set(review.author.toLowerCase(), review);
  }
  const notes = [];
  let approvals = 0;
  let blocked = false;
  const pushers = new Set((input.lastPushers ?? []).map((p) => p.toLowerCase()));
  for (const [login, review] of latest) {
    if (review.state === "CHANGES_REQUESTED") {
      if (review.permission === "read" || review.permission === "none") {
        notes.push(
          `${review.author} requested changes but has ${review.permission} access to the repository; only requests from people with write access block`
        );
        continue;
      }
      blocked = true;
      notes.push(`${review.author} requested changes`);
      continue;
    }
    if (review.state !== "APPROVED") continue;
    if (login === input.prAuthor.toLowerCase())
      notes.push(`${review.author} wrote the PR; a self-approval does not count`);
    else if (login === input.botLogin.toLowerCase())
      notes.push(`${review.author} is the toolkit itself; its approval does not count`);
    else if (review.commitId !== input.headSha)
      notes.push(
        `${review.author} approved an older commit (${review.commitId.slice(0, 7)}); approve the current head`
      );
    else if (pushers.has(login))
      notes.push(
        `${review.author} pushed the most recent commit; someone else must approve the most recent push`
      );
    else if (review.permission !== "write" && review.permission !== "admin")
      notes.push(
        `${review.author} has ${review.permission ?? "unknown"} access to the repository; only approvals from people with write access count`
      );
    else approvals++;
  }
  return {
    approvals,
    required: input.required,
    met: !blocked && approvals >= input.required,
    notes
  };
}

// src/train/marker.ts
var MARKER_VERSION = 1;
var START = "<!-- multiregion:train ";
var END = " -->";
function encodeMarker(marker) {
  return `${START}${JSON.stringify(marker).replace(/--/g, "-\\u002d")}${END}`;
}
var KINDS = /* @__PURE__ */ new Set(["promotion", "rollback"]);
var OUTCOMES = /* @__PURE__ */ new Set(["healthy", "degraded", "failed", "timeout", "unreachable"]);
var TIMES = ["opened", "approved", "merged", "synced", "healthy", "resumed"];
function isTimeline(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value;
  return Object.keys(record).every(
    (k) => TIMES.includes(k) && Number.isFinite(record[k])
  );
}
var CHECK_OUTCOMES = /* @__PURE__ */ new Set(["pass", "fail", "inconclusive"]);
function isBake(value) {
  if (typeof value !== "object" || value === null) return false;
  const b = value;
  return CHECK_OUTCOMES.has(b.outcome) && Array.isArray(b.results) && b.results.every(
    (r) => typeof r === "object" && r !== null && typeof r.check === "string" && CHECK_OUTCOMES.has(r.outcome) && typeof r.detail === "string" && (r.value === void 0 || typeof r.value === "number")
  );
}
function isMarker(value) {
  if (typeof value !== "object" || value === null) return false;
  const m = value;
  return m.v === MARKER_VERSION && KINDS.has(m.kind) && typeof m.service === "string" && typeof m.region === "string" && typeof m.release === "string" && Number.isInteger(m.wave) && (m.from === null || typeof m.from === "string") && typeof m.to === "string" && Number.isInteger(m.approvals) && isTimeline(m.times) && (m.outcome === null || OUTCOMES.has(m.outcome)) && (m.mergeCommit === void 0 || typeof m.mergeCommit === "string") && (m.step === void 0 || Number.isInteger(m.step) && m.step > 0) && (m.bake === void 0 || isBake(m.bake)) && (m.held === void 0 || m.held === "setup" || m.held === "sync-window");
}
function markerCount(body) {
  return body ? body.split(START).length - 1 : 0;
}
function decodeMarker(body) {
  if (!body) return void 0;
  const start = body.indexOf(START);
  if (start === -1) return void 0;
  const end = body.indexOf(END, start + START.length);
  if (end === -1) return void 0;
  try {
    const value = JSON.parse(body.slice(start + START.length, end));
    return isMarker(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
function withMarker(body, marker) {
  const start = body.indexOf(START);
  const end = start === -1 ? -1 : body.indexOf(END, start + START.length);
  if (start === -1 || end === -1) return `${body.trimEnd()}

${encodeMarker(marker)}
`;
  return body.slice(0, start) + encodeMarker(marker) + body.slice(end + END.length);
}
var TRAILERS = [
  ["kind", "Multiregion-Kind"],
  ["service", "Multiregion-Service"],
  ["region", "Multiregion-Region"],
  ["release", "Multiregion-Release"],
  ["to", "Multiregion-To"],
  ["from", "Multiregion-From"],
  ["step", "Multiregion-Step"]
];
function commitMessage(title, facts) {
  const lines2 = TRAILERS.flatMap(
    ([key, name]) => facts[key] === void 0 ? [] : [`${name}: ${String(facts[key])}`]
  );
  return `${title}

${lines2.join("\n")}
`;
}
function readCommitFacts(message) {
  const found = /* @__PURE__ */ new Map();
  for (const line of message.split("\n")) {
    const match = /^(Multiregion-[A-Za-z]+): (.*)$/.exec(line.trim());
    if (match) found.set(match[1], match[2]);
  }
  const get = (key) => found.get(TRAILERS.find(([k]) => k === key)[1]);
  const kind = get("kind");
  const [service, region, release, to, from, step] = [
    get("service"),
    get("region"),
    get("release"),
    get("to"),
    get("from"),
    get("step")
  ];
  if (!KINDS.has(kind ?? "") || !service || !region || !release || !to) return void 0;
  if (step !== void 0 && !/^[1-9][0-9]*$/.test(step)) return void 0;
  return {
    kind,
    service,
    region,
    release,
    to,
    ...from ? { from } : {},
    ...step === void 0 ? {} : { step: Number(step) }
  };
}

// src/train/observe.ts
var LABELS = {
  /** On a closed promotion PR: a person left the region out of this train; promote it later. */
  skipped: "multiregion:skipped",
  /** On a failed promotion PR: its release is bad until a person removes the label. */
  bad: "multiregion:bad-release",
  /** On a promotion PR closed because a newer release's train started: not an abort. */
  superseded: "multiregion:superseded",
  /**
   * On a merged PR whose Argo CD wait is held (a sync window, a setup error):
   * the fleet's look finds the service by it, however long the hold lasts.
   */
  held: "multiregion:held"
};
var same = (a, b) => a.toLowerCase() === b.toLowerCase();
var WEB_FLOW = "web-flow";
function notVouched(commit, botLogin) {
  if (!commit.author || !same(commit.author, botLogin)) return commit.author ?? "an unknown author";
  if (!commit.verified || commit.reason !== "valid")
    return `its author is the toolkit's address, but GitHub did not verify its signature (${commit.reason})`;
  if (commit.committer !== WEB_FLOW)
    return `its author is the toolkit's address, but ${commit.committer ?? "an address of no account"} committed and signed it, not GitHub`;
  return void 0;
}
function headDrift(pull, expected) {
  if (pull.state !== "open" || pull.changedFiles === void 0) return void 0;
  if (expected === void 0 || expected.length === 0) return "the train plans no edit for it now";
  if (pull.headFiles === void 0)
    return "its head moved while it was read, or it changes too many files";
  const want = new Map(expected.map((e) => [e.path, e.content]));
  const extra = pull.changedFiles.filter((path) => !want.has(path));
  const differs = [...want].filter(([path, text]) => pull.headFiles.get(path) !== text);
  const problems = [
    ...extra.length > 0 ? [`files the train does not edit: ${extra.join(", ")}`] : [],
    ...differs.length > 0 ? [`not as planned: ${differs.map(([path]) => path).join(", ")}`] : []
  ];
  return problems.length > 0 ? problems.join("; ") : void 0;
}
function interpretPull(pull, service, botLogin, release) {
  if (!same(pull.author, botLogin)) return void 0;
  const id = parseBranch(pull.headRef);
  if (!id || id.service !== service.name) return void 0;
  const holds = (candidate, kind = id.kind, region = id.region, step = id.step) => branchHolds(pull.headRef, kind, service.name, region, candidate, step);
  const problems = [];
  let facts;
  for (const commit of pull.commits ?? []) {
    const short2 = commit.sha.slice(0, 7);
    const why = notVouched(commit, botLogin);
    if (why !== void 0) {
      problems.push(`commit ${short2} on its branch is not the toolkit's own (${why})`);
      continue;
    }
    const stated = readCommitFacts(commit.message);
    if (stated?.service === service.name && holds(stated.release, stated.kind, stated.region, stated.step))
      facts ??= stated;
  }
  if (problems.length > 0) facts = void 0;
  const branchProblems = problems.length;
  let marker = decodeMarker(pull.body);
  if (markerCount(pull.body) > 1)
    problems.push("its body was tampered with: it holds a second marker");
  if (!marker) problems.push("its body was tampered with: its marker was removed or edited");
  else if (marker.service !== service.name || !holds(marker.release, marker.kind, marker.region, marker.step)) {
    problems.push(
      `its body was tampered with: its marker says ${marker.kind} of ${marker.release} in ${marker.region}, but the toolkit opened it as a ${id.kind} in ${id.region}`
    );
    marker = void 0;
  }
  const progress = marker && !pull.merged ? recordedProgress(marker) : void 0;
  if (progress !== void 0)
    problems.push(`its body was tampered with: it records ${progress} on a PR that is not merged`);
  const trusted = marker?.release ?? facts?.release ?? (release !== void 0 && holds(release) ? release : void 0);
  if (trusted === void 0) return void 0;
  marker ??= {
    v: 1,
    kind: id.kind,
    service: service.name,
    region: id.region,
    release: trusted,
    wave: 0,
    from: null,
    to: facts?.to ?? trusted,
    approvals: 0,
    times: {},
    outcome: null,
    ...id.step === void 0 ? {} : { step: id.step }
  };
  return {
    pull,
    marker,
    ...facts ? { facts } : {},
    ...problems.length > 0 ? { untrusted: problems.join("; ") } : {},
    ...problems.length > 0 && problems.length === branchProblems ? { branchOnly: true } : {},
    ...pull.bodyEditor !== void 0 && !same(pull.bodyEditor, botLogin) ? { editedBy: pull.bodyEditor } : {}
  };
}
function recordedProgress(marker) {
  const { merged, synced, healthy, resumed } = marker.times;
  if (marker.outcome !== null) return `an outcome (${marker.outcome})`;
  if (marker.bake !== void 0) return `a metric checks' verdict (${marker.bake.outcome})`;
  if (marker.held !== void 0) return `a held wait (${marker.held})`;
  if ([merged, synced, healthy, resumed].some((time2) => time2 !== void 0) || marker.mergeCommit !== void 0)
    return "times after a merge";
  return void 0;
}
function trainPulls(snapshot2) {
  return snapshot2.pulls.flatMap(
    (pull) => interpretPull(pull, snapshot2.service, snapshot2.botLogin, snapshot2.release) ?? []
  ).sort((a, b) => b.pull.number - a.pull.number);
}
function toObservedPr(p, required, botLogin, image, expected) {
  const { pull, marker } = p;
  const pr = {
    number: pull.number,
    state: pull.merged ? "merged" : pull.state,
    headSha: pull.headSha,
    gate: evaluateGate({
      reviews: pull.reviews,
      headSha: pull.headSha,
      prAuthor: pull.author,
      botLogin,
      required: Math.max(required, pull.rulesApprovals ?? 0),
      lastPushers: pull.lastPushers ?? []
    }),
    checks: pull.checks,
    autoMerge: pull.autoMerge,
    marker
  };
  if (pull.staleApprovalsDropped) pr.autoMergeSafe = true;
  if (p.untrusted) pr.untrusted = p.untrusted;
  if (p.facts?.from !== void 0) pr.from = canonicalRelease(p.facts.from, image);
  if (p.editedBy !== void 0) pr.editedBy = p.editedBy;
  if (pull.mergeSha !== void 0) pr.mergeSha = pull.mergeSha;
  if (pull.mergedAt !== void 0) pr.mergedAt = pull.mergedAt;
  const drift = headDrift(pull, expected);
  if (drift !== void 0) pr.drift = drift;
  if (pull.state === "open" && expected !== void 0 && expected.length > 0 && (p.untrusted === void 0 ? drift !== void 0 : p.branchOnly === true) && // A rollback's target is what its toolkit commit states; the body's copy is a person's to edit.
  (p.marker.kind === "promotion" || p.facts !== void 0 && p.facts.to === p.marker.to))
    pr.rebuild = true;
  return pr;
}
function badReleases(snapshot2) {
  const bad = /* @__PURE__ */ new Set();
  for (const p of trainPulls(snapshot2))
    if (p.pull.labels.includes(LABELS.bad))
      bad.add(canonicalRelease(p.marker.release, snapshot2.service.image));
  return bad;
}
function rollbackGate(snapshot2, p, planned, bad) {
  const target = p.facts && canonicalRelease(p.facts.to, snapshot2.service.image);
  if (target === void 0) return { required: planned.approvals };
  if (bad.has(target))
    return {
      required: planned.approvals,
      refused: `it rolls ${planned.name} back to ${target}, a release recorded bad`
    };
  return snapshot2.history?.get(planned.name)?.has(target) ? { required: snapshot2.platform.rollbackApprovals } : { required: planned.approvals };
}
function closedWith(pull, label2) {
  return pull !== void 0 && pull.state === "closed" && !pull.merged && pull.labels.includes(label2);
}
function routingOnly(planned) {
  return planned.edits.length > 0 && planned.edits.every((e) => !/^images?[[.]/.test(e.field));
}
function toObserved(snapshot2) {
  const image = snapshot2.service.image;
  const release = canonicalRelease(snapshot2.release, image);
  const pulls = trainPulls(snapshot2);
  const bad = badReleases(snapshot2);
  const ofRelease = (kind, region) => pulls.filter(
    (p) => p.marker.kind === kind && p.marker.region === region && canonicalRelease(p.marker.release, image) === release
  );
  const inProgress = (p) => p.pull.state === "open" || p.pull.merged && p.marker.outcome === null;
  const lastWave = Math.max(0, ...snapshot2.plan.regions.map((r) => r.wave));
  const regions = snapshot2.plan.regions.flatMap((planned) => {
    const promotion = ofRelease("promotion", planned.name).find((p) => p.marker.step === void 0);
    const rollback = ofRelease("rollback", planned.name)[0] ?? pulls.find(
      (p) => p.marker.kind === "rollback" && p.marker.region === planned.name && inProgress(p)
    );
    const region = {
      region: planned.name,
      wave: planned.wave,
      planned: planned.action,
      current: planned.current === null ? null : canonicalRelease(planned.current, image),
      skipped: closedWith(promotion?.pull, LABELS.skipped)
    };
    if (closedWith(promotion?.pull, LABELS.superseded)) region.superseded = true;
    const expected = (p) => snapshot2.expectedEdits?.get(p.pull.number);
    if (promotion)
      region.promotion = toObservedPr(
        promotion,
        planned.approvals,
        snapshot2.botLogin,
        image,
        expected(promotion)
      );
    if (rollback) {
      const gate = rollbackGate(snapshot2, rollback, planned, bad);
      region.rollback = toObservedPr(
        gate.refused ? {
          pull: rollback.pull,
          marker: rollback.marker,
          ...rollback.facts ? { facts: rollback.facts } : {},
          untrusted: [rollback.untrusted, gate.refused].filter(Boolean).join("; ")
        } : rollback,
        gate.required,
        snapshot2.botLogin,
        image,
        expected(rollback)
      );
    }
    const steps = ofRelease("promotion", planned.name).filter((p) => p.marker.step !== void 0).sort((a, b) => a.marker.step - b.marker.step).map((p) => ({
      region: planned.name,
      wave: p.marker.wave,
      planned: "promote",
      skipped: closedWith(p.pull, LABELS.skipped),
      step: p.marker.step,
      promotion: toObservedPr(p, planned.approvals, snapshot2.botLogin, image, expected(p))
    }));
    const healthy = (r) => r.promotion?.state === "merged" && r.promotion.marker.outcome === "healthy";
    const next = steps.length + 1;
    const due = snapshot2.service.routing?.shift !== void 0 && healthy(region) && steps.every(healthy) && routingOnly(planned) && planned.wave + next <= lastWave;
    if (due)
      steps.push({
        region: planned.name,
        wave: planned.wave + next,
        planned: "promote",
        skipped: false,
        step: next
      });
    return [region, ...steps];
  });
  return {
    now: snapshot2.now,
    service: snapshot2.service.name,
    release,
    train: snapshot2.service.train,
    regions,
    badReleases: bad,
    mergeMode: snapshot2.mergeMode
  };
}

// src/github/train-port.ts
function statusText(description) {
  return description.length > 140 ? `${description.slice(0, 139)}\u2026` : description;
}
var MAX_FILES_READ = 50;
function time(iso) {
  return iso === null ? void 0 : Date.parse(iso);
}
function pushersOf(commits, head) {
  const commit = commits.find((c) => c.sha === head);
  if (!commit) return void 0;
  const logins = [commit.author, commit.committer].filter(
    (login) => !!login && login !== "web-flow"
  );
  return [...new Set(logins)];
}
function gitHubPort(env, options) {
  let login;
  const pullIds = /* @__PURE__ */ new Map();
  const deploymentIds = /* @__PURE__ */ new Map();
  const snapshotOf2 = async (pull, required, permissions, evidence) => {
    const snapshot2 = {
      number: pull.number,
      state: pull.state,
      merged: pull.merged,
      headSha: pull.headSha,
      headRef: pull.headRef,
      author: pull.author,
      labels: pull.labels,
      body: pull.body,
      autoMerge: false,
      reviews: [],
      checks: "success"
    };
    const mergedAt = time(pull.mergedAt);
    if (mergedAt !== void 0) snapshot2.mergedAt = mergedAt;
    if (pull.mergeCommitSha) snapshot2.mergeSha = pull.mergeCommitSha;
    if (pull.editor) snapshot2.bodyEditor = pull.editor;
    if (pull.state !== "open" || pull.gateless) return snapshot2;
    const listed = env.pullCommits(pull.number);
    listed.catch(() => void 0);
    const gate = await evidence;
    if (gate?.reviews?.some((r) => r.state === "APPROVED" && r.commitId === pull.headSha))
      void required(pull.baseRef).catch(() => void 0);
    const commits = await listed;
    const reviews2 = gate?.reviews ?? await env.reviews(pull.number);
    snapshot2.commits = commits;
    snapshot2.reviews = reviews2.map((r) => ({
      author: r.author,
      state: r.state,
      commitId: r.commitId,
      submittedAt: time(r.submittedAt) ?? 0
    }));
    const approvers = reviews2.filter((r) => r.state === "APPROVED" && r.commitId === pull.headSha);
    if (approvers.length === 0) return snapshot2;
    const canPush = new Map(
      reviews2.flatMap((r) => r.canPush === void 0 ? [] : [[r.author.toLowerCase(), r.canPush]])
    );
    const permissionOf = (user) => {
      const key = user.toLowerCase();
      if (canPush.get(key) === true) return Promise.resolve("write");
      if (!permissions.has(key)) permissions.set(key, env.permission(user));
      return permissions.get(key);
    };
    const deciding = [
      ...new Set(
        reviews2.filter((r) => approvers.includes(r) || r.state === "CHANGES_REQUESTED").map((r) => r.author.toLowerCase())
      )
    ];
    const rules = required(pull.baseRef);
    const [checks2, pushers, changed, granted, { approvals, staleApprovalsDropped }] = await Promise.all([
      rules.then(
        (r) => gate?.checks ? decideChecks(gate.checks, r) : env.checks(pull.headSha, r)
      ),
      pushersOf(commits, pull.headSha) ?? env.commitAccounts(pull.headSha),
      gate?.files ?? env.changedFiles(pull.number),
      Promise.all(deciding.map((login2) => permissionOf(login2))),
      rules
    ]);
    if (approvals > 0) snapshot2.rulesApprovals = approvals;
    if (staleApprovalsDropped) snapshot2.staleApprovalsDropped = true;
    const permission2 = new Map(deciding.map((login2, i) => [login2, granted[i]]));
    snapshot2.reviews = snapshot2.reviews.map((r) => {
      const level = permission2.get(r.author.toLowerCase());
      const decides = r.state === "CHANGES_REQUESTED" || r.state === "APPROVED" && r.commitId === pull.headSha;
      return decides && level !== void 0 ? { ...r, permission: level } : r;
    });
    snapshot2.checks = checks2.state;
    snapshot2.lastPushers = pushers;
    snapshot2.changedFiles = changed;
    const many = changed.length > MAX_FILES_READ;
    const early = gate?.head;
    const read = !many && early && changed.every((path) => early.paths.has(path)) ? {
      files: new Map(
        changed.flatMap((p) => early.files.has(p) ? [[p, early.files.get(p)]] : [])
      ),
      headSha: early.headSha,
      autoMerge: early.autoMerge
    } : await env.headFiles(pull.number, pull.headSha, many ? [] : changed);
    if (!many && read.headSha === pull.headSha) snapshot2.headFiles = read.files;
    snapshot2.autoMerge = read.autoMerge;
    return snapshot2;
  };
  const gateAll = (service, {
    labelled,
    flagged,
    open,
    closedOnHeads,
    evidence: known,
    rules: baseRules,
    base: defaultBranch
  }, headPaths, gates = true) => {
    const prefixes = branchPrefixes(service);
    const byNumber = new Map(labelled.map((pull) => [pull.number, pull]));
    for (const pull of flagged)
      if (pull.labels.includes(serviceLabel(service))) byNumber.set(pull.number, pull);
    for (const pull of [...open, ...closedOnHeads])
      if (prefixes.some((prefix) => pull.headRef.startsWith(prefix))) byNumber.set(pull.number, pull);
    const pulls = [...byNumber.values()];
    for (const pull of pulls) pullIds.set(pull.number, pull.nodeId);
    const required = /* @__PURE__ */ new Map();
    const evidence = env.gateEvidence(
      pulls.filter((p) => gates && p.state === "open" && !known?.has(p.number)).map((p) => headPaths ? { ...p, paths: headPaths(p.headRef) } : p)
    );
    const requiredOf = (base) => {
      if (!required.has(base))
        required.set(
          base,
          env.mergeRules(
            base,
            base === defaultBranch?.name && baseRules ? Promise.resolve(baseRules) : evidence.then((e) => e.rules.get(base))
          )
        );
      return required.get(base);
    };
    const permissions = /* @__PURE__ */ new Map();
    return Promise.all(
      pulls.map(
        (p) => snapshotOf2(
          gates ? p : { ...p, gateless: true },
          requiredOf,
          permissions,
          // Only open PRs wait on it, so a failed query is never left unhandled by a closed one.
          p.state !== "open" ? Promise.resolve(void 0) : known?.has(p.number) ? Promise.resolve(known.get(p.number)) : evidence.then((e) => e.pulls.get(p.number))
        )
      )
    );
  };
  return {
    async botLogin() {
      login ??= await env.viewerLogin();
      if (!login)
        throw new Error(
          "Cannot tell which identity the token belongs to, so its own approvals could count. Set the bot-login input (or --bot-login) to the GitHub App bot login, such as my-app[bot]."
        );
      return login;
    },
    defaultBranch: () => env.defaultBranch(),
    readFiles: (ref, paths) => env.readFiles(ref, paths),
    readBranch: (branch, paths) => env.readBranch(branch, paths),
    deleteBranch: (branch) => env.deleteBranch(branch),
    async observe(service, branches, paths, headPaths) {
      const lists = await env.pullsByLabelAndHead(
        serviceLabel(service),
        branches,
        LABELS.bad,
        paths,
        headPaths ? { paths: headPaths } : void 0
      );
      const { name, sha, files } = lists.base;
      return {
        base: name,
        read: { sha, files },
        pulls: await gateAll(service, lists, headPaths)
      };
    },
    async trainPulls(service, branches = [], options2 = {}) {
      return gateAll(
        service,
        await env.pullsByLabelAndHead(serviceLabel(service), branches, LABELS.bad),
        void 0,
        options2.gates !== false
      );
    },
    pullCommits: (number) => env.pullCommits(number),
    async firstParentHistory(ref, path, limit) {
      const chain = await env.firstParentChain(ref, limit);
      const texts = await env.readFileAt(chain, path);
      return chain.flatMap((sha) => texts.get(sha) ?? []);
    },
    async commitFiles(input) {
      const { commitSha, baseMoved, conflict } = await env.commitFiles(input);
      return baseMoved ? { commitSha, baseMoved } : conflict ? { commitSha, conflict } : { commitSha };
    },
    async replaceBranch(input) {
      const { commitSha, baseMoved } = await env.replaceBranch(input);
      return baseMoved ? { commitSha, baseMoved } : { commitSha };
    },
    async proposeChange(input) {
      const proposal = await env.proposeChange({ ...input, draft: false });
      if (!proposal.opened) return proposal.baseMoved ? { baseMoved: true } : void 0;
      await env.addLabels(proposal.number, input.labels);
      return proposal.staleBase ? { number: proposal.number, commitSha: proposal.commitSha, staleBase: true } : { number: proposal.number, commitSha: proposal.commitSha };
    },
    async findOpenPull(head) {
      const [pull] = await env.findPulls({ head, state: "open" });
      return pull ? { number: pull.number } : void 0;
    },
    async openPull(input) {
      const pull = await env.openPull({ ...input, draft: false });
      return { number: pull.number };
    },
    async updateBody(number, body) {
      await env.updatePull(number, { body });
    },
    async merge(number, sha) {
      const result = await env.merge(number, { sha, method: options.method });
      return result.merged ? { merged: true, sha: result.sha } : { merged: false, reason: result.message };
    },
    async enableAutoMerge(number, sha) {
      const pull = await env.getPull(number);
      const result = await env.enableAutoMerge(pull.nodeId, options.method, sha);
      if (!result.enabled && !result.headMoved)
        await env.merge(number, { sha, method: options.method });
    },
    async disableAutoMerge(number) {
      const pull = await env.getPull(number);
      if (pull.autoMerge) await env.disableAutoMerge(pull.nodeId);
    },
    removeLabel: (number, label2) => env.removeLabel(number, label2),
    async addLabels(number, labels) {
      await env.addLabels(number, labels);
    },
    async closePull(number, comment2) {
      await env.comment(number, comment2);
      await env.updatePull(number, { state: "closed" });
    },
    async createDeployment({ status: status2, record, ...input }) {
      const created = await env.createDeployment({ ...input, payload: {} });
      deploymentIds.set(created.id, created.nodeId);
      const pullRequestId = record ? pullIds.get(record.pr) : void 0;
      if (record && !pullRequestId) await env.updatePull(record.pr, { body: record.body });
      const same2 = await env.firstStatus(
        {
          deploymentId: created.nodeId,
          state: status2.state,
          description: statusText(status2.description),
          environment: input.environment
        },
        record && pullRequestId ? { pullRequestId, body: record.body } : void 0
      );
      const oldest = same2[0];
      if (oldest === void 0 || oldest === created.id) return { id: created.id };
      await env.deleteDeployment(created.id, `a duplicate of deployment ${oldest}`);
      await env.setDeploymentStatus(oldest, status2.state, {
        description: statusText(status2.description)
      });
      return { id: oldest };
    },
    async setDeploymentStatus(id, state, description) {
      await env.setDeploymentStatus(id, state, { description: statusText(description) });
    },
    async recordOutcome({ deployment, state, description, pr, body }) {
      const deploymentId = deploymentIds.get(deployment);
      const pullRequestId = pullIds.get(pr);
      if (deploymentId && pullRequestId)
        return env.statusAndBody(
          { deploymentId, state, description: statusText(description) },
          { pullRequestId, body }
        );
      await env.setDeploymentStatus(deployment, state, { description: statusText(description) });
      await env.updatePull(pr, { body });
    },
    compare: (base, head) => env.compare(base, head),
    requestCount: () => options.counter.snapshot().total
  };
}

// src/commands/fleet.ts
import { readdir } from "node:fs/promises";
import { join } from "node:path";

// src/github/fleet.ts
var PAGE2 = 100;
var LABELS_READ = 20;
var FLEET_QUERY = `query($owner: String!, $repo: String!, $heldLabel: String!, $openAfter: String, $recentAfter: String, $heldAfter: String) {
  repository(owner: $owner, name: $repo) {
    defaultBranchRef { name }
    held: pullRequests(labels: [$heldLabel], first: ${PAGE2}, after: $heldAfter) {
      pageInfo { hasNextPage endCursor }
      nodes { updatedAt headRefName labels(first: ${LABELS_READ}) { nodes { name } } }
    }
    open: pullRequests(states: [OPEN], first: ${PAGE2}, after: $openAfter) {
      pageInfo { hasNextPage endCursor }
      nodes { updatedAt headRefName labels(first: ${LABELS_READ}) { nodes { name } } }
    }
    recent: pullRequests(states: [CLOSED, MERGED], first: ${PAGE2}, after: $recentAfter, orderBy: { field: UPDATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { updatedAt headRefName labels(first: ${LABELS_READ}) { nodes { name } } }
    }
  }
}`;
async function readFleet(client, owner, repo, since) {
  const active = /* @__PURE__ */ new Map();
  let defaultBranch;
  let openAfter = null;
  let recentAfter = null;
  let heldAfter = null;
  let openDone = false;
  let recentDone = false;
  let heldDone = false;
  let pages = 0;
  while (!openDone || !recentDone || !heldDone) {
    pages++;
    const data = await client.octokit.graphql(FLEET_QUERY, {
      owner,
      repo,
      heldLabel: LABELS.held,
      openAfter,
      recentAfter,
      heldAfter
    });
    const repository = data.repository;
    if (!repository) throw new Error(`${owner}/${repo} does not exist or the token cannot read it`);
    if (!repository.defaultBranchRef)
      throw new Error(`${owner}/${repo} has no default branch: it is empty`);
    defaultBranch = repository.defaultBranchRef.name;
    if (!openDone) {
      for (const node of repository.open.nodes) mark(active, node, "open");
      openDone = !repository.open.pageInfo.hasNextPage;
      openAfter = repository.open.pageInfo.endCursor ?? openAfter;
    }
    if (!heldDone) {
      for (const node of repository.held.nodes) mark(active, node, "held");
      heldDone = !repository.held.pageInfo.hasNextPage;
      heldAfter = repository.held.pageInfo.endCursor ?? heldAfter;
    }
    if (!recentDone) {
      const fresh = repository.recent.nodes.filter((n) => Date.parse(n.updatedAt) >= since);
      for (const node of fresh) mark(active, node, "recent");
      recentDone = !repository.recent.pageInfo.hasNextPage || fresh.length < repository.recent.nodes.length;
      recentAfter = repository.recent.pageInfo.endCursor ?? recentAfter;
    }
  }
  return { defaultBranch, active, pages };
}
function mark(active, node, why) {
  const branch = parseBranch(node.headRefName);
  const names = (node.labels?.nodes ?? []).map((l) => l.name);
  if (branch) names.push(serviceLabel(branch.service));
  for (const name of names) if (active.get(name) !== "open") active.set(name, why);
}

// src/train/decide.ts
var RESYNC_MS = 12e4;
var FAILED = /* @__PURE__ */ new Set(["degraded", "failed", "timeout"]);
function isComplete(o, r) {
  if (r.skipped) return true;
  if (r.promotion)
    return r.promotion.state === "merged" && r.promotion.marker.outcome === "healthy" && (!bakeChecked(o, r) || r.promotion.marker.bake?.outcome === "pass");
  return r.planned === "current";
}
function bakeChecked(o, r) {
  return (o.train.checks?.length ?? 0) > 0 && r.step === void 0;
}
function hasFailed(r) {
  const m = r.promotion?.state === "merged" ? r.promotion.marker : void 0;
  return m !== void 0 && (FAILED.has(m.outcome) || m.bake?.outcome === "fail");
}
function failure(r) {
  const m = r.promotion.marker;
  if (m.bake?.outcome !== "fail") return `${r.region} (${m.outcome})`;
  const failed = m.bake.results.filter((c) => c.outcome === "fail");
  return `${r.region} (metric checks failed: ${failed.map((c) => `${c.check} ${c.detail}`).join("; ")})`;
}
function bakeStep(o, r, pr) {
  if (pr.state !== "merged" || pr.marker.outcome !== "healthy" || !bakeChecked(o, r)) return;
  if (pr.marker.bake !== void 0) return;
  const bakedAt = (pr.marker.times.healthy ?? o.now) + o.train.bakeSeconds * 1e3;
  if (o.now < bakedAt)
    return {
      type: "wait",
      region: r.region,
      until: bakedAt,
      reason: `${r.region} bakes ${o.train.bakeSeconds}s before its metric checks decide it`
    };
  return { type: "evaluate-checks", region: r.region, pr: pr.number };
}
function reverseWaveOrder(regions) {
  return regions.map((r, i) => ({ r, i })).sort((a, b) => b.r.wave - a.r.wave || b.i - a.i).map((x) => x.r);
}
function advancePr(o, r, pr, kind) {
  if (pr.state === "merged") {
    const mergedAt = pr.marker.held !== void 0 ? o.now : pr.marker.times.resumed ?? pr.marker.times.merged ?? pr.mergedAt ?? o.now;
    if (!pr.mergeSha)
      return {
        type: "wait",
        region: r.region,
        reason: `PR #${pr.number} is merged; waiting for GitHub to report its merge commit`
      };
    return {
      type: "wait-health",
      kind,
      region: r.region,
      pr: pr.number,
      revision: pr.mergeSha,
      // A wait that starts past its deadline (a killed run, a late timer) still gets one controller
      // resync period: one look at a mid-sync app is no verdict on the release.
      deadline: Math.max(mergedAt + o.train.timeoutSeconds * 1e3, o.now + RESYNC_MS)
    };
  }
  if (pr.rebuild)
    return {
      type: "rebuild-branch",
      kind,
      region: r.region,
      pr: pr.number,
      reason: [pr.untrusted, pr.drift === void 0 ? void 0 : `its head: ${pr.drift}`].filter(Boolean).join("; ")
    };
  if (pr.untrusted) {
    const also = [...pr.drift !== void 0 ? [`its head: ${pr.drift}`] : [], ...pr.gate.notes];
    return {
      type: "wait",
      region: r.region,
      reason: `warning: PR #${pr.number} is never merged by the train: ${pr.untrusted}${also.length > 0 ? `; ${also.join("; ")}` : ""} (it has ${pr.gate.approvals} of ${pr.gate.required} approvals on its head commit). Undo the change (a PR body's earlier text is in its edit history), or close it: a closed PR halts the train for a person to decide.`
    };
  }
  if (pr.drift !== void 0)
    return {
      type: "wait",
      region: r.region,
      reason: `PR #${pr.number} does not hold exactly the edits the train plans for ${r.region} (${pr.drift}); it is never merged like this. Closing it aborts ${r.region} and halts the train for a person to decide.`
    };
  if (!pr.gate.met) {
    const notes = pr.gate.notes.length > 0 ? ` (${pr.gate.notes.join("; ")})` : "";
    return {
      type: "wait",
      region: r.region,
      reason: `PR #${pr.number} has ${pr.gate.approvals} of ${pr.gate.required} approvals on its head commit${notes}`
    };
  }
  if (pr.checks !== "success") {
    return {
      type: "wait",
      region: r.region,
      reason: `PR #${pr.number}'s required checks are ${pr.checks === "failure" ? "failing" : "not finished"}`
    };
  }
  if (o.mergeMode === "auto-merge" && pr.autoMergeSafe) {
    return pr.autoMerge ? {
      type: "wait",
      region: r.region,
      reason: `PR #${pr.number} is approved; auto-merge or the merge queue will merge it`
    } : { type: "enable-auto-merge", kind, region: r.region, pr: pr.number, sha: pr.headSha };
  }
  return { type: "merge", kind, region: r.region, pr: pr.number, sha: pr.headSha };
}
function rollBack(o, targets, why) {
  const actions = [];
  let blockedByEarlier = false;
  for (const r of targets) {
    const from = r.promotion?.from ?? null;
    if (!r.rollback) {
      if (from !== null && r.current === from) continue;
      if (from === null) {
        actions.push({
          type: "halt",
          reason: `${r.region} cannot be rolled back: the version before ${o.release} is unknown. Roll it back by hand with multiregion rollback --region ${r.region} --to <version>.`
        });
        continue;
      }
      actions.push({
        type: "open-rollback",
        region: r.region,
        wave: r.wave,
        to: from,
        reason: why
      });
      blockedByEarlier = true;
      continue;
    }
    const rb = r.rollback;
    if (rb.state === "closed") {
      actions.push({
        type: "halt",
        reason: `rollback PR #${rb.number} for ${r.region} was closed without merge; a person must decide what ${r.region} runs`
      });
      blockedByEarlier = true;
      continue;
    }
    if (rb.state === "merged" && rb.marker.outcome === "healthy") continue;
    if (rb.state === "merged" && rb.marker.outcome !== null) {
      actions.push({
        type: "halt",
        reason: `rollback of ${r.region} to ${rb.marker.to} ended ${rb.marker.outcome}; rollbacks are never rolled back, so a person must take over`
      });
      blockedByEarlier = true;
      continue;
    }
    if (blockedByEarlier) {
      actions.push({
        type: "wait",
        region: r.region,
        reason: `rollback PR #${rb.number} waits for the later waves' rollbacks`
      });
      continue;
    }
    actions.push(advancePr(o, r, rb, "rollback"));
    blockedByEarlier = true;
  }
  return actions;
}
function recover(o, failed) {
  const actions = [];
  const names = failed.map(failure).join(", ");
  if (!o.badReleases.has(o.release))
    actions.push({ type: "record-bad-release", reason: `${o.release} failed in ${names}` });
  for (const r of o.regions)
    if (r.promotion?.state === "open")
      actions.push({
        type: "close-promotion",
        region: r.region,
        pr: r.promotion.number,
        reason: `${o.release} failed in ${names}`
      });
  const failedRegions = new Set(failed.map((r) => r.region));
  const targets = reverseWaveOrder(
    o.regions.filter(
      (r) => r.step === void 0 && (failedRegions.has(r.region) || o.train.onFailure === "rollback" && r.promotion?.state === "merged")
    )
  );
  if (o.train.onFailure === "halt" && targets.length === 0)
    return {
      state: "halted",
      actions: [...actions, { type: "halt", reason: `${o.release} failed in ${names}` }]
    };
  actions.push(...rollBack(o, targets, `${o.release} failed in ${names}`));
  if (!actions.some((a) => a.type !== "record-bad-release"))
    actions.push({
      type: "halt",
      reason: `${o.release} failed in ${names}; every rollback is done`
    });
  return { state: "halted", actions };
}
function decide(o) {
  const started2 = o.regions.some((r) => r.promotion);
  if (o.badReleases.has(o.release) && !started2) {
    return {
      state: "refused",
      actions: [
        {
          type: "halt",
          reason: `${o.release} is recorded as a bad release; a person must clear it before any train promotes it again`
        }
      ]
    };
  }
  const edited = o.regions.filter((r) => r.promotion?.state === "merged" && r.promotion.editedBy);
  if (edited.length > 0)
    return {
      state: "halted",
      actions: edited.map((r) => ({
        type: "halt",
        reason: `PR #${r.promotion.number}'s body, where the train records what Argo CD reported for ${r.region}, was last edited by ${r.promotion.editedBy}, not the toolkit; the train never goes on from an outcome a person can edit. Run multiregion reconcile --resume to have it ask Argo CD again.`
      }))
    };
  const failed = o.regions.filter(hasFailed);
  if (failed.length > 0) return recover(o, failed);
  const manual = o.regions.filter((r) => r.rollback);
  if (manual.length > 0) {
    const actions2 = rollBack(o, reverseWaveOrder(manual), "a manual rollback");
    return {
      state: "halted",
      actions: actions2.length > 0 ? actions2 : [
        {
          type: "halt",
          reason: `${manual.map((r) => r.region).join(", ")} rolled back by hand; ${o.release} promotes no further until a person starts a new train`
        }
      ]
    };
  }
  const halts = [];
  for (const r of o.regions) {
    const pr = r.promotion;
    if (r.superseded) {
      halts.push({
        type: "halt",
        reason: `a newer release's train took over ${r.region}; ${o.release} promotes no further`
      });
      continue;
    }
    if (pr?.state === "closed" && !r.skipped)
      halts.push({
        type: "halt",
        reason: `promotion PR #${pr.number} for ${r.region} was closed without merge: ${r.region} is aborted and the train halts. Reopen the PR, or skip ${r.region} and promote it later.`
      });
    if (pr?.marker.outcome === "unreachable")
      halts.push({
        type: "halt",
        reason: `Argo CD could not be reached for ${r.region}, or did not have its Application, before the timeout; the train never promotes on unknown health. Check Argo CD (and the app name platform.yaml gives), then run multiregion reconcile --resume to wait again.`
      });
    const bake = pr?.state === "merged" ? pr.marker.bake : void 0;
    if (bake?.outcome === "inconclusive")
      halts.push({
        type: "halt",
        reason: `the metric checks of ${r.region} were inconclusive when its bake ended (${bake.results.filter((c) => c.outcome === "inconclusive").map((c) => `${c.check}: ${c.detail}`).join(
          "; "
        )}); the train never promotes on checks that proved nothing. Fix the query or the region's Prometheus, then run multiregion reconcile --resume to check again.`
      });
  }
  if (halts.length > 0) return { state: "halted", actions: halts };
  const waves = [...new Set(o.regions.map((r) => r.wave))].sort((a, b) => a - b);
  const current = waves.find((w) => o.regions.some((r) => r.wave === w && !isComplete(o, r)));
  if (current === void 0) return { state: "done", actions: [] };
  const inWave = o.regions.filter((r) => r.wave === current && !isComplete(o, r));
  const blocked = inWave.filter((r) => r.planned === "blocked" && !r.promotion);
  if (blocked.length > 0) {
    return {
      state: "halted",
      actions: blocked.map((r) => ({
        type: "halt",
        reason: `${r.region} cannot be promoted: the plan has an error finding for it (run multiregion plan to see it)`
      }))
    };
  }
  const earlier = o.regions.filter(
    (r) => r.wave < current && r.promotion?.marker.times.healthy !== void 0
  );
  const lastHealthy = Math.max(-Infinity, ...earlier.map((r) => r.promotion.marker.times.healthy));
  const bakedAt = lastHealthy + o.train.bakeSeconds * 1e3;
  if (inWave.some((r) => !r.promotion) && o.now < bakedAt) {
    return {
      state: "waiting",
      actions: [
        {
          type: "wait",
          until: bakedAt,
          reason: `wave ${current} opens after the previous wave has baked ${o.train.bakeSeconds}s`
        }
      ]
    };
  }
  const actions = inWave.map(
    (r) => r.promotion ? bakeStep(o, r, r.promotion) ?? advancePr(o, r, r.promotion, "promotion") : {
      type: "open-promotion",
      region: r.region,
      wave: current,
      ...r.step === void 0 ? {} : { step: r.step }
    }
  );
  return { state: actions.every((a) => a.type === "wait") ? "waiting" : "running", actions };
}

// src/train/refusals.ts
function onceKey(type, id) {
  const kind = type === "rebuild-branch" ? "rebuild" : type === "wait-health" ? "wait" : type === "open-promotion" ? "open" : "merge";
  return `${kind}:${id}`;
}
function openKey(action) {
  return `${action.region}#${action.step ?? 0}`;
}
function refusalKey(action) {
  switch (action.type) {
    case "merge":
    case "enable-auto-merge":
    case "rebuild-branch":
    case "wait-health":
      return onceKey(action.type, action.pr);
    case "open-promotion":
      return onceKey(action.type, openKey(action));
    default:
      return void 0;
  }
}
function afterRefusals(decision, refused) {
  if (refused.size === 0) return decision;
  const actions = decision.actions.map((a) => {
    const key = refusalKey(a);
    const reason = key === void 0 ? void 0 : refused.get(key);
    return reason === void 0 || !("region" in a) ? a : { type: "wait", region: a.region, reason };
  });
  const waiting = decision.state === "running" && actions.every((a) => a.type === "wait");
  return { state: waiting ? "waiting" : decision.state, actions };
}

// src/metrics/prometheus.ts
async function instantQuery(baseUrl, query, timeoutMs = 5e3) {
  const url = new URL("api/v1/query", baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`);
  url.searchParams.set("query", query);
  let body;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    body = await response.json();
    if (!response.ok || body.status !== "success")
      return {
        kind: "unavailable",
        reason: `Prometheus at ${url.origin} answered ${response.status}: ${body.error ?? "no error text"}`
      };
  } catch (error) {
    return {
      kind: "unavailable",
      reason: `Prometheus at ${url.origin} did not answer: ${error.message}`
    };
  }
  const data = body.data;
  if (data?.resultType === "scalar")
    return { kind: "values", values: [Number(data.result[1])] };
  const samples = data?.result ?? [];
  return {
    kind: "values",
    values: samples.flatMap((s) => s.value ? [Number(s.value[1])] : [])
  };
}
function regionQuery(check, region) {
  return check.query.replaceAll("{region}", region);
}

// src/metrics/verdict.ts
function judge(check, answer) {
  if (answer.kind === "unavailable")
    return { check: check.name, outcome: "inconclusive", detail: answer.reason };
  const values = answer.values.filter((v) => !Number.isNaN(v));
  if (values.length === 0)
    return {
      check: check.name,
      outcome: "inconclusive",
      detail: `${check.query} returned no data`
    };
  const high = Math.max(...values);
  const low = Math.min(...values);
  if (check.max !== void 0 && high > check.max)
    return {
      check: check.name,
      outcome: "fail",
      value: high,
      detail: `${high} is above ${check.max}`
    };
  if (check.min !== void 0 && low < check.min)
    return {
      check: check.name,
      outcome: "fail",
      value: low,
      detail: `${low} is below ${check.min}`
    };
  const value = check.max !== void 0 ? high : low;
  return { check: check.name, outcome: "pass", value, detail: `${value} is within bounds` };
}
function bakeVerdict(results) {
  if (results.some((r) => r.outcome === "fail")) return "fail";
  if (results.some((r) => r.outcome === "inconclusive")) return "inconclusive";
  return "pass";
}

// src/commands/train/context.ts
var TrainRefusal = class extends Error {
};
var BASE_MOVED = "the default branch moved while the train planned; planning again from its new head";
var FAILING_OUTCOMES = /* @__PURE__ */ new Set(["degraded", "failed", "timeout"]);
function releaseOf(ref, service) {
  const release = parseRelease(ref, service.image);
  if ("error" in release) throw new TrainRefusal(release.error);
  return { ...release, ref: pinText(release.pin) };
}
function pullOf(snap, number) {
  const pull = snap.pulls.find((p) => p.number === number);
  if (!pull)
    throw new Error(`PR #${number} vanished between reading and acting; run reconcile again.`);
  return pull;
}

// src/commands/train/snapshot.ts
import { createHash as createHash2 } from "node:crypto";

// src/train/edits.ts
function planFor(service, platform, read, release) {
  return plan({ service, platform, release, files: read.files });
}
function imageOnly(region) {
  return { ...region, edits: region.edits.filter((e) => /^images?[[.]/.test(e.field)) };
}
function expectedEdits(service, platform, read, planned, own) {
  const expected = /* @__PURE__ */ new Map();
  for (const { pull, marker } of own) {
    if (pull.state !== "open") continue;
    let region;
    if (marker.kind === "promotion") region = planned.regions.find((r) => r.name === marker.region);
    else {
      const target = parseRelease(marker.to ?? "", service.image);
      if (!("error" in target))
        region = imageOnly(
          planFor(service, platform, read, target).regions.find((r) => r.name === marker.region) ?? {
            ...planned.regions[0],
            edits: []
          }
        );
    }
    expected.set(
      pull.number,
      (region?.edits ?? []).map((e) => ({ path: e.path, content: e.content }))
    );
  }
  return expected;
}

// src/commands/train/snapshot.ts
var HISTORY_DEPTH = 100;
async function snapshot(ctx, release, botLogin, plans) {
  const { base, read, pulls } = await ctx.github.observe(
    ctx.service.name,
    releaseBranches(ctx.service, release.ref),
    filesToRead(ctx.platform, ctx.service.name, ctx.service.regions),
    (branch) => regionFiles(ctx, branch)
  );
  return { ...await snapshotOf(ctx, release, base, botLogin, read, pulls, plans), pulls, base };
}
function planKey(read, release) {
  const hash = createHash2("sha256").update(release);
  for (const [path, text] of [...read.files].sort(([a], [b]) => a < b ? -1 : 1))
    hash.update(`\0${path}\0${text.length}\0`).update(text);
  return hash.digest("hex");
}
function regionFiles(ctx, branch) {
  const region = parseBranch(branch)?.region;
  if (region === void 0 || !ctx.platform.regions[region]) return [];
  const { folder, candidates } = regionLayout(ctx.platform, ctx.service.name, region);
  return filesToRead(ctx.platform, ctx.service.name, [region]).filter(
    (path) => path.startsWith(`${folder}/`) || candidates.includes(path)
  );
}
async function snapshotOf(ctx, release, base, botLogin, read, pulls, plans) {
  const key = planKey(read, release.ref);
  const planned = plans?.get(key) ?? planFor(ctx.service, ctx.platform, read, release);
  plans?.set(key, planned);
  await readRecoveryCommits(ctx, pulls, release.ref, botLogin);
  const own = trainPulls({ pulls, service: ctx.service, botLogin });
  const rollingBack = new Set(
    own.filter((p) => p.pull.state === "open" && p.marker.kind === "rollback").map((p) => p.marker.region)
  );
  const history = /* @__PURE__ */ new Map();
  for (const region of rollingBack) history.set(region, await regionHistory(ctx, base, region, own));
  const snap = {
    history,
    now: ctx.clock.now(),
    service: ctx.service,
    platform: ctx.platform,
    release: release.ref,
    plan: planned,
    pulls,
    botLogin,
    mergeMode: ctx.mergeMode,
    expectedEdits: expectedEdits(ctx.service, ctx.platform, read, planned, own)
  };
  return { snap, read };
}
async function ownPulls(ctx, botLogin, options) {
  const raw = await ctx.github.trainPulls(ctx.service.name, [], options);
  return { raw, pulls: trainPulls({ pulls: raw, service: ctx.service, botLogin }) };
}
async function regionHistory(ctx, base, region, own) {
  const image = ctx.service.image;
  const ran = new Set(
    own.filter(
      (p) => p.marker.kind === "promotion" && p.marker.region === region && p.pull.merged && p.marker.outcome === "healthy" && p.untrusted === void 0 && p.editedBy === void 0
    ).map((p) => canonicalRelease(p.marker.release, image))
  );
  const layout = regionLayout(ctx.platform, ctx.service.name, region);
  for (const path of layout.candidates) {
    const texts = await ctx.github.firstParentHistory(base, path, HISTORY_DEPTH);
    if (texts.length === 0) continue;
    for (const text of texts) {
      const pin = readPin(text, image, layout.image);
      if (pin !== null) ran.add(canonicalRelease(pin, image));
    }
    break;
  }
  return ran;
}
function readBase(ctx, base) {
  return ctx.github.readBranch(
    base,
    filesToRead(ctx.platform, ctx.service.name, ctx.service.regions)
  );
}
async function planAt(ctx, base, release) {
  const read = await readBase(ctx, base);
  return { plan: planFor(ctx.service, ctx.platform, read, release), sha: read.sha };
}
async function readRecoveryCommits(ctx, pulls, release, botLogin) {
  const merged = trainPulls({ pulls, service: ctx.service, botLogin }).filter(
    (p) => p.pull.merged && p.marker.kind === "promotion" && p.marker.step === void 0 && canonicalRelease(p.marker.release, ctx.service.image) === release
  );
  if (!merged.some(
    (p) => FAILING_OUTCOMES.has(p.marker.outcome ?? "") || p.marker.bake?.outcome === "fail"
  ))
    return;
  await Promise.all(
    merged.map(async (p) => {
      p.pull.commits = await ctx.github.pullCommits(p.pull.number);
    })
  );
}

// src/commands/train/record.ts
async function updateMarker(ctx, pull, change, deployment) {
  const marker = decodeMarker(pull.body);
  const body = marker ? withMarker(pull.body, change(marker)) : void 0;
  if (deployment && body !== void 0)
    await ctx.github.recordOutcome({
      deployment: deployment.id,
      state: deployment.state,
      description: deployment.description,
      pr: pull.number,
      body
    });
  else {
    if (deployment)
      await ctx.github.setDeploymentStatus(deployment.id, deployment.state, deployment.description);
    if (body !== void 0) await ctx.github.updateBody(pull.number, body);
  }
}
function startedRecord(revision, merged) {
  return (m) => m.mergeCommit === revision ? m : {
    ...m,
    mergeCommit: revision,
    outcome: null,
    bake: void 0,
    held: void 0,
    times: {
      ...m.times.opened === void 0 ? {} : { opened: m.times.opened },
      approved: m.times.approved ?? merged,
      merged
    }
  };
}
async function labelFoundByBranch(ctx, snap) {
  const label2 = serviceLabel(ctx.service.name);
  const done = [];
  for (const { pull } of trainPulls(snap)) {
    if (pull.labels.includes(label2)) continue;
    await ctx.github.addLabels(pull.number, trainLabels(ctx.service.name));
    done.push(`labelled PR #${pull.number} ${label2}: it was found by its branch, without the label`);
  }
  return done;
}
async function recordBadRelease({ ctx, snap, observed }, action) {
  const failed = observed.regions.filter(
    (r) => r.promotion?.state === "merged" && (r.promotion.marker.outcome !== "healthy" || r.promotion.marker.bake?.outcome === "fail")
  );
  for (const r of failed)
    await ctx.github.addLabels(r.promotion.number, [LABELS.bad, ...trainLabels(ctx.service.name)]);
  return `recorded ${snap.release} as a bad release: ${action.reason}`;
}
async function resumeUnreachable(ctx, release, botLogin) {
  const done = [];
  for (const { pull, marker, untrusted, editedBy } of (await ownPulls(ctx, botLogin)).pulls) {
    const edited = editedBy !== void 0 && pull.merged;
    if (untrusted || canonicalRelease(marker.release, ctx.service.image) !== release || marker.outcome !== "unreachable" && marker.bake?.outcome !== "inconclusive" && !edited)
      continue;
    if (marker.outcome === "healthy" && marker.bake?.outcome === "inconclusive" && !edited) {
      await ctx.github.updateBody(
        pull.number,
        withMarker(pull.body, { ...marker, bake: void 0 })
      );
      done.push(`evaluates the metric checks of ${marker.region} again (PR #${pull.number})`);
      continue;
    }
    await ctx.github.updateBody(
      pull.number,
      withMarker(pull.body, {
        ...marker,
        outcome: null,
        ...edited ? { bake: void 0, held: void 0 } : {},
        times: { ...marker.times, resumed: ctx.clock.now() }
      })
    );
    done.push(`resumed the Argo CD wait of ${marker.region} (PR #${pull.number})`);
  }
  return done;
}

// src/commands/train/bake.ts
async function evaluateBake({ ctx, snap }, action) {
  const results = await evaluateChecks(ctx, action.region);
  const outcome = bakeVerdict(results);
  await updateMarker(ctx, pullOf(snap, action.pr), (m) => ({ ...m, bake: { outcome, results } }));
  return `${action.region}: metric checks ${outcome} at the end of its bake (${results.map((r) => `${r.check} ${r.outcome}: ${r.detail}`).join("; ")})`;
}
async function evaluateChecks(ctx, region) {
  const url = ctx.platform.regions[region]?.prometheus?.url;
  return Promise.all(
    (ctx.service.train.checks ?? []).map(
      async (check) => judge(
        check,
        url === void 0 ? {
          kind: "unavailable",
          reason: `the platform names no Prometheus for ${region} (regions.${region}.prometheus.url)`
        } : await instantQuery(url, regionQuery(check, region))
      )
    )
  );
}

// src/commands/train/merge.ts
async function mergePr({ ctx, snap, refused }, action) {
  const result = await ctx.github.merge(action.pr, action.sha);
  if (!result.merged) {
    refused.set(
      onceKey("merge", action.pr),
      `GitHub refused to merge PR #${action.pr}: ${result.reason}. The next run tries again.`
    );
    return `PR #${action.pr} was not merged: ${result.reason}`;
  }
  const pull = pullOf(snap, action.pr);
  const editor = pull.bodyEditor?.toLowerCase();
  if (editor !== void 0 && editor !== snap.botLogin.toLowerCase())
    await updateMarker(ctx, pull, startedRecord(result.sha, ctx.clock.now()));
  return `merged ${action.kind} PR #${action.pr} for ${action.region}`;
}
async function enableAutoMerge2({ ctx, snap, refused }, action) {
  await ctx.github.enableAutoMerge(action.pr, action.sha);
  refused.set(
    onceKey("merge", action.pr),
    `PR #${action.pr} was handed to auto-merge in this run; GitHub merges it once its rules pass`
  );
  const now = ctx.clock.now();
  await updateMarker(ctx, pullOf(snap, action.pr), (m) => ({
    ...m,
    times: { ...m.times, approved: m.times.approved ?? now }
  }));
  return `enabled auto-merge on PR #${action.pr} for ${action.region}`;
}
async function closePromotion({ ctx, snap }, action) {
  await ctx.github.disableAutoMerge(action.pr);
  await ctx.github.closePull(
    action.pr,
    `Closed by the train: ${action.reason}. ${snap.release} is recorded as a bad release, so this promotion must not merge; a person clears the ${LABELS.bad} label to promote it again.`
  );
  return `closed promotion PR #${action.pr} for ${action.region}: ${action.reason}`;
}

// src/report/train.ts
function regionStatus(r) {
  if (r.rollback) {
    return r.rollback.state === "merged" && r.rollback.marker.outcome === "healthy" ? "rolled back" : "rolling back";
  }
  if (r.skipped) return "skipped";
  const pr = r.promotion;
  if (!pr)
    return r.planned === "current" ? "already current" : r.planned === "blocked" ? "blocked" : "not started";
  if (pr.state === "closed") return "closed";
  if (pr.state === "open") return pr.gate.met ? "approved" : "PR open";
  if (pr.marker.outcome === null) return "syncing";
  return pr.marker.outcome === "healthy" && pr.marker.bake?.outcome !== "fail" ? "healthy" : "failed";
}
function span(times, from, to) {
  const a = times[from];
  const b = times[to];
  return a === void 0 || b === void 0 ? "\u2013" : formatSeconds(Math.max(0, Math.round((b - a) / 1e3)));
}
function label(r) {
  return r.step === void 0 ? r.region : `${r.region} weight step ${r.step}`;
}
function mermaidId(region) {
  return `r_${region.replace(/[^A-Za-z0-9_]/g, "_")}`;
}
function trainMermaid(observed) {
  const waves = [...new Set(observed.regions.map((r) => r.wave))].sort((a, b) => a - b);
  const lines2 = ["```mermaid", "flowchart LR"];
  for (const wave of waves) {
    lines2.push(`  subgraph wave${wave}["Wave ${wave}"]`);
    for (const r of observed.regions.filter((x) => x.wave === wave)) {
      const status2 = regionStatus(r);
      const css = status2.replace(/[^a-z]/g, "");
      lines2.push(
        `    ${mermaidId(r.step ? `${r.region}_step${r.step}` : r.region)}["${label(r)}<br/>${status2}"]:::${css}`
      );
    }
    lines2.push("  end");
  }
  for (let i = 1; i < waves.length; i++) lines2.push(`  wave${waves[i - 1]} --> wave${waves[i]}`);
  lines2.push(
    "  classDef healthy fill:#dcfce7,stroke:#15803d",
    "  classDef failed fill:#fee2e2,stroke:#b91c1c",
    "  classDef rollingback fill:#fef3c7,stroke:#b45309",
    "  classDef rolledback fill:#fef3c7,stroke:#b45309",
    "  classDef syncing fill:#dbeafe,stroke:#1d4ed8",
    "```"
  );
  return lines2.join("\n");
}
function renderTrainStatus(observed, decision) {
  const rows = observed.regions.map((r) => {
    const pr = r.rollback ?? r.promotion;
    const t = r.promotion?.marker.times ?? {};
    return `| ${r.wave} | ${label(r)} | ${regionStatus(r)} | ${pr ? `#${pr.number}` : "\u2013"} | ${span(t, "opened", "approved")} | ${span(t, "approved", "merged")} | ${span(t, "merged", "healthy")} | ${span(t, "opened", "healthy")} |`;
  });
  const next = decision.actions.length === 0 ? ["Nothing to do."] : decision.actions.map((a) => `- ${describeAction(a)}`);
  const checks2 = observed.regions.flatMap(
    (r) => (r.promotion?.marker.bake?.results ?? []).map(
      (c) => `| ${label(r)} | ${c.check} | ${c.outcome} | ${c.value ?? "\u2013"} | ${c.detail.replaceAll("|", "\\|")} |`
    )
  );
  const bake = checks2.length === 0 ? [] : [
    "### Metric checks at the end of each bake",
    "",
    "| Region | Check | Outcome | Value | Detail |",
    "|---|---|---|---|---|",
    ...checks2,
    ""
  ];
  return [
    `## multiregion train: \`${observed.service}\` \u2192 \`${observed.release}\` (${decision.state})`,
    "",
    trainMermaid(observed),
    "",
    "| Wave | Region | Status | PR | Opened \u2192 approved | Approved \u2192 merged | Merged \u2192 healthy | Lead time |",
    "|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    ...bake,
    "### Next",
    "",
    ...next,
    ""
  ].join("\n");
}
function describeAction(a) {
  switch (a.type) {
    case "open-promotion":
      return `open the promotion PR for ${a.region} (wave ${a.wave})`;
    case "merge":
      return `merge ${a.kind} PR #${a.pr} for ${a.region}`;
    case "enable-auto-merge":
      return `enable auto-merge on ${a.kind} PR #${a.pr} for ${a.region}`;
    case "rebuild-branch":
      return `put ${a.kind} PR #${a.pr}'s branch for ${a.region} back to the train's edits: ${a.reason}`;
    case "wait-health":
      return `wait for Argo CD to sync ${a.revision.slice(0, 7)} in ${a.region} and report Healthy`;
    case "open-rollback":
      return `open a rollback PR for ${a.region} to ${a.to}`;
    case "close-promotion":
      return `close promotion PR #${a.pr} for ${a.region}: ${a.reason}`;
    case "record-bad-release":
      return `record the release as bad: ${a.reason}`;
    case "halt":
      return `halted: ${a.reason}`;
    case "wait":
      return `${a.region ? `${a.region}: ` : ""}${a.reason}`;
    case "evaluate-checks":
      return `evaluate the metric checks of ${a.region} (PR #${a.pr}) against its Prometheus`;
  }
}
function renderPrBody(plan2, region, marker, trainUrl) {
  const waves = plan2.train.waves.length;
  const rollback = marker.kind === "rollback";
  const what = marker.step !== void 0 ? `Raises **${plan2.service.name}**'s DNS weight in **${region.name}**, step ${marker.step} of its weighted shift in the \`${marker.release}\` train (the image is already \`${marker.to}\`).` : rollback ? `Rolls **${plan2.service.name}** in **${region.name}** back from \`${marker.release}\` to \`${marker.to}\`.` : `Promotes **${plan2.service.name}** \`${marker.to}\` to **${region.name}** (${region.location}, ${region.jurisdiction}), from \`${marker.from ?? "unknown"}\`.`;
  const why = rollback ? `Release \`${marker.release}\` failed in this train, so every region it reached is rolled back, later waves first. A rollback is never itself rolled back.` : `Release \`${marker.release}\` of \`${plan2.service.image}\` travels region by region; this is wave ${marker.wave} of ${waves}.`;
  const gates = [
    `- [ ] ${plural(marker.approvals, "approval")} on the head commit, from someone other than the PR's author and the toolkit`,
    "- [ ] the repository's required checks are green",
    `- [ ] after merge, Argo CD app \`${region.argocd.app}\` syncs the merge commit and reports Synced and Healthy within ${formatSeconds(plan2.train.timeoutSeconds)}`,
    ...rollback || marker.wave === waves ? [] : [
      `- [ ] the wave stays healthy for ${formatSeconds(plan2.train.bakeSeconds)} before wave ${marker.wave + 1} opens`
    ]
  ];
  const diffs = region.edits.map((e) => `\`\`\`diff
${e.diff.trimEnd()}
\`\`\``).join("\n\n");
  const body = [
    what,
    "",
    "### Why",
    "",
    why,
    ...trainUrl ? ["", `The train: ${trainUrl}`] : [],
    "",
    "### Gates",
    "",
    ...gates,
    "",
    "### What changes",
    "",
    diffs,
    "",
    "<sub>Opened by multiregion. Merging is done by the train once the gates are met; closing this PR without merging aborts the region and halts the train.</sub>"
  ].join("\n");
  return withMarker(body, marker);
}

// src/train/new-pr.ts
function trainCommit(facts) {
  const title = prTitle(
    facts.kind,
    facts.service,
    facts.region,
    facts.to,
    facts.release,
    facts.step
  );
  return {
    branch: branchName(facts.kind, facts.service, facts.region, facts.release, facts.step),
    title,
    message: commitMessage(title, facts)
  };
}
function openingMarker(fields, now) {
  return {
    v: 1,
    kind: fields.kind,
    service: fields.service,
    region: fields.region,
    release: fields.release,
    wave: fields.wave,
    from: fields.from,
    to: fields.to,
    approvals: fields.approvals,
    times: { opened: now },
    outcome: null,
    ...fields.step === void 0 ? {} : { step: fields.step }
  };
}
function factsOf(marker) {
  return {
    kind: marker.kind,
    service: marker.service,
    region: marker.region,
    release: marker.release,
    to: marker.to,
    ...marker.from === null ? {} : { from: marker.from },
    ...marker.step === void 0 ? {} : { step: marker.step }
  };
}

// src/commands/train/open-pr.ts
async function openPromotion({ ctx, snap, read, base, refused }, action) {
  const region = snap.plan.regions.find((r) => r.name === action.region);
  const problem = await ctx.argo.checkApplication({
    region: region.name,
    server: region.argocd.server,
    app: region.argocd.app,
    paths: [...new Set(region.edits.map((e) => e.path))],
    defaultBranch: base
  });
  if (problem !== void 0) {
    refused.set(onceKey("open-promotion", openKey(action)), problem);
    return `${region.name}: blocked, no PR opened: ${problem}`;
  }
  const marker = openingMarker(
    {
      kind: "promotion",
      service: ctx.service.name,
      region: region.name,
      release: snap.release,
      wave: action.wave,
      from: region.current,
      to: region.target,
      approvals: region.approvals,
      ...action.step === void 0 ? {} : { step: action.step }
    },
    ctx.clock.now()
  );
  const release = releaseOf(snap.release, ctx.service);
  const number = await openPr(
    ctx,
    base,
    read.sha,
    "promotion",
    region,
    snap.plan,
    marker,
    (fresh) => planFor(ctx.service, ctx.platform, fresh, release).regions.find((r) => r.name === region.name)
  );
  if (number === void 0) return `${region.name}: ${BASE_MOVED}`;
  return `opened ${action.step === void 0 ? "promotion" : `weight step ${action.step}`} PR #${number} for ${region.name}`;
}
async function openRollback({ ctx, snap, read, base }, action) {
  const target = planFor(ctx.service, ctx.platform, read, releaseOf(action.to, ctx.service));
  const region = imageOnly(target.regions.find((r) => r.name === action.region));
  if (region.edits.length === 0)
    return `${action.region} already runs ${action.to}; no rollback PR needed`;
  const marker = openingMarker(
    {
      kind: "rollback",
      service: ctx.service.name,
      region: region.name,
      release: snap.release,
      wave: action.wave,
      from: region.current,
      to: action.to,
      approvals: ctx.platform.rollbackApprovals
    },
    ctx.clock.now()
  );
  const to = releaseOf(action.to, ctx.service);
  const number = await openPr(ctx, base, read.sha, "rollback", region, target, marker, (fresh) => {
    const planned = planFor(ctx.service, ctx.platform, fresh, to).regions.find(
      (r) => r.name === action.region
    );
    return planned && imageOnly(planned);
  });
  if (number === void 0) return `${region.name}: ${BASE_MOVED}`;
  return `opened rollback PR #${number} for ${region.name} to ${action.to}`;
}
async function rebuildBranch({ ctx, snap, read, base, refused }, action) {
  refused.set(
    onceKey("rebuild-branch", action.pr),
    `PR #${action.pr}'s branch was put back to the train's edits in this run; its new head needs fresh approvals`
  );
  const own = trainPulls(snap).find((p) => p.pull.number === action.pr);
  const files = snap.expectedEdits?.get(action.pr);
  if (!own || !files || files.length === 0) return void 0;
  const { marker } = own;
  const planned = snap.plan.regions.find((r) => r.name === marker.region);
  const to = marker.kind === "rollback" ? own.facts?.to : planned?.target;
  if (to === void 0) return void 0;
  const from = marker.kind === "rollback" ? own.facts?.from : planned?.current ?? void 0;
  const result = await ctx.github.replaceBranch({
    base,
    parent: read.sha,
    branch: own.pull.headRef,
    message: trainCommit({
      kind: marker.kind,
      service: ctx.service.name,
      region: marker.region,
      release: marker.release,
      to,
      ...from === void 0 ? {} : { from },
      ...marker.step === void 0 ? {} : { step: marker.step }
    }).message,
    files: [...files]
  });
  if (result.baseMoved) {
    refused.delete(onceKey("rebuild-branch", action.pr));
    return `${action.region}: ${BASE_MOVED}`;
  }
  return `put PR #${action.pr}'s branch for ${action.region} back to the train's edits on the default branch's head (${action.reason}); its new head needs fresh approvals`;
}
async function openPr(ctx, base, parent, kind, regionPlan, target, marker, replan) {
  const { branch, title, message } = trainCommit({ ...factsOf(marker), kind });
  const files = lastEdits(regionPlan);
  const body = renderPrBody(target, regionPlan, marker, ctx.trainUrl);
  const proposed = await ctx.github.proposeChange({
    base,
    parent,
    branch,
    message,
    files,
    title,
    body,
    labels: trainLabels(ctx.service.name)
  });
  if (proposed && "baseMoved" in proposed) return void 0;
  if (proposed) {
    if (proposed.staleBase && replan)
      await repairStale(ctx, base, branch, message, regionPlan, replan);
    return proposed.number;
  }
  const commit = await ctx.github.commitFiles({ base, parent, branch, message, files });
  if (commit.baseMoved) return void 0;
  const existing = await ctx.github.findOpenPull(branch);
  if (existing) {
    await ctx.github.addLabels(existing.number, trainLabels(ctx.service.name));
    return existing.number;
  }
  try {
    const opened = await ctx.github.openPull({
      head: branch,
      base,
      title,
      body,
      labels: trainLabels(ctx.service.name)
    });
    return opened.number;
  } catch (error) {
    const status2 = error.status;
    if (status2 === 403 || status2 === 404) await ctx.github.deleteBranch(branch);
    throw error;
  }
}
async function repairStale(ctx, base, branch, message, before, replan) {
  const read = await readBase(ctx, base);
  const fresh = replan(read);
  if (!fresh || fresh.current !== before.current) return;
  const files = lastEdits(fresh);
  const same2 = lastEdits(before);
  if (files.length === same2.length && files.every((f) => same2.some((g) => g.path === f.path && g.content === f.content)))
    return;
  await ctx.github.replaceBranch({ base, parent: read.sha, branch, message, files });
}
function lastEdits(region) {
  return [
    ...new Map(region.edits.map((e) => [e.path, { path: e.path, content: e.content }])).values()
  ];
}

// src/commands/train/act.ts
var HANDLERS = {
  "open-promotion": openPromotion,
  "open-rollback": openRollback,
  "rebuild-branch": rebuildBranch,
  merge: mergePr,
  "enable-auto-merge": enableAutoMerge2,
  "close-promotion": closePromotion,
  "record-bad-release": recordBadRelease,
  "evaluate-checks": evaluateBake
};
var WORK = /* @__PURE__ */ new Set([
  ...Object.keys(HANDLERS),
  "wait-health"
]);
function isWrite(action) {
  return action.type in HANDLERS;
}
function act(round, action) {
  const handler2 = HANDLERS[action.type];
  return handler2(round, action);
}

// src/commands/train/health.ts
import { setMaxListeners } from "node:events";
async function waitWave({ ctx, snap, base, refused }, waits) {
  const stop = new AbortController();
  setMaxListeners(waits.length + 10, stop.signal);
  const lines2 = [];
  const settled = await Promise.allSettled(
    waits.map(async (action) => {
      try {
        const { line, outcome } = await waitHealth(ctx, snap, base, action, refused, stop.signal);
        lines2.push(line);
        if (outcome !== void 0 && FAILING_OUTCOMES.has(outcome) && !stop.signal.aborted)
          stop.abort(new Error(`${action.region} ended ${outcome}`));
      } catch (error) {
        if (!stop.signal.aborted) stop.abort(new Error(`the wait of ${action.region} failed`));
        throw error;
      }
    })
  );
  const failure2 = settled.find((r) => r.status === "rejected");
  if (failure2) throw failure2.reason;
  return lines2;
}
async function waitHealth(ctx, snap, base, action, refused, signal) {
  const region = snap.plan.regions.find((r) => r.name === action.region);
  const pull = pullOf(snap, action.pr);
  const heldBefore = decodeMarker(pull.body)?.held;
  const started2 = startedRecord(action.revision, pull.mergedAt ?? ctx.clock.now());
  const openDeployment = async (description) => {
    const marker = decodeMarker(pull.body);
    const created = await ctx.github.createDeployment({
      ref: action.revision,
      environment: `${ctx.service.name}-${action.region}`,
      description: `${action.kind} PR #${action.pr}`,
      status: { state: "in_progress", description },
      ...marker && marker.mergeCommit !== action.revision ? { record: { pr: action.pr, body: withMarker(pull.body, started2(marker)) } } : {}
    });
    return created.id;
  };
  let deployment = heldBefore === void 0 ? await openDeployment("waiting for Argo CD to sync and report Healthy") : void 0;
  let result;
  try {
    result = await ctx.argo.waitForRevision({
      region: action.region,
      server: region.argocd.server,
      app: region.argocd.app,
      revision: action.revision,
      deadline: action.deadline,
      paths: [regionLayout(ctx.platform, ctx.service.name, action.region).folder],
      compare: (from, to) => ctx.github.compare(from, to),
      defaultBranch: base,
      ...signal ? { signal } : {}
    });
  } catch (error) {
    if (!signal?.aborted) throw error;
    const why = String(signal.reason instanceof Error ? signal.reason.message : signal.reason);
    if (deployment !== void 0)
      await ctx.github.setDeploymentStatus(deployment, "error", `wait stopped: ${why}`);
    return { line: `${action.region}: wait stopped, ${why}` };
  }
  if ("held" in result) {
    if (result.held === heldBefore) {
      if (!pullOf(snap, action.pr).labels.includes(LABELS.held))
        await ctx.github.addLabels(action.pr, [LABELS.held]);
      refused.set(onceKey("wait-health", action.pr), holdReason(result));
      return { line: `${action.region}: still held, ${result.detail}` };
    }
    deployment ??= await openDeployment(result.detail);
    return held(ctx, snap, action, deployment, result, refused, started2);
  }
  if (heldBefore !== void 0) {
    await ctx.github.removeLabel(action.pr, LABELS.held);
    deployment = await openDeployment("the hold ended; Argo CD answered");
  }
  deployment ??= await openDeployment("waiting for Argo CD to sync and report Healthy");
  const at = ctx.clock.now();
  await updateMarker(
    ctx,
    pull,
    (marker) => {
      const m = started2(marker);
      return {
        ...m,
        held: void 0,
        outcome: result.outcome,
        times: {
          ...m.times,
          merged: m.times.merged ?? at,
          ...result.outcome === "healthy" ? { synced: at, healthy: at } : {}
        }
      };
    },
    {
      id: deployment,
      state: result.outcome === "healthy" ? "success" : result.outcome === "unreachable" ? "error" : "failure",
      description: result.detail
    }
  );
  return {
    line: `${action.region}: ${result.outcome} (${result.detail})`,
    outcome: result.outcome
  };
}
async function held(ctx, snap, action, deployment, result, refused, started2) {
  await ctx.github.setDeploymentStatus(
    deployment,
    result.held === "setup" ? "error" : "in_progress",
    result.detail
  );
  await ctx.github.addLabels(action.pr, [LABELS.held]);
  const at = ctx.clock.now();
  await updateMarker(ctx, pullOf(snap, action.pr), (marker) => {
    const m = started2(marker);
    return {
      ...m,
      held: result.held,
      times: { ...m.times, merged: m.times.merged ?? at, resumed: at }
    };
  });
  refused.set(onceKey("wait-health", action.pr), holdReason(result));
  return { line: `${action.region}: held, ${result.detail}` };
}
function holdReason(result) {
  return result.held === "setup" ? `blocked: ${result.detail}` : `waiting for Argo CD: ${result.detail}`;
}

// src/commands/train/carry.ts
var RoundWrites = class {
  constructor(botLogin, now) {
    this.botLogin = botLogin;
    this.now = now;
  }
  botLogin;
  now;
  #changes = [];
  #unknown = false;
  /** A PR this round opened that needs no approval: it could merge at once, which only a fresh read may decide. */
  #openedUngated = false;
  /** `port` with its writes recorded here. */
  port(port) {
    const record = (change) => this.#changes.push(change);
    return new Proxy(port, {
      get: (target, key) => {
        const value = target[key];
        if (typeof value !== "function") return value;
        const call = (...args) => value.apply(target, args);
        if (!PORT_WRITES.has(key)) return call;
        return async (...args) => {
          try {
            const result = await call(...args);
            this.#observe(key, args, result, record);
            return result;
          } catch (error) {
            this.#unknown = true;
            throw error;
          }
        };
      }
    });
  }
  #observe(key, args, result, record) {
    switch (key) {
      case "proposeChange": {
        const input = args[0];
        const opened = result;
        if (!opened || !("number" in opened)) {
          if (!opened) this.#unknown = true;
          return;
        }
        if (opened.staleBase) this.#unknown = true;
        if ((decodeMarker(input.body)?.approvals ?? 0) === 0) this.#openedUngated = true;
        record(
          (view) => view.pulls.push({
            number: opened.number,
            state: "open",
            merged: false,
            headSha: opened.commitSha,
            headRef: input.branch,
            author: this.botLogin,
            labels: [...input.labels],
            body: input.body,
            autoMerge: false,
            reviews: [],
            checks: "pending"
          })
        );
        return;
      }
      case "merge": {
        const [number] = args;
        const merged = result;
        if (!merged.merged) return;
        const at = this.now();
        record((view) => {
          const pull = this.#find(view, number);
          if (!pull) return;
          const head = pull.headFiles;
          if (!head || (pull.changedFiles ?? []).some((path) => !head.has(path))) this.#unknown = true;
          for (const [path, text] of head ?? []) view.read.files.set(path, text);
          view.read.sha = merged.sha;
          Object.assign(pull, { state: "closed", merged: true, mergeSha: merged.sha, mergedAt: at });
        });
        return;
      }
      case "updateBody": {
        const [number, body] = args;
        record((view) => {
          const pull = this.#find(view, number);
          if (pull) Object.assign(pull, { body, bodyEditor: this.botLogin });
        });
        return;
      }
      case "addLabels": {
        const [number, labels] = args;
        record((view) => {
          const pull = this.#find(view, number);
          if (pull) pull.labels = [.../* @__PURE__ */ new Set([...pull.labels, ...labels])];
        });
        return;
      }
      case "removeLabel": {
        const [number, label2] = args;
        record((view) => {
          const pull = this.#find(view, number);
          if (pull) pull.labels = pull.labels.filter((l) => l !== label2);
        });
        return;
      }
      case "recordOutcome": {
        const { pr, body } = args[0];
        record((view) => {
          const pull = this.#find(view, pr);
          if (pull) Object.assign(pull, { body, bodyEditor: this.botLogin });
        });
        return;
      }
      case "createDeployment": {
        const { record: written } = args[0];
        if (written)
          record((view) => {
            const pull = this.#find(view, written.pr);
            if (pull) Object.assign(pull, { body: written.body, bodyEditor: this.botLogin });
          });
        return;
      }
      case "setDeploymentStatus":
        return;
      default:
        this.#unknown = true;
    }
  }
  /** A PR of the view by number; one written but never read leaves the view unknown. */
  #find(view, number) {
    const pull = view.pulls.find((p) => p.number === number);
    if (!pull) this.#unknown = true;
    return pull;
  }
  /**
   * What GitHub shows after this round's writes, from what the round read
   * and what it wrote; undefined when a write's effect is not known.
   */
  apply(view) {
    if (this.#unknown) return void 0;
    const next = {
      read: { sha: view.read.sha, files: new Map(view.read.files) },
      pulls: view.pulls.map((p) => ({ ...p }))
    };
    for (const change of this.#changes) change(next);
    if (this.#unknown) return void 0;
    return { view: next, openedUngated: this.#openedUngated };
  }
};
var PORT_WRITES = /* @__PURE__ */ new Set([
  "commitFiles",
  "replaceBranch",
  "proposeChange",
  "deleteBranch",
  "openPull",
  "updateBody",
  "merge",
  "enableAutoMerge",
  "disableAutoMerge",
  "addLabels",
  "removeLabel",
  "closePull",
  "createDeployment",
  "setDeploymentStatus",
  "recordOutcome"
]);

// src/commands/train/reconcile.ts
var MAX_ROUNDS = 25;
async function reconcileTrain(ctx, ref, options = {}) {
  const release = releaseOf(ref, ctx.service);
  const botLogin = await ctx.github.botLogin();
  const done = [];
  if (options.resume) done.push(...await resumeUnreachable(ctx, release.ref, botLogin));
  const refused = /* @__PURE__ */ new Map();
  let carried;
  let base = "";
  const plans = /* @__PURE__ */ new Map();
  for (let round = 0; ; round++) {
    const seen = carried ? {
      ...await snapshotOf(
        ctx,
        release,
        base,
        botLogin,
        carried.view.read,
        [...carried.view.pulls],
        plans
      ),
      pulls: carried.view.pulls,
      base
    } : await snapshot(ctx, release, botLogin, plans);
    const { snap, read, pulls } = seen;
    base = seen.base;
    const writes = new RoundWrites(botLogin, () => ctx.clock.now());
    const github = writes.port(ctx.github);
    done.push(...await labelFoundByBranch({ ...ctx, github }, snap));
    const observed = toObserved(snap);
    const decision = afterRefusals(decide(observed), refused);
    const work = decision.actions.filter((a) => WORK.has(a.type));
    if (round >= MAX_ROUNDS) return { observed, decision, done };
    if (carried && (carried.openedUngated || work.some((a) => a.type !== "wait-health"))) {
      carried = void 0;
      continue;
    }
    if (work.length === 0) return { observed, decision, done };
    const current = {
      ctx: { ...ctx, github },
      snap,
      read,
      observed,
      base,
      refused
    };
    for (const action of work.filter(isWrite)) {
      const line = await act(current, action);
      if (line) done.push(line);
    }
    const waits = work.filter(
      (a) => a.type === "wait-health"
    );
    if (waits.length > 0) done.push(...await waitWave(current, waits));
    carried = writes.apply({ read, pulls });
  }
}
async function trainStatus(ctx, ref) {
  const release = releaseOf(ref, ctx.service);
  const botLogin = await ctx.github.botLogin();
  const observed = toObserved((await snapshot(ctx, release, botLogin)).snap);
  return { observed, decision: decide(observed), done: [] };
}

// src/commands/train/start.ts
async function startTrain(ctx, ref, skip = []) {
  const release = releaseOf(ref, ctx.service);
  const unknown2 = skip.filter((r) => !ctx.service.regions.includes(r));
  if (unknown2.length > 0)
    throw new TrainRefusal(
      `Cannot skip ${unknown2.join(", ")}: not a region of ${ctx.service.name} (regions: ${ctx.service.regions.join(", ")}).`
    );
  const done = [];
  const { pulls } = await ownPulls(ctx, await ctx.github.botLogin());
  const others = pulls.filter(
    (p) => p.pull.state === "open" && p.marker.kind === "promotion" && canonicalRelease(p.marker.release, ctx.service.image) !== release.ref
  );
  const newerTrains = others.filter((p) => isNewer(p.marker.release, release.ref));
  if (newerTrains.length > 0) {
    const status2 = await trainStatus(ctx, release.ref);
    const list2 = newerTrains.map(
      (p) => `#${p.pull.number} (${p.marker.release} in ${p.marker.region})`
    );
    return {
      ...status2,
      decision: {
        state: "refused",
        actions: [
          {
            type: "halt",
            reason: `${release.ref} is older than the train in progress (${list2.join(", ")}), which is newer; promoting it would undo that train. Finish or close that train first, or roll regions back with multiregion rollback.`
          }
        ]
      }
    };
  }
  for (const { pull, marker } of others) {
    await ctx.github.addLabels(pull.number, [LABELS.superseded, ...trainLabels(ctx.service.name)]);
    await ctx.github.closePull(pull.number, `Superseded by the train of ${release.ref}.`);
    done.push(
      `closed PR #${pull.number} (${marker.release} in ${marker.region}): superseded by ${release.ref}`
    );
  }
  for (const region of skip) done.push(await skipRegion(ctx, release.ref, region));
  const run = await reconcileTrain(ctx, release.ref);
  return { ...run, done: [...done, ...run.done] };
}
async function skipRegion(ctx, ref, region) {
  const release = releaseOf(ref, ctx.service);
  const base = await ctx.github.defaultBranch();
  const existing = (await ownPulls(ctx, await ctx.github.botLogin())).pulls.find(
    (p) => p.marker.kind === "promotion" && p.marker.region === region && canonicalRelease(p.marker.release, ctx.service.image) === release.ref && p.pull.state === "open"
  );
  let number = existing?.pull.number;
  if (number === void 0) {
    const { plan: target, sha } = await planAt(ctx, base, release);
    const found = target.regions.find((r) => r.name === region);
    const regionPlan = found && imageOnly(found);
    if (!regionPlan || regionPlan.action !== "promote")
      return `${region} needs no promotion to ${release.ref}; nothing to skip`;
    const marker = openingMarker(
      {
        kind: "promotion",
        service: ctx.service.name,
        region,
        release: release.ref,
        wave: regionPlan.wave,
        from: regionPlan.current,
        to: regionPlan.target,
        approvals: regionPlan.approvals
      },
      ctx.clock.now()
    );
    number = await openPr(ctx, base, sha, "promotion", regionPlan, target, marker);
    if (number === void 0) return `${region}: ${BASE_MOVED}; run skip again`;
  }
  await ctx.github.addLabels(number, [LABELS.skipped, ...trainLabels(ctx.service.name)]);
  await ctx.github.closePull(
    number,
    `Skipped: ${region} is left out of the train of ${release.ref}. Reopen this PR and remove the ${LABELS.skipped} label to bring it back.`
  );
  return `skipped ${region} (PR #${number})`;
}
async function latestRelease(ctx) {
  const { pulls } = await ownPulls(ctx, await ctx.github.botLogin(), { gates: false });
  const promotion = pulls.find((p) => p.marker.kind === "promotion");
  const rollback = pulls.find(
    (p) => p.marker.kind === "rollback" && (p.pull.state === "open" || p.marker.outcome === null)
  );
  return (promotion ?? rollback)?.marker.release;
}

// src/commands/train/rollback.ts
async function manualRollback(ctx, region, to) {
  const name = ctx.service.name;
  if (!ctx.service.regions.includes(region))
    throw new TrainRefusal(
      `${region} is not a region of ${name} (regions: ${ctx.service.regions.join(", ")}).${didYouMean(region, ctx.service.regions)}`
    );
  const [base, botLogin] = await Promise.all([ctx.github.defaultBranch(), ctx.github.botLogin()]);
  const { raw, pulls } = await ownPulls(ctx, botLogin);
  const last = pulls.find(
    (p) => p.marker.kind === "promotion" && p.marker.region === region && p.pull.merged
  );
  let asked = to;
  if (asked === void 0 && last) {
    const commits = await ctx.github.pullCommits(last.pull.number);
    asked = trainPulls({
      pulls: [{ ...last.pull, commits }],
      service: ctx.service,
      botLogin
    })[0]?.facts?.from;
  }
  if (!asked)
    throw new TrainRefusal(
      `No earlier version of ${name} in ${region} is known; pass --to <version>.`
    );
  const release = releaseOf(asked, ctx.service);
  const version = release.ref;
  if (badReleases({ pulls: raw, service: ctx.service, botLogin }).has(version))
    throw new TrainRefusal(
      `${version} is recorded as a bad release of ${name}; roll ${region} back to a good version, or have a person remove the ${LABELS.bad} label if it is good after all.`
    );
  const { plan: target, sha } = await planAt(ctx, base, release);
  const regionPlan = imageOnly(target.regions.find((r) => r.name === region));
  if (regionPlan.action !== "blocked" && regionPlan.edits.length === 0)
    return `${region} already runs ${version}; nothing to roll back.`;
  if (regionPlan.action === "blocked")
    throw new TrainRefusal(
      `${region} cannot be rolled back to ${version}: ${target.findings.map((f) => f.message).join(" ")}`
    );
  const current = regionPlan.current === null ? null : canonicalRelease(regionPlan.current, ctx.service.image);
  if (current !== null && isNewer(version, current))
    throw new TrainRefusal(
      `${version} is newer than ${current}, which ${region} runs: that is a promotion, not a rollback. Start a train with multiregion promote --release ${version}.`
    );
  const ranBefore = (await regionHistory(ctx, base, region, pulls)).has(version);
  const approvals = ranBefore ? ctx.platform.rollbackApprovals : regionPlan.approvals;
  const marker = openingMarker(
    {
      kind: "rollback",
      service: name,
      region,
      // The release it undoes: what the region runs now.
      release: current ?? last?.marker.release ?? version,
      wave: regionPlan.wave,
      from: regionPlan.current,
      to: version,
      approvals
    },
    ctx.clock.now()
  );
  const number = await openPr(ctx, base, sha, "rollback", regionPlan, target, marker);
  if (number === void 0) return `${region}: ${BASE_MOVED}; run rollback again`;
  const gate = ranBefore ? "" : `; ${region} never ran ${version}, so it needs ${approvals} approvals, as a promotion there does`;
  return `opened rollback PR #${number} for ${region} to ${version}${gate}`;
}

// src/commands/fleet.ts
var SLACK_MS = 36e5;
var DEFAULT_PARALLEL = 4;
async function reconcileFleet(fleet) {
  const horizon = Math.max(0, ...fleet.services.map((s) => (s.train.bakeSeconds + s.train.timeoutSeconds) * 1e3)) + SLACK_MS;
  const view = await readFleet(fleet.client, fleet.owner, fleet.repo, fleet.now() - horizon);
  const runs = fleet.services.map((s) => ({
    service: s.name,
    state: "idle",
    done: []
  }));
  const active = fleet.services.filter((s) => view.active.has(serviceLabel(s.name)));
  if (active.length === 0) return { services: runs, diagnostics: [] };
  const loaded = await fleet.platform(view.defaultBranch);
  if ("diagnostics" in loaded) return { services: runs, diagnostics: loaded.diagnostics };
  const github = { ...fleet.github, defaultBranch: async () => view.defaultBranch };
  const diagnostics = [];
  let deferred;
  const queue = [...active];
  const worker = async () => {
    for (let service = queue.shift(); service; service = queue.shift()) {
      const run = runs.find((r) => r.service === service.name);
      if (deferred !== void 0) {
        run.state = "deferred";
        continue;
      }
      const joined = checkServiceAgainstPlatform(service, loaded.platform);
      if (hasErrors(joined)) {
        diagnostics.push(...joined);
        run.state = "refused";
        continue;
      }
      try {
        const ctx = fleet.context(service, loaded.platform, github);
        const release = await latestRelease(ctx);
        if (release === void 0) continue;
        run.release = release;
        const result = await reconcileTrain(ctx, release, { resume: fleet.resume ?? false });
        run.state = result.decision.state;
        run.done = result.done;
      } catch (error) {
        if (error instanceof RateBudgetSpent) {
          deferred = error.message;
          run.state = "deferred";
        } else {
          run.state = error instanceof TrainRefusal ? "refused" : "failed";
          run.done = [error.message];
        }
      }
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, fleet.parallel ?? DEFAULT_PARALLEL) }, () => worker())
  );
  return {
    services: runs,
    diagnostics: sortDiagnostics(diagnostics),
    ...deferred === void 0 ? {} : { deferred }
  };
}
async function loadServices(dir) {
  let entries;
  try {
    entries = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch {
    return {
      services: [],
      diagnostics: [
        {
          rule: "file-not-found",
          severity: "error",
          message: `${dir} is not a folder: pass the folder whose subfolders each hold a service's multiregion.yaml (--services, input "services").`,
          file: dir,
          line: 1,
          column: 1
        }
      ]
    };
  }
  const services = [];
  const diagnostics = [];
  for (const name of entries) {
    const path = join(dir, name, "multiregion.yaml");
    const file = await readInputFile(path, "service manifest (multiregion.yaml)", "--services");
    if ("diagnostic" in file) {
      if (file.diagnostic.rule !== "file-not-found") diagnostics.push(file.diagnostic);
      continue;
    }
    const loaded = loadService(file.text, path);
    if (!loaded.value) diagnostics.push(...loaded.diagnostics);
    else if (loaded.value.name !== name)
      diagnostics.push({
        rule: "service-folder",
        severity: "error",
        message: `${path} names the service ${loaded.value.name}, but lies in the folder ${name}: a service's manifest is ${join(dir, loaded.value.name, "multiregion.yaml")}. Move it there, or name the service ${name}.`,
        file: path,
        line: Math.max(1, file.text.split("\n").findIndex((l) => /^\s*name:/.test(l)) + 1),
        column: 1
      });
    else services.push(loaded.value);
  }
  return { services, diagnostics };
}
function renderFleet(run, requests) {
  const idle = run.services.filter((s) => s.state === "idle").length;
  const moved = run.services.filter((s) => s.state !== "idle");
  const rows = moved.map(
    (s) => `| \`${s.service}\` | ${s.release ? `\`${s.release}\`` : "\u2013"} | ${s.state} | ${s.done.join("<br>") || "\u2013"} |`
  );
  return [
    `## multiregion reconcile: ${run.services.length} services`,
    "",
    `${moved.length} with a train in flight, ${idle} idle.`,
    ...run.deferred ? ["", `Deferred to the next run: ${run.deferred}.`] : [],
    ...rows.length > 0 ? ["", "| Service | Release | State | This run |", "|---|---|---|---|", ...rows] : [],
    "",
    `<sub>${requests}</sub>`,
    ""
  ].join("\n");
}

// src/commands/train-setup.ts
var REPO = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
function settingsProblems(settings) {
  const problems = [];
  if (!REPO.test(settings.repo))
    problems.push(
      `the environments repository "${settings.repo}" must be owner/name, such as acme/environments`
    );
  if (settings.token === "")
    problems.push(
      "no GitHub token: set GITHUB_TOKEN (a GitHub App token that can write to the environments repository)"
    );
  return problems;
}
function openRepo(settings) {
  const [owner, name] = settings.repo.split("/");
  const client = createClient({
    token: settings.token,
    ...settings.apiUrl ? { baseUrl: settings.apiUrl } : {}
  });
  const env = new EnvRepo(
    client,
    owner,
    name,
    settings.botLogin ? { botLogin: settings.botLogin } : {}
  );
  return { client, env };
}
async function readPlatform(settings, env, base) {
  const platformFile = `${settings.repo}:${settings.platformPath}`;
  const platformText = (await env.readFiles(base, [settings.platformPath])).get(
    settings.platformPath
  );
  if (platformText === void 0) {
    return {
      diagnostics: [
        {
          rule: "file-not-found",
          severity: "error",
          message: `${settings.platformPath} does not exist on ${base} of ${settings.repo}; the platform team keeps platform.yaml at the root of the environments repository (or pass its path).`,
          file: platformFile,
          line: 1,
          column: 1
        }
      ]
    };
  }
  const loadedPlatform = loadPlatform(platformText, platformFile);
  if (!loadedPlatform.value) return { diagnostics: loadedPlatform.diagnostics };
  return { platform: loadedPlatform.value };
}
async function openFleet(settings, options = {}) {
  settings.onSecret?.(settings.token);
  const { services, diagnostics } = await loadServices(settings.services);
  const { client, env } = openRepo(settings);
  const fleet = {
    services,
    client,
    owner: env.owner,
    repo: env.repo,
    github: gitHubPort(env, { method: settings.mergeMethod, counter: client.counter }),
    platform: (base) => readPlatform(settings, env, base),
    context: (service, platform, github) => trainContext(service, platform, github, settings),
    now: () => Date.now(),
    ...options.resume ? { resume: true } : {}
  };
  return { fleet, client, diagnostics };
}
async function openTrain(settings) {
  settings.onSecret?.(settings.token);
  const manifestFile = await readInputFile(
    settings.manifest,
    "service manifest (multiregion.yaml)",
    "--manifest"
  );
  if ("diagnostic" in manifestFile) return { diagnostics: [manifestFile.diagnostic] };
  const loadedService = loadService(manifestFile.text, settings.manifest);
  if (!loadedService.value) return { diagnostics: loadedService.diagnostics };
  const service = loadedService.value;
  if (settings.service !== void 0 && service.name !== settings.service)
    return {
      diagnostics: [
        {
          rule: "service-folder",
          severity: "error",
          message: `${settings.manifest} names the service ${service.name}, not ${settings.service}, whose manifest was asked for: a manifest gates only the service of its own folder. Dispatch with service ${service.name}, or name the service ${settings.service}.`,
          file: settings.manifest,
          line: 1,
          column: 1
        }
      ]
    };
  const { client, env } = openRepo(settings);
  const base = await env.defaultBranch();
  const read = await readPlatform(settings, env, base);
  if ("diagnostics" in read) return read;
  const platform = read.platform;
  const joined = sortDiagnostics(checkServiceAgainstPlatform(service, platform));
  if (hasErrors(joined)) return { diagnostics: joined };
  const ctx = trainContext(
    service,
    platform,
    gitHubPort(env, { method: settings.mergeMethod, counter: client.counter }),
    settings
  );
  return { ctx, client };
}
function trainContext(service, platform, github, settings) {
  const clock = { now: () => Date.now() };
  const serverUrl = (settings.serverUrl ?? "https://github.com").replace(/\/+$/, "");
  const repository = `${serverUrl}/${settings.repo}`;
  return {
    service,
    platform,
    github,
    argo: argoPort({
      platform,
      env: settings.env,
      clock,
      repository,
      waitClock: settings.waitClock ?? systemClock,
      ...settings.onSecret ? { onSecret: settings.onSecret } : {}
    }),
    clock,
    mergeMode: settings.mergeMode,
    trainUrl: `${repository}/pulls?q=${encodeURIComponent(`label:${serviceLabel(service.name)}`)}`
  };
}

export {
  RateBudgetSpent,
  TrainRefusal,
  renderTrainStatus,
  reconcileTrain,
  trainStatus,
  startTrain,
  latestRelease,
  manualRollback,
  reconcileFleet,
  renderFleet,
  settingsProblems,
  openFleet,
  openTrain,
  trainContext
};
