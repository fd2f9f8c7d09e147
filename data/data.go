// Package data holds the report dataset as bytes, embedded into the program.
// It holds nothing else, so the ingest that writes report.msgpack never
// depends on it.
package data

import _ "embed"

// Report is data/report.msgpack, written by the ingest (./build.sh).
//
//go:embed report.msgpack
var Report []byte
