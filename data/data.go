// Package data holds the report dataset as bytes, embedded into the program.
// It holds nothing else, so the ingest that writes the files never depends
// on it.
package data

import _ "embed"

// Report is data/report.msgpack, the whole dataset, written by the ingest
// (./build.sh). The build renders the document from it.
//
//go:embed report.msgpack
var Report []byte

// Client is data/client.msgpack: the dataset without what only the static
// document shows (map geometry, timeline, related titles, figures). The
// browser's wasm embeds it.
//
//go:embed client.msgpack
var Client []byte
