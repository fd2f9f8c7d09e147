package ingest

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// table is one annotation CSV file: a header row naming the columns, then
// records that remember the line they came from so errors can point at it.
type table struct {
	file    string
	columns map[string]int
	rows    []row
}

// row is one record of a table.
type row struct {
	t      *table
	line   int
	fields []string
}

// readTable reads name from fsys and checks that it has exactly the given columns.
func readTable(fsys fs.FS, name string, columns ...string) (*table, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parseTable(name, f, columns...)
}

// parseTable reads CSV from r; name is used in error messages.
func parseTable(name string, r io.Reader, columns ...string) (*table, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = len(columns)
	t := &table{file: name, columns: map[string]int{}}
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s:1: %w", name, unwrapCSV(err))
	}
	for i, c := range header {
		t.columns[strings.TrimSpace(c)] = i
	}
	for _, c := range columns {
		if _, ok := t.columns[c]; !ok {
			return nil, fmt.Errorf("%s:1: missing column %q (want %s)", name, c, strings.Join(columns, ","))
		}
	}
	for {
		fields, err := cr.Read()
		if err == io.EOF {
			return t, nil
		}
		if err != nil {
			var pe *csv.ParseError
			line := 0
			if errors.As(err, &pe) {
				line = pe.StartLine
			}
			return nil, fmt.Errorf("%s:%d: %w", name, line, unwrapCSV(err))
		}
		line, _ := cr.FieldPos(0)
		t.rows = append(t.rows, row{t: t, line: line, fields: fields})
	}
}

// unwrapCSV drops csv.ParseError's own position prefix (the caller adds file:line).
func unwrapCSV(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// get returns the trimmed value of a column.
func (r row) get(column string) string {
	return strings.TrimSpace(r.fields[r.t.columns[column]])
}

// list returns a ";"-separated column as a slice (nil when empty).
func (r row) list(column string) []string {
	var out []string
	for _, v := range strings.Split(r.get(column), ";") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// ids returns a ";"-separated column of ids (nil when empty).
func ids[ID ~string](r row, column string) []ID {
	var out []ID
	for _, v := range r.list(column) {
		out = append(out, ID(v))
	}
	return out
}

// errorf formats an error located at this row: "file:line: message".
func (r row) errorf(format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", r.t.file, r.line, fmt.Sprintf(format, args...))
}
