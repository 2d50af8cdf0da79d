package model

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/store"
)

// Scalars, as The Graph serves them: Bytes as 0x-prefixed lower-case hex,
// BigInt as a decimal string. Each Go type a scalar binds to has a
// Marshal/Unmarshal pair named after it (see gqlgen.yml).

// InputError is a value a client sent that a scalar cannot take.
type InputError struct{ Msg string }

func (e *InputError) Error() string { return e.Msg }

func inputErr(format string, args ...any) error {
	return &InputError{Msg: fmt.Sprintf(format, args...)}
}

func quoted(s string) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(s)) })
}

// MarshalString writes a String.
func MarshalString(s string) graphql.Marshaler { return graphql.MarshalString(s) }

// UnmarshalString reads a String argument (filter values included). It
// refuses the NUL character, which no Postgres text can hold: a client
// error, not a failed statement.
func UnmarshalString(v any) (string, error) {
	s, err := graphql.UnmarshalString(v)
	if err != nil {
		return "", err
	}
	if err := store.CheckText(s); err != nil {
		return "", &InputError{Msg: err.Error()}
	}
	return s, nil
}

// DecodeHex reads 0x-prefixed (or bare) hex.
func DecodeHex(s string) ([]byte, error) {
	h := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(h)%2 == 1 {
		h = "0" + h
	}
	b, err := hex.DecodeString(h)
	if err != nil {
		return nil, inputErr("%q is not hex bytes", s)
	}
	return b, nil
}

// MarshalBytes writes bytes as 0x hex.
func MarshalBytes(b []byte) graphql.Marshaler { return quoted("0x" + hex.EncodeToString(b)) }

// UnmarshalBytes reads 0x hex.
func UnmarshalBytes(v any) ([]byte, error) {
	s, ok := v.(string)
	if !ok {
		return nil, inputErr("Bytes must be a hex string, not %T", v)
	}
	return DecodeHex(s)
}

// MarshalAddress writes an address as lower-case 0x hex.
func MarshalAddress(a common.Address) graphql.Marshaler { return MarshalBytes(a.Bytes()) }

// UnmarshalAddress reads a 20-byte 0x hex string.
func UnmarshalAddress(v any) (common.Address, error) {
	b, err := UnmarshalBytes(v)
	if err != nil {
		return common.Address{}, err
	}
	if len(b) != common.AddressLength {
		return common.Address{}, inputErr("an address has 20 bytes, not %d", len(b))
	}
	return common.BytesToAddress(b), nil
}

// MarshalHash writes a hash as 0x hex.
func MarshalHash(h common.Hash) graphql.Marshaler { return MarshalBytes(h.Bytes()) }

// UnmarshalHash reads a 32-byte 0x hex string.
func UnmarshalHash(v any) (common.Hash, error) {
	b, err := UnmarshalBytes(v)
	if err != nil {
		return common.Hash{}, err
	}
	if len(b) != common.HashLength {
		return common.Hash{}, inputErr("a block hash has 32 bytes, not %d", len(b))
	}
	return common.BytesToHash(b), nil
}

// MarshalBigInt writes a big integer as a decimal string.
func MarshalBigInt(x *big.Int) graphql.Marshaler {
	if x == nil {
		return graphql.Null
	}
	return quoted(x.String())
}

// UnmarshalBigInt reads a decimal string (or a JSON number).
func UnmarshalBigInt(v any) (*big.Int, error) {
	return ToBigInt(v)
}

// ToBigInt reads an integer sent as a string, a JSON number or a Go integer.
func ToBigInt(v any) (*big.Int, error) {
	var s string
	switch x := v.(type) {
	case string:
		s = x
	case json.Number:
		s = x.String()
	case *big.Int:
		if x == nil {
			return nil, inputErr("BigInt is null")
		}
		return new(big.Int).Set(x), nil
	case int64:
		return big.NewInt(x), nil
	case int:
		return big.NewInt(int64(x)), nil
	case float64:
		if x != float64(int64(x)) {
			return nil, inputErr("BigInt must be an integer, not %v", x)
		}
		return big.NewInt(int64(x)), nil
	default:
		return nil, inputErr("BigInt must be a decimal string, not %T", v)
	}
	if len(s) > 100 {
		return nil, inputErr("BigInt %.20q... is too long", s)
	}
	n, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return nil, inputErr("%q is not a decimal integer", s)
	}
	return n, nil
}

// MarshalBigUint writes a block number or timestamp as a BigInt.
func MarshalBigUint(x uint64) graphql.Marshaler { return quoted(strconv.FormatUint(x, 10)) }

// UnmarshalBigUint reads a non-negative BigInt that fits 64 bits.
func UnmarshalBigUint(v any) (uint64, error) {
	n, err := ToBigInt(v)
	if err != nil {
		return 0, err
	}
	if n.Sign() < 0 || !n.IsUint64() {
		return 0, inputErr("%s is out of range", n)
	}
	return n.Uint64(), nil
}
