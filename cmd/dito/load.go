package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"regexp"
	"strings"

	"github.com/go-viper/mapstructure/v2"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/distributedtown/dito-graph/config"
)

// flagKeys maps persistent flags to config keys; flags win over the
// environment, which wins over the file, which wins over defaults.
var flagKeys = map[string]string{
	"data-dir":     "data_dir",
	"database-url": "database.url",
	"http-addr":    "http.addr",
	"log-level":    "log.level",
	"log-format":   "log.format",
}

// loadConfig reads defaults, then the YAML file (--config, or ./dito.yaml
// when present), then DITO_* environment variables, then flags, and
// validates the result. Every mistake comes back as a *config.Error.
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
	for flag, key := range flagKeys {
		if f := flags.Lookup(flag); f != nil && f.Changed {
			if err := v.BindPFlag(key, f); err != nil {
				return config.Config{}, fmt.Errorf("bind flag --%s: %w", flag, err)
			}
		}
	}

	var cfg config.Config
	err := v.UnmarshalExact(&cfg, viper.DecodeHook(mapstructure.ComposeDecodeHookFunc(
		mapstructure.StringToTimeDurationHookFunc(),
		mapstructure.StringToSliceHookFunc(","),
	)))
	if err != nil {
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

func fileError(path string, err error) error {
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return &config.Error{Key: "--config", Msg: fmt.Sprintf("cannot read %s: %v", path, pathErr.Err)}
	}
	return &config.Error{Key: "--config", Msg: fmt.Sprintf("%s is not valid YAML: %s", path, oneLine(err.Error()))}
}

var invalidKeys = regexp.MustCompile(`'([^']*)' has invalid keys: ([^\n]+)`)

// decodeError turns mapstructure's multi-line report into one line that
// names the offending key, e.g. `config: http.adr: unknown key`.
func decodeError(err error) error {
	if m := invalidKeys.FindStringSubmatch(err.Error()); m != nil {
		first := strings.TrimSpace(strings.Split(m[2], ",")[0])
		key := first
		if m[1] != "" {
			key = m[1] + "." + first
		}
		return &config.Error{Key: key, Msg: "unknown key"}
	}
	return &config.Error{Key: "config", Msg: oneLine(err.Error())}
}

func oneLine(s string) string {
	s = strings.ReplaceAll(s, "decoding failed due to the following error(s):", "")
	return strings.Join(strings.Fields(s), " ")
}
