package store_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/distributedtown/dito-graph/api/model"
	"github.com/distributedtown/dito-graph/store/storetest"
)

// The text filters on references match the id text the SQL functions of
// migration 00005 write; they must write exactly the API's ids, on the
// reference's own chain endpoint (no prefix), another chain's and the
// multi-chain one.
func TestIDTextFunctionsWriteTheAPIsIDs(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t, 2)
	huge, _ := new(big.Int).SetString("115792089237316195423570985008687907853269984665640564039457584007913129639935", 10) // 2^256-1
	numbers := []*big.Int{big.NewInt(0), big.NewInt(1), big.NewInt(26), big.NewInt(255), new(big.Int).Lsh(big.NewInt(1), 64), huge}
	addrs := []common.Address{{}, common.HexToAddress("0x00000000000000000000000000000000000000A1"), common.HexToAddress("0xFFfFfFffFFfffFFfFFfFFFFFffFFFffffFfFFFfF")}
	for _, native := range []uint64{0, 137, 100} {
		for _, n := range numbers {
			var got string
			if err := st.Pool().QueryRow(ctx, `SELECT dito_number_id(137, $1::numeric, $2)`, pgtype.Numeric{Int: n, Valid: true}, int64(native)).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if want := model.WalletID(native, 137, n); got != want {
				t.Errorf("dito_number_id(137, %s, %d) = %s, want %s", n, native, got, want)
			}
		}
		for _, a := range addrs {
			var got string
			if err := st.Pool().QueryRow(ctx, `SELECT dito_address_id(137, $1, $2)`, a.Bytes(), int64(native)).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if want := model.TownID(native, 137, a); got != want {
				t.Errorf("dito_address_id(137, %s, %d) = %s, want %s", a, native, got, want)
			}
		}
	}
}
