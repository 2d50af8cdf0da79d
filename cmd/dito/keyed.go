package main

import (
	"fmt"
	"reflect"
	"time"
)

// toKeyedMap renders a config struct as nested maps keyed by mapstructure
// tags, so printed YAML can be fed back to --config unchanged.
func toKeyedMap(v any) (any, error) {
	return keyed(reflect.ValueOf(v))
}

func keyed(v reflect.Value) (any, error) {
	if d, ok := v.Interface().(time.Duration); ok {
		return d.String(), nil
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return nil, nil
		}
		return keyed(v.Elem())
	case reflect.Struct:
		out := map[string]any{}
		t := v.Type()
		for i := range t.NumField() {
			tag := t.Field(i).Tag.Get("mapstructure")
			if tag == "" {
				continue
			}
			fv, err := keyed(v.Field(i))
			if err != nil {
				return nil, fmt.Errorf("%s: %w", tag, err)
			}
			out[tag] = fv
		}
		return out, nil
	case reflect.Slice:
		out := make([]any, v.Len())
		for i := range v.Len() {
			e, err := keyed(v.Index(i))
			if err != nil {
				return nil, err
			}
			out[i] = e
		}
		return out, nil
	default:
		return v.Interface(), nil
	}
}
