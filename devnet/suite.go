package devnet

import (
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/distributedtown/dito-graph/abis"
)

// suite holds the parsed bindings of every contract the devnet calls. The
// SkillWallet variants share their functions, so sw packs calls for both.
type suite struct {
	dt        *abis.DistributedTown
	community *abis.Community
	credit    *abis.DITOCredit
	gigs      *abis.Gigs
	sw        *abis.SkillWallet
	sw2       *abis.SkillWalletV2
	projects  *abis.Projects
}

// newSuite parses the embedded ABIs. The generated constructors panic on an
// invalid ABI; the abis package's tests make that impossible, but a broken
// artifact still surfaces here as an error rather than a crash.
func newSuite() (s *suite, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse contract bindings: %v", r)
		}
	}()
	return &suite{
		dt:        abis.NewDistributedTown(),
		community: abis.NewCommunity(),
		credit:    abis.NewDITOCredit(),
		gigs:      abis.NewGigs(),
		sw:        abis.NewSkillWallet(),
		sw2:       abis.NewSkillWalletV2(),
		projects:  abis.NewProjects(),
	}, nil
}

// creationCode is a contract's bytecode followed by its constructor
// arguments.
func creationCode(name string, parsed abi.ABI, args ...any) ([]byte, error) {
	code, err := abis.Bytecode(name)
	if err != nil {
		return nil, err
	}
	packed, err := parsed.Pack("", args...)
	if err != nil {
		return nil, fmt.Errorf("pack constructor of %s: %w", name, err)
	}
	return append(code, packed...), nil
}
