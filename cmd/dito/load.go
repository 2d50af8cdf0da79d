package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/go-viper/mapstructure/v2"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/distributedtown/dito-graph/config"
)

// configKeyAnnotation marks a flag with the config key it sets (see
// bindFlag); loadConfig applies every marked flag the user set.
const configKeyAnnotation = "dito/config-key"

// bindFlag makes flag set config key: flags win over the environment, which
// wins over the file, which wins over defaults, for every command alike.
func bindFlag(fs *pflag.FlagSet, flag, key string) {
	if err := fs.SetAnnotation(flag, configKeyAnnotation, []string{key}); err != nil {
		panic(fmt.Sprintf("bind --%s to %s: %v", flag, key, err)) // a typo in this file, not input
	}
}

// loadConfig reads defaults, then the YAML file (--config, or ./dito.yaml
// when present), then DITO_* environment variables, then the flags bound
// with bindFlag, and validates the result. Every mistake comes back as a
// *config.Error naming the key as the user wrote it.
func loadConfig(flags *pflag.FlagSet, path string) (config.Config, error) {
	v := viper.New()
	setDefaults(v, "", reflect.ValueOf(config.Defaults()))
	v.SetEnvPrefix("DITO")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()

	if path == "" {
		if _, err := os.Stat("dito.yaml"); err == nil {
			path = "dito.yaml"
		}
	}
	if path != "" {
		v.SetConfigFile(path)
		v.SetConfigType("yaml")
		if err := v.ReadInConfig(); err != nil {
			return config.Config{}, fileError(path, err)
		}
	}
	var bindErr error
	flags.VisitAll(func(f *pflag.Flag) {
		keys := f.Annotations[configKeyAnnotation]
		if len(keys) == 1 && f.Changed && bindErr == nil {
			bindErr = v.BindPFlag(keys[0], f)
		}
	})
	if bindErr != nil {
		return config.Config{}, fmt.Errorf("bind flags: %w", bindErr)
	}

	// Shapes and types are checked first, key by key, because
	// mapstructure's own errors name Go types or the wrong key.
	if err := checkSettings(v.AllSettings(), reflect.TypeFor[config.Config](), ""); err != nil {
		return config.Config{}, err
	}
	var cfg config.Config
	if err := v.UnmarshalExact(&cfg, viper.DecodeHook(decodeHook())); err != nil {
		return config.Config{}, decodeError(err)
	}
	if err := applyPresets(&cfg); err != nil {
		return config.Config{}, err
	}
	if err := cfg.Validate(); err != nil {
		return config.Config{}, err
	}
	return cfg, nil
}

func decodeHook() mapstructure.DecodeHookFunc {
	return mapstructure.ComposeDecodeHookFunc(
		mapstructure.StringToTimeDurationHookFunc(),
		mapstructure.StringToSliceHookFunc(","),
	)
}

// setDefaults registers every scalar key with viper: AutomaticEnv only sees
// keys viper already knows, so without this DITO_HTTP_ADDR would be ignored
// whenever the file does not mention http.addr.
func setDefaults(v *viper.Viper, prefix string, val reflect.Value) {
	t := val.Type()
	for i := range t.NumField() {
		tag := t.Field(i).Tag.Get("mapstructure")
		if tag == "" {
			continue
		}
		key := tag
		if prefix != "" {
			key = prefix + "." + tag
		}
		f := val.Field(i)
		switch {
		case f.Kind() == reflect.Struct:
			setDefaults(v, key, f)
		case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.Struct:
			// Lists of chains or webhooks come from the file only.
		default:
			v.SetDefault(key, f.Interface())
		}
	}
}

var durationType = reflect.TypeFor[time.Duration]()

// isSection: a struct field is a section of keys (a duration is a value).
func isSection(t reflect.Type) bool { return t.Kind() == reflect.Struct && t != durationType }

// checkSettings walks the merged settings (file, environment, flags and
// defaults) alongside the Config type t and returns, as a *config.Error
// naming the key path as written (`htp`, `api.max_depth`,
// `chains[polygon].rpc`), the first key t does not have, a section or list
// given as something else, or a value its field cannot hold.
func checkSettings(settings map[string]any, t reflect.Type, prefix string) error {
	keys := make([]string, 0, len(settings))
	for k := range settings {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		path := joinKey(prefix, k)
		f, ok := fieldByKey(t, k)
		if !ok {
			return &config.Error{Key: path, Msg: "unknown key (" + knownKeys(t) + ")"}
		}
		if err := checkValue(settings[k], f.Type, path); err != nil {
			return err
		}
	}
	return nil
}

