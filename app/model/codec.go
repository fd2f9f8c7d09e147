package model

import (
	"bytes"
	"fmt"

	"github.com/vmihailenco/msgpack/v5"
)

// Encode writes the report as msgpack. The output is deterministic: the same
// report always gives the same bytes.
func Encode(r *Report) ([]byte, error) {
	var buf bytes.Buffer
	enc := msgpack.NewEncoder(&buf)
	enc.SetOmitEmpty(true)
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Decode reads a report written by Encode. It first reads the schema version
// and rejects an unknown major version with a clear error, rather than
// showing a half-empty report.
func Decode(b []byte) (*Report, error) {
	var head struct {
		Schema Version `msgpack:"schema"`
	}
	if err := msgpack.Unmarshal(b, &head); err != nil {
		return nil, fmt.Errorf("report data: %w", err)
	}
	if head.Schema.Major != SchemaMajor {
		return nil, fmt.Errorf("report data has schema version %d.%d; this program reads version %d.x",
			head.Schema.Major, head.Schema.Minor, SchemaMajor)
	}
	var r Report
	if err := msgpack.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("report data: %w", err)
	}
	return &r, nil
}
