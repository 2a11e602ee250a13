// Runs templates/assets/search/engine.js under Node over a built site's search/ export, for EngineParityTest.
// Usage: node search.js ANALYZER_JS ENGINE_JS SITE_ROOT INPUT_JSON OUTPUT_JSON
// INPUT_JSON: [{query, options}]; OUTPUT_JSON: one {results, files: [{path, bytes, gzip}]} per query, each query
// in a fresh engine (the files it lists are all it needs from a cold start; data already parsed is shared).
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const zlib = require("zlib");

const [analyzerFile, engineFile, siteRoot, inputFile, outputFile] = process.argv.slice(2);
globalThis.LexsiteAnalyzer = require(path.resolve(analyzerFile));
const search = require(path.resolve(engineFile));
const root = path.resolve(siteRoot) + path.sep;

function loader(src, onError) {
  setImmediate(() => {
    if (!fs.existsSync(src)) return onError();
    vm.runInThisContext(fs.readFileSync(src, "utf8"), { filename: src });
  });
}

const requests = JSON.parse(fs.readFileSync(inputFile, "utf8"));
const out = [];
function next(i) {
  if (i === requests.length) {
    fs.writeFileSync(outputFile, JSON.stringify(out), "utf8");
    return;
  }
  const engine = search.open(root, { loader });
  const started = process.hrtime.bigint();
  engine.search(requests[i].query, requests[i].options || {}, (results) => {
    const millis = Number(process.hrtime.bigint() - started) / 1e6;
    const files = engine.stats().files.map((file) => {
      const bytes = fs.readFileSync(path.join(root, file));
      return { path: file, bytes: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
    });
    out.push({ results, files, millis });
    next(i + 1);
  });
}
next(0);