func checkValue(val any, t reflect.Type, path string) error {
	if val == nil {
		return nil // `key:` with nothing after it: the default stays
	}
	switch {
	case isSection(t):
		m, ok := val.(map[string]any)
		if !ok {
			return &config.Error{Key: path, Msg: fmt.Sprintf("want a section of keys (%s), got %s", knownKeys(t), describe(val))}
		}
		return checkSettings(m, t, path)
	case t.Kind() == reflect.Slice && isSection(t.Elem()):
		items, ok := val.([]any)
		if !ok {
			return &config.Error{Key: path, Msg: fmt.Sprintf("want a list, one item per entry starting with \"- %s\", got %s",
				firstKey(t.Elem()), describe(val))}
		}
		for i, item := range items {
			m, ok := item.(map[string]any)
			itemPath := fmt.Sprintf("%s[%d]", path, i)
			if name, ok := m["name"].(string); ok && name != "" {
				itemPath = fmt.Sprintf("%s[%s]", path, name) // as Config.Validate names chains
			}
			if !ok {
				return &config.Error{Key: itemPath, Msg: fmt.Sprintf("want a section of keys (%s), got %s", knownKeys(t.Elem()), describe(item))}
			}
			if err := checkSettings(m, t.Elem(), itemPath); err != nil {
				return err
			}
		}
		return nil
	}
	// A scalar, a list of scalars or a pointer: decode it alone, as
	// UnmarshalExact will, so a failure names this key.
	target := reflect.New(t)
	dec, err := mapstructure.NewDecoder(&mapstructure.DecoderConfig{
		DecodeHook:       decodeHook(),
		WeaklyTypedInput: true, // as viper decodes: env values are strings
		Result:           target.Interface(),
	})
	if err != nil {
		return fmt.Errorf("check %s: %w", path, err)
	}
	if err := dec.Decode(val); err != nil {
		return &config.Error{Key: path, Msg: fmt.Sprintf("want %s, got %s", typeName(t), describe(val))}
	}
	return nil
}

func joinKey(prefix, k string) string {
	if prefix == "" {
		return k
	}
	return prefix + "." + k
}

// fieldByKey finds the field whose mapstructure tag is k (viper lowercases
// keys, the tags are lowercase).
func fieldByKey(t reflect.Type, k string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		if f := t.Field(i); strings.EqualFold(f.Tag.Get("mapstructure"), k) {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

func tags(t reflect.Type) []string {
	var out []string
	for i := range t.NumField() {
		if tag := t.Field(i).Tag.Get("mapstructure"); tag != "" {
			out = append(out, tag)
		}
	}
	return out
}

func knownKeys(t reflect.Type) string { return "known: " + strings.Join(tags(t), ", ") }

func firstKey(t reflect.Type) string { return tags(t)[0] + ":" }

// typeName says in words what a field holds.
func typeName(t reflect.Type) string {
	if t == durationType {
		return "a duration such as 10s, 500ms or 5m"
	}
	switch t.Kind() {
	case reflect.Pointer:
		return typeName(t.Elem())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return "a whole number"
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number, 0 or more"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.String:
		return "a string"
	case reflect.Slice:
		return "a list of " + strings.TrimPrefix(strings.TrimPrefix(typeName(t.Elem()), "a "), "an ") + "s"
	}
	return t.String()
}

// describe shows a value as the user wrote it, briefly.
func describe(v any) string {
	switch x := v.(type) {
	case map[string]any:
		return "a section of keys"
	case []any:
		return "a list"
	case string:
		return fmt.Sprintf("%q", x)
	}
	return fmt.Sprint(v)
}

func fileError(path string, err error) error {
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return &config.Error{Key: "--config", Msg: fmt.Sprintf("cannot read %s: %v", path, pathErr.Err)}
	}
	return &config.Error{Key: "--config", Msg: fmt.Sprintf("%s is not valid YAML: %s", path, oneLine(err.Error()))}
}

// decodeError names the key mapstructure reports; checkSettings catches
// what users get wrong first, so this is the fallback.
func decodeError(err error) error {
	var de *mapstructure.DecodeError
	if errors.As(err, &de) {
		return &config.Error{Key: de.Name(), Msg: oneLine(de.Unwrap().Error())}
	}
	return &config.Error{Key: "config", Msg: oneLine(err.Error())}
}

func oneLine(s string) string {
	s = strings.ReplaceAll(s, "decoding failed due to the following error(s):", "")
	return strings.Join(strings.Fields(s), " ")
}
