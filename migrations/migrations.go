// Package migrations embeds the SQL schema migrations. Files are append-only:
// once a migration has landed it is never edited, a change is a new file.
package migrations

import "embed"

// FS holds the goose migration files (NNNNN_name.sql).
//
//go:embed *.sql
var FS embed.FS
