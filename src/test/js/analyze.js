// Runs templates/assets/search/analyzer.js over a JSON array of texts for AnalyzerParityTest.
// Usage: node analyze.js ANALYZER_JS INPUT_JSON OUTPUT_JSON [MODE]  (writes one array of terms per text)
// MODE: "analyze" (EnglishAnalyzer terms, the default), "positions" (EnglishAnalyzer "term@position"),
// "words" (StandardAnalyzer "term@position").
"use strict";
const fs = require("fs");
const path = require("path");

const [analyzerFile, inputFile, outputFile, mode] = process.argv.slice(2);
const analyzer = require(path.resolve(analyzerFile));
const texts = JSON.parse(fs.readFileSync(inputFile, "utf8"));
const at = (terms) => terms.map((t) => t.term + "@" + t.position);
const run = {
  analyze: (text) => analyzer.analyze(text),
  positions: (text) => at(analyzer.analyzeWithPositions(text)),
  words: (text) => at(analyzer.wordsWithPositions(text)),
}[mode || "analyze"];
fs.writeFileSync(outputFile, JSON.stringify(texts.map(run)), "utf8");
