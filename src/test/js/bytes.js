// Replays queries through templates/assets/search/engine.js under Node over a site's search/ export and counts the
// index bytes each one loads, as the search benchmark counts them in Chromium (gzip level 6, or the file as it is
// when that is smaller; engine.js and analyzer.js left out): each query alone from a cold start ("first"), then all
// of them in order on one engine ("later": what each adds). A quick stand-in for SearchBenchmark while the export
// changes; the benchmark stays the figure of record.
// Usage: node bytes.js ANALYZER_JS ENGINE_JS SITE_ROOT QUERIES_JSON OUTPUT_JSON
// OUTPUT_JSON: {first: [{query, bytes, files, ids, byPrefix}], later: [{query, bytes, files}]}
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const zlib = require("zlib");

const [analyzerFile, engineFile, siteRoot, queriesFile, outputFile] = process.argv.slice(2);
globalThis.LexsiteAnalyzer = require(path.resolve(analyzerFile));
const engineSource = fs.readFileSync(path.resolve(engineFile), "utf8");
const root = path.resolve(siteRoot) + path.sep;
const wire = new Map();

function bytesOf(file) {
  if (!wire.has(file)) {
    const raw = fs.readFileSync(path.join(root, file));
    wire.set(file, Math.min(raw.length, zlib.gzipSync(raw, { level: 6 }).length));
  }
  return wire.get(file);
}

// A fresh copy of engine.js (its registry of loaded files is per copy), so a cold query starts from nothing.
function freshSearch() {
  const context = { LexsiteAnalyzer: globalThis.LexsiteAnalyzer, module: { exports: {} }, setImmediate, URL, console };
  context.globalThis = context;
  vm.createContext(context);
  vm.runInContext(engineSource, context, { filename: engineFile });
  const api = context.module.exports;
  const loader = (src, onError) => setImmediate(() => {
    if (!fs.existsSync(src)) return onError();
    vm.runInContext(fs.readFileSync(src, "utf8"), context, { filename: src });
  });
  return { api, loader };
}

function search(engine, query) {
  return new Promise((resolve) => engine.search(query, { limit: 10 }, resolve));
}

function summary(files) {
  const byPrefix = {};
  let bytes = 0;
  files.forEach((f) => {
    const b = bytesOf(f);
    bytes += b;
    const prefix = f.split("/")[1].replace(/\.js$/, "");
    byPrefix[prefix] = (byPrefix[prefix] || 0) + b;
  });
  return { bytes, files: files.length, byPrefix };
}

async function main() {
  const queries = JSON.parse(fs.readFileSync(queriesFile, "utf8"));
  const first = [];
  for (const query of queries) {
    const { api, loader } = freshSearch();
    const engine = api.open(root, { loader });
    const results = await search(engine, query);
    const files = engine.stats().files;
    first.push(Object.assign({ query, ids: results.hits.map((h) => h.id) }, summary(files)));
  }
  const later = [];
  const { api, loader } = freshSearch();
  const engine = api.open(root, { loader });
  let seen = 0;
  for (let i = 0; i < queries.length; i++) {
    await search(engine, queries[i]);
    const files = engine.stats().files;
    if (i > 0) later.push(Object.assign({ query: queries[i] }, summary(files.slice(seen))));
    seen = files.length;
  }
  fs.writeFileSync(outputFile, JSON.stringify({ first, later }), "utf8");
}
main();
