package ingest_test

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"testing"

	"idmreport/app/ingest"
	"idmreport/app/model"
)

// This file checks the generated files: the blob is current and the JSON export matches it.

// TestReportBlobIsCurrent checks that the committed data/report.msgpack and
// data/client.msgpack are what the ingest makes of the committed annotations.
func TestReportBlobIsCurrent(t *testing.T) {
	r, err := ingest.Build(dataFS)
	if err != nil {
		t.Fatal(err)
	}
	for file, rep := range map[string]*model.Report{"report.msgpack": r, "client.msgpack": model.ForClient(r)} {
		got, err := model.Encode(rep)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(dataDir + "/" + file)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("data/%s is stale: run ./build.sh (built %d bytes, file has %d)", file, len(got), len(want))
		}
	}
}

// TestJSONExportMatchesBlob checks that the open-data JSON says exactly what
// the msgpack blob says.
func TestJSONExportMatchesBlob(t *testing.T) {
	r, err := ingest.Build(dataFS)
	if err != nil {
		t.Fatal(err)
	}
	var js bytes.Buffer
	if err := ingest.WriteJSON(&js, r); err != nil {
		t.Fatal(err)
	}
	var fromJSON model.Report
	if err := json.Unmarshal(js.Bytes(), &fromJSON); err != nil {
		t.Fatal(err)
	}
	blob, err := model.Encode(r)
	if err != nil {
		t.Fatal(err)
	}
	fromBlob, err := model.Decode(blob)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&fromJSON, fromBlob) {
		t.Error("JSON export and msgpack decode differ")
		diffReports(t, &fromJSON, fromBlob)
	}
}

// diffReports names the top-level fields that differ.
func diffReports(t *testing.T, a, b *model.Report) {
	t.Helper()
	va, vb := reflect.ValueOf(a).Elem(), reflect.ValueOf(b).Elem()
	for i := range va.NumField() {
		if !reflect.DeepEqual(va.Field(i).Interface(), vb.Field(i).Interface()) {
			t.Errorf("field %s differs", va.Type().Field(i).Name)
		}
	}
}

// BenchmarkDecodeJSON decodes the JSON export, to compare with model's
// BenchmarkDecode of the msgpack blob.
func BenchmarkDecodeJSON(b *testing.B) {
	r, err := ingest.Build(dataFS)
	if err != nil {
		b.Fatal(err)
	}
	var js bytes.Buffer
	if err := ingest.WriteJSON(&js, r); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(js.Len()))
	b.ReportAllocs()
	for b.Loop() {
		var out model.Report
		if err := json.Unmarshal(js.Bytes(), &out); err != nil {
			b.Fatal(err)
		}
	}
}
