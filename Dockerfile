# syntax=docker/dockerfile:1
# A static dito binary on a distroless base, running as a non-root user.
# It expects a Postgres (database.url / DITO_DATABASE_URL): the image has no
# Postgres binaries for the embedded default. See docker-compose.yml.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# go-ethereum falls back to pure-Go crypto without cgo, so the binary is static.
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/dito ./cmd/dito

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/dito /usr/local/bin/dito
USER nonroot:nonroot
# Listen on every interface inside the container (the default is loopback).
ENV DITO_HTTP_ADDR=0.0.0.0:8080 DITO_LOG_FORMAT=json
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/dito"]
CMD ["run", "--config", "/etc/dito/dito.yaml"]
