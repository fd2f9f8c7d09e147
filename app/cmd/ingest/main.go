// Command ingest builds the report dataset: it reads the source text and the
// annotations in data/, validates them, and writes data/report.msgpack plus
// the browser's smaller data/client.msgpack (model.ForClient), plus the
// open-data files (report.json, speakers.csv, good-practices.csv,
// gcm-links.csv).
//
//	go run ./app/cmd/ingest -data data -out data/report.msgpack -open web/data
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"idmreport/app/ingest"
	"idmreport/app/model"
)

func main() {
	dir := flag.String("data", "data", "directory with source.txt and the annotation files")
	out := flag.String("out", "data/report.msgpack", "msgpack file to write")
	open := flag.String("open", "", "directory for the open-data files (none if empty)")
	flag.Parse()
	if err := run(*dir, *out, *open); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(dir, out, open string) error {
	r, err := ingest.Build(os.DirFS(dir))
	if err != nil {
		return err
	}
	for file, rep := range map[string]*model.Report{out: r, ClientFile(out): model.ForClient(r)} {
		b, err := model.Encode(rep)
		if err != nil {
			return err
		}
		if err := os.WriteFile(file, b, 0o644); err != nil {
			return err
		}
	}
	if open == "" {
		return nil
	}
	if err := os.MkdirAll(open, 0o755); err != nil {
		return err
	}
	files := map[string]func(io.Writer, *model.Report) error{
		"report.json":        ingest.WriteJSON,
		"speakers.csv":       ingest.WriteSpeakersCSV,
		"good-practices.csv": ingest.WritePracticesCSV,
		"gcm-links.csv":      ingest.WriteObjectiveLinksCSV,
	}
	for name, write := range files {
		var buf bytes.Buffer
		if err := write(&buf, r); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(open, name), buf.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// ClientFile is the browser's dataset beside out: data/client.msgpack.
func ClientFile(out string) string { return filepath.Join(filepath.Dir(out), "client.msgpack") }
