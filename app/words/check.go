package words

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
)

// Check reports every empty value of a catalogue, and every theme id of
// the data (themeIDs) that a translated catalogue leaves out: a missing
// translation is an error, never a silent English word. The site generator
// refuses to build with one.
func Check(w *Words, themeIDs []string) error {
	var errs []error
	walk(reflect.ValueOf(*w), "", func(path string) {
		if path != "Themes" { // English takes the data's themes
			errs = append(errs, fmt.Errorf("words: %s: %s is empty", w.Lang, path))
		}
	})
	if w.Lang != EN.Lang {
		for _, id := range themeIDs {
			if _, ok := w.Themes[id]; !ok {
				errs = append(errs, fmt.Errorf("words: %s: theme %q has no translation", w.Lang, id))
			}
		}
	}
	return errors.Join(errs...)
}

// CheckAll checks every catalogue (Check).
func CheckAll(themeIDs []string) error {
	var errs []error
	for _, w := range Langs {
		errs = append(errs, Check(w, themeIDs))
	}
	return errors.Join(errs...)
}

// Keys lists the paths of a catalogue's values ("Speaker.One",
// "Heard[2]", "Themes[children].Label"), sorted.
func Keys(w *Words) []string {
	var keys []string
	collect(reflect.ValueOf(*w), "", &keys)
	sort.Strings(keys)
	return keys
}

// walk calls empty with the path of every empty string in v, and of an
// empty map.
func walk(v reflect.Value, path string, empty func(string)) {
	switch v.Kind() {
	case reflect.String:
		if v.String() == "" {
			empty(path)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			walk(v.Field(i), join(path, v.Type().Field(i).Name), empty)
		}
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			walk(v.Index(i), fmt.Sprintf("%s[%d]", path, i), empty)
		}
	case reflect.Map:
		if v.Len() == 0 {
			empty(path)
		}
		for _, k := range v.MapKeys() {
			walk(v.MapIndex(k), fmt.Sprintf("%s[%v]", path, k), empty)
		}
	}
}

// collect appends the path of every string value in v to keys.
func collect(v reflect.Value, path string, keys *[]string) {
	switch v.Kind() {
	case reflect.String:
		*keys = append(*keys, path)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			collect(v.Field(i), join(path, v.Type().Field(i).Name), keys)
		}
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			collect(v.Index(i), fmt.Sprintf("%s[%d]", path, i), keys)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			collect(v.MapIndex(k), fmt.Sprintf("%s[%v]", path, k), keys)
		}
	}
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}
