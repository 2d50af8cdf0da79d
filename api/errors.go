package api

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/distributedtown/dito-graph/api/model"
	"github.com/distributedtown/dito-graph/store"
)

// clientError is a mistake in the request; its message goes to the client
// verbatim (The Graph's wording where clients parse it).
type clientError struct{ msg string }

func (e *clientError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &clientError{msg: fmt.Sprintf(format, args...)}
}

// presentError decides what a client sees: its own mistakes and timeouts
// verbatim, internal failures as a generic message (the detail is logged).
func (s *Server) presentError(ctx context.Context, err error) *gqlerror.Error {
	gerr := graphql.DefaultErrorPresenter(ctx, err)
	// The message is the client's mistake alone: gqlgen's wrapping would
	// put "input:1:3: path" in front, which GraphQL keeps in locations and
	// path instead.
	var ce *clientError
	var ie *model.InputError
	var qe *store.QueryError
	var ge *gqlerror.Error
	switch {
	case errors.As(err, &ce):
		gerr.Message = ce.msg
	case errors.As(err, &ie):
		gerr.Message = ie.Msg
	case errors.As(err, &qe):
		gerr.Message = qe.Msg
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded):
		gerr.Message = fmt.Sprintf("query timed out after %s", s.cfg.QueryTimeout)
	case errors.Is(err, context.Canceled):
		gerr.Message = "request canceled"
	case errors.As(err, &ge) && ge.Err == nil:
		// gqlgen's own validation and coercion errors.
	default:
		s.log.Error("graphql resolver failed", "path", gerr.Path.String(), "err", err)
		gerr.Message = "internal error: the query could not be answered (the server logged why)"
	}
	return gerr
}

// recoverPanic turns a resolver panic into a GraphQL error; the server
// keeps serving.
func (s *Server) recoverPanic(ctx context.Context, v any) error {
	path := ""
	if fc := graphql.GetFieldContext(ctx); fc != nil {
		path = fc.Path().String()
	}
	s.log.Error("graphql resolver panicked", "path", path, "panic", v, "stack", string(debug.Stack()))
	return &clientError{msg: "internal server error"}
}
