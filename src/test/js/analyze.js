// Runs templates/assets/search/analyzer.js over a JSON array of texts for AnalyzerParityTest.
// Usage: node analyze.js ANALYZER_JS INPUT_JSON OUTPUT_JSON  (writes one array of terms per text)
"use strict";
const fs = require("fs");
const path = require("path");

const [analyzerFile, inputFile, outputFile] = process.argv.slice(2);
const analyzer = require(path.resolve(analyzerFile));
const texts = JSON.parse(fs.readFileSync(inputFile, "utf8"));
fs.writeFileSync(outputFile, JSON.stringify(texts.map((text) => analyzer.analyze(text))), "utf8");
