// Package bench measures how fast readout codes news and how much memory
// it needs: the runner behind `readout bench` and the corpora that the Go
// benchmarks of every stage share.
//
// Run codes a corpus (files in any format `readout code` reads, or the
// built-in sample) with the default pipeline on a number of workers,
// writing JSONL to a discarding writer so that the output cost is counted,
// and returns a Result: articles, sentences and tokens per second in total,
// per core and per CPU-second; start-up time (process start to the first
// coded article, split into loading the pipeline and coding the first
// article); peak resident memory; and the share of each stage in the time
// spent on articles (reading, text, syntax, actor, statement, event,
// writing). Result.Print writes it for a person.
//
// Sample is an invented corpus embedded in the binary (sample/*.txt:
// diplomatic readouts, conflict and protest reports, economic news), so
// `readout bench` works on a fresh clone without any data. Its texts were
// written for benchmarking; they report nothing that happened.
//
// Package bench/corpus holds the helpers the benchmarks use: the shared
// news files, documents run up to a stage, and copies of them.
//
// Imports: the standard library, readout (the root package), document and
// format.
package bench
