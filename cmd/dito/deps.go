package main

// Temporary: pins planned dependencies until the packages that use them land.
import (
	_ "github.com/99designs/gqlgen/client"
	_ "github.com/99designs/gqlgen/graphql/handler"
	_ "github.com/99designs/gqlgen/graphql/handler/transport"
	_ "github.com/99designs/gqlgen/graphql/playground"
	_ "github.com/coder/websocket"
	_ "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	_ "github.com/ethereum/go-ethereum/ethclient"
	_ "github.com/ethereum/go-ethereum/ethclient/simulated"
	_ "github.com/fergusstrange/embedded-postgres"
	_ "github.com/jackc/pgx/v5/pgxpool"
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "github.com/pressly/goose/v3"
	_ "github.com/prometheus/client_golang/prometheus/promhttp"
	_ "github.com/spf13/cobra"
	_ "github.com/spf13/viper"
	_ "github.com/vbauerster/mpb/v8"
	_ "github.com/vikstrous/dataloadgen"
	_ "golang.org/x/time/rate"
	_ "gonum.org/v1/gonum/graph/community"
	_ "gonum.org/v1/gonum/graph/encoding/dot"
	_ "gonum.org/v1/gonum/graph/network"
	_ "gonum.org/v1/gonum/stat/distuv"
)
