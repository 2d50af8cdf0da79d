// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package abis

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// GigsGigView is an auto generated low-level Go binding around an user-defined struct.
type GigsGigView struct {
	Id                 *big.Int
	Creator            common.Address
	Taker              common.Address
	Status             uint8
	Credits            *big.Int
	CreditsTransferred *big.Int
}

// ProjectsProject is an auto generated low-level Go binding around an user-defined struct.
type ProjectsProject struct {
	Template    *big.Int
	Community   common.Address
	Creator     common.Address
	MetadataUri string
}

// Skill is an auto generated low-level Go binding around an user-defined struct.
type Skill struct {
	DisplayStringId *big.Int
	Level           *big.Int
}

// SkillSet is an auto generated low-level Go binding around an user-defined struct.
type SkillSet struct {
	Skill1 Skill
	Skill2 Skill
	Skill3 Skill
}

// SkillWalletBaseWalletView is an auto generated low-level Go binding around an user-defined struct.
type SkillWalletBaseWalletView struct {
	Id        *big.Int
	Owner     common.Address
	Community common.Address
	Activated bool
	SkillSet  SkillSet
}

// CommunityMetaData contains all meta data concerning the Community contract.
var CommunityMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"metadataUri_\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"communityId_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"template_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"creator_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"distributedTown_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"skillWallet_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"gigsFactory\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"creditFactory\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_skillWalletTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_transferredTokens\",\"type\":\"uint256\"}],\"name\":\"MemberAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_member\",\"type\":\"address\"}],\"name\":\"MemberLeft\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"STARTING_CREDITS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"communityId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"creator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"distributedTown\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ditoCreditsAddr\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMembers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gigsAddr\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isMember\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"joinExistingMember\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"skillWalletId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill1\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill3\",\"type\":\"tuple\"}],\"internalType\":\"structSkillSet\",\"name\":\"skillSet\",\"type\":\"tuple\"}],\"name\":\"joinNewMember\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"skillWalletId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"leaveCommunity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"memberCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"memberMovedOut\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"metadataUri\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"skillWallet\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"template\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "8a09c96db3a637fb73cb28061ee4dc2c05",
	Bin: "0x610160604052348015610010575f5ffd5b5060405161138f38038061138f83398101604081905261002f91610187565b5f61003a8982610329565b50608087905260a08690526001600160a01b0385811660c05284811660e052838116610100526040516313db266360e31b81523060048201525f91841690639ed93318906024016020604051808303815f875af115801561009d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100c191906103e7565b6001600160a01b03818116610140819052604051631f34340560e11b81523060048201526024810191909152919250831690633e68680a906044016020604051808303815f875af1158015610118573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061013c91906103e7565b6001600160a01b03166101205250610407975050505050505050565b634e487b7160e01b5f52604160045260245ffd5b80516001600160a01b0381168114610182575f5ffd5b919050565b5f5f5f5f5f5f5f5f610100898b03121561019f575f5ffd5b88516001600160401b038111156101b4575f5ffd5b8901601f81018b136101c4575f5ffd5b80516001600160401b038111156101dd576101dd610158565b604051601f8201601f19908116603f011681016001600160401b038111828210171561020b5761020b610158565b6040528181528282016020018d1015610222575f5ffd5b8160208401602083015e5f6020928201830152908b015160408c0151919a5098509650610253905060608a0161016c565b945061026160808a0161016c565b935061026f60a08a0161016c565b925061027d60c08a0161016c565b915061028b60e08a0161016c565b90509295985092959890939650565b600181811c908216806102ae57607f821691505b6020821081036102cc57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610324578282111561032457805f5260205f20601f840160051c60208510156102fd57505f5b90810190601f840160051c035f5b81811015610320575f8382015560010161030b565b5050505b505050565b81516001600160401b0381111561034257610342610158565b61035681610350845461029a565b846102d2565b6020601f821160018114610388575f83156103715750848201515b5f19600385901b1c1916600184901b1784556103e0565b5f84815260208120601f198516915b828110156103b75787850151825560209485019460019092019101610397565b50848210156103d457868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b5f602082840312156103f7575f5ffd5b6104008261016c565b9392505050565b60805160a05160c05160e051610100516101205161014051610ef161049e5f395f61021d01525f818161029301528181610a5901528181610b0b0152610c1d01525f81816101f601528181610368015281816103f2015281816104d00152818161065401528181610732015281816107bc015261089301525f6102ba01525f61010401525f61017801525f6101c70152610ef15ff3fe608060405234801561000f575f5ffd5b50600436106100fb575f3560e01c806388b75bf911610093578063a230c52411610063578063a230c52414610254578063ac254bc91461028e578063bc5ce9cb146102b5578063bd04b8e5146102dc575f5ffd5b806388b75bf9146101e95780639030b12d146101f1578063964c42be146102185780639eab52531461023f575f5ffd5b80636f2ddd93116100ce5780636f2ddd931461017357806376b6ad101461019a57806377a4d559146101ad5780637f50861a146101c2575f5ffd5b806302d05d3f146100ff578063055deb4a1461014357806311aee380146101615780635e16484314610169575b5f5ffd5b6101267f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b610153686c6b935b8bbd40000081565b60405190815260200161013a565b600154610153565b6101716102ef565b005b6101537f000000000000000000000000000000000000000000000000000000000000000081565b6101536101a8366004610cc4565b61045d565b6101b5610558565b60405161013a9190610cdd565b6101537f000000000000000000000000000000000000000000000000000000000000000081565b6101536105e3565b6101267f000000000000000000000000000000000000000000000000000000000000000081565b6101267f000000000000000000000000000000000000000000000000000000000000000081565b610247610828565b60405161013a9190610d12565b61027e610262366004610d5d565b6001600160a01b03165f90815260026020526040902054151590565b604051901515815260200161013a565b6101267f000000000000000000000000000000000000000000000000000000000000000081565b6101267f000000000000000000000000000000000000000000000000000000000000000081565b6101716102ea366004610d5d565b610888565b335f9081526002602052604081205490036103515760405162461bcd60e51b815260206004820152601760248201527f436f6d6d756e6974793a206e6f742061206d656d62657200000000000000000060448201526064015b60405180910390fd5b6040516371b8b49d60e11b81523360048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e371693a90602401602060405180830381865afa1580156103b5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103d99190610d8a565b60405163048abf0160e21b8152600481018290529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063122afc04906024015f604051808303815f87803b15801561043b575f5ffd5b505af115801561044d573d5f5f3e3d5ffd5b5050505061045a33610933565b50565b335f90815260026020526040812054156104b95760405162461bcd60e51b815260206004820152601b60248201527f436f6d6d756e6974793a20616c72656164792061206d656d62657200000000006044820152606401610348565b604051630235bb1960e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690630235bb19906105079033908690600401610da1565b6020604051808303815f875af1158015610523573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105479190610d8a565b90506105533382610b9c565b919050565b5f805461056490610dfc565b80601f016020809104026020016040519081016040528092919081815260200182805461059090610dfc565b80156105db5780601f106105b2576101008083540402835291602001916105db565b820191905f5260205f20905b8154815290600101906020018083116105be57829003601f168201915b505050505081565b335f908152600260205260408120541561063f5760405162461bcd60e51b815260206004820152601b60248201527f436f6d6d756e6974793a20616c72656164792061206d656d62657200000000006044820152606401610348565b604051632931fde360e01b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690632931fde390602401602060405180830381865afa1580156106a1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106c59190610e34565b61071d5760405162461bcd60e51b8152602060048201526024808201527f436f6d6d756e6974793a2063616c6c657220686173206e6f20536b696c6c57616044820152631b1b195d60e21b6064820152608401610348565b6040516371b8b49d60e11b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e371693a90602401602060405180830381865afa15801561077f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107a39190610d8a565b60405163b50e77ff60e01b8152600481018290529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b50e77ff906024015f604051808303815f87803b158015610805575f5ffd5b505af1158015610817573d5f5f3e3d5ffd5b505050506108253382610b9c565b90565b6060600180548060200260200160405190810160405280929190818152602001828054801561087e57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610860575b5050505050905090565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146109115760405162461bcd60e51b815260206004820152602860248201527f436f6d6d756e6974793a2063616c6c6572206973206e6f742074686520536b696044820152671b1b15d85b1b195d60c21b6064820152608401610348565b6001600160a01b0381165f908152600260205260409020541561045a5761045a815b6001600160a01b0381165f9081526002602052604081205461095790600190610e67565b600180549192505f9161096b908290610e67565b8154811061097b5761097b610e80565b5f91825260209091200154600180546001600160a01b0390921692508291849081106109a9576109a9610e80565b5f91825260209091200180546001600160a01b0319166001600160a01b03929092169190911790556109dc826001610e94565b6001600160a01b0382165f908152600260205260409020556001805480610a0557610a05610ea7565b5f82815260208082205f19908401810180546001600160a01b03191690559092019092556001600160a01b0385811680845260029092526040808420849055516370a0823160e01b815260048101929092527f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015610a9e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ac29190610d8a565b90508015610b635760405163fc673c4f60e01b81526001600160a01b03858116600483015260248201839052608060448301525f6084830181905260a0606484015260a48301527f0000000000000000000000000000000000000000000000000000000000000000169063fc673c4f9060c4015f604051808303815f87803b158015610b4c575f5ffd5b505af1158015610b5e573d5f5f3e3d5ffd5b505050505b6040516001600160a01b038516907fbea911b50ccdd2233b28faa49766c3cbd0631608f32e5a724d7b83b32b681ad0905f90a250505050565b6001805480820182557fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf60180546001600160a01b0319166001600160a01b0385811691821790925591545f838152600260205260409081902091909155516340c10f1960e01b81526004810192909252686c6b935b8bbd40000060248301527f000000000000000000000000000000000000000000000000000000000000000016906340c10f19906044015f604051808303815f87803b158015610c5e575f5ffd5b505af1158015610c70573d5f5f3e3d5ffd5b505060408051848152686c6b935b8bbd40000060208201526001600160a01b03861693507fe17e0e2cd88e2144dd54f3d823c30d4569092bcac1aabaec1129883e9cc12d2e92500160405180910390a25050565b5f60c0828403128015610cd5575f5ffd5b509092915050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b602080825282518282018190525f918401906040840190835b81811015610d525783516001600160a01b0316835260209384019390920191600101610d2b565b509095945050505050565b5f60208284031215610d6d575f5ffd5b81356001600160a01b0381168114610d83575f5ffd5b9392505050565b5f60208284031215610d9a575f5ffd5b5051919050565b6001600160a01b038316815260e08101610dc8602083018480358252602090810135910152565b610de2606083016040850180358252602090810135910152565b610d8360a083016080850180358252602090810135910152565b600181811c90821680610e1057607f821691505b602082108103610e2e57634e487b7160e01b5f52602260045260245ffd5b50919050565b5f60208284031215610e44575f5ffd5b81518015158114610d83575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b81810381811115610e7a57610e7a610e53565b92915050565b634e487b7160e01b5f52603260045260245ffd5b80820180821115610e7a57610e7a610e53565b634e487b7160e01b5f52603160045260245ffdfea26469706673582212201f612323e3e96f95844f70523a7da39082fb8fb1fa70df5a6d8e7d683509385e64736f6c63430008250033",
}

// Community is an auto generated Go binding around an Ethereum contract.
type Community struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Community) GetABI() abi.ABI {
	return c.abi
}

// NewCommunity creates a new instance of Community.
func NewCommunity() *Community {
	parsed, err := CommunityMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Community{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Community) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string metadataUri_, uint256 communityId_, uint256 template_, address creator_, address distributedTown_, address skillWallet_, address gigsFactory, address creditFactory) returns()
func (community *Community) PackConstructor(metadataUri_ string, communityId_ *big.Int, template_ *big.Int, creator_ common.Address, distributedTown_ common.Address, skillWallet_ common.Address, gigsFactory common.Address, creditFactory common.Address) []byte {
	enc, err := community.abi.Pack("", metadataUri_, communityId_, template_, creator_, distributedTown_, skillWallet_, gigsFactory, creditFactory)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackSTARTINGCREDITS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x055deb4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STARTING_CREDITS() view returns(uint256)
func (community *Community) PackSTARTINGCREDITS() []byte {
	enc, err := community.abi.Pack("STARTING_CREDITS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTARTINGCREDITS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x055deb4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STARTING_CREDITS() view returns(uint256)
func (community *Community) TryPackSTARTINGCREDITS() ([]byte, error) {
	return community.abi.Pack("STARTING_CREDITS")
}

// UnpackSTARTINGCREDITS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x055deb4a.
//
// Solidity: function STARTING_CREDITS() view returns(uint256)
func (community *Community) UnpackSTARTINGCREDITS(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("STARTING_CREDITS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCommunityId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f50861a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function communityId() view returns(uint256)
func (community *Community) PackCommunityId() []byte {
	enc, err := community.abi.Pack("communityId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommunityId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f50861a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function communityId() view returns(uint256)
func (community *Community) TryPackCommunityId() ([]byte, error) {
	return community.abi.Pack("communityId")
}

// UnpackCommunityId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f50861a.
//
// Solidity: function communityId() view returns(uint256)
func (community *Community) UnpackCommunityId(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("communityId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02d05d3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function creator() view returns(address)
func (community *Community) PackCreator() []byte {
	enc, err := community.abi.Pack("creator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02d05d3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function creator() view returns(address)
func (community *Community) TryPackCreator() ([]byte, error) {
	return community.abi.Pack("creator")
}

// UnpackCreator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02d05d3f.
//
// Solidity: function creator() view returns(address)
func (community *Community) UnpackCreator(data []byte) (common.Address, error) {
	out, err := community.abi.Unpack("creator", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDistributedTown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc5ce9cb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function distributedTown() view returns(address)
func (community *Community) PackDistributedTown() []byte {
	enc, err := community.abi.Pack("distributedTown")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDistributedTown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc5ce9cb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function distributedTown() view returns(address)
func (community *Community) TryPackDistributedTown() ([]byte, error) {
	return community.abi.Pack("distributedTown")
}

// UnpackDistributedTown is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc5ce9cb.
//
// Solidity: function distributedTown() view returns(address)
func (community *Community) UnpackDistributedTown(data []byte) (common.Address, error) {
	out, err := community.abi.Unpack("distributedTown", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDitoCreditsAddr is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac254bc9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ditoCreditsAddr() view returns(address)
func (community *Community) PackDitoCreditsAddr() []byte {
	enc, err := community.abi.Pack("ditoCreditsAddr")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDitoCreditsAddr is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac254bc9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ditoCreditsAddr() view returns(address)
func (community *Community) TryPackDitoCreditsAddr() ([]byte, error) {
	return community.abi.Pack("ditoCreditsAddr")
}

// UnpackDitoCreditsAddr is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac254bc9.
//
// Solidity: function ditoCreditsAddr() view returns(address)
func (community *Community) UnpackDitoCreditsAddr(data []byte) (common.Address, error) {
	out, err := community.abi.Unpack("ditoCreditsAddr", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetMembers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9eab5253.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMembers() view returns(address[])
func (community *Community) PackGetMembers() []byte {
	enc, err := community.abi.Pack("getMembers")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMembers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9eab5253.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMembers() view returns(address[])
func (community *Community) TryPackGetMembers() ([]byte, error) {
	return community.abi.Pack("getMembers")
}

// UnpackGetMembers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9eab5253.
//
// Solidity: function getMembers() view returns(address[])
func (community *Community) UnpackGetMembers(data []byte) ([]common.Address, error) {
	out, err := community.abi.Unpack("getMembers", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGigsAddr is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x964c42be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gigsAddr() view returns(address)
func (community *Community) PackGigsAddr() []byte {
	enc, err := community.abi.Pack("gigsAddr")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGigsAddr is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x964c42be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gigsAddr() view returns(address)
func (community *Community) TryPackGigsAddr() ([]byte, error) {
	return community.abi.Pack("gigsAddr")
}

// UnpackGigsAddr is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x964c42be.
//
// Solidity: function gigsAddr() view returns(address)
func (community *Community) UnpackGigsAddr(data []byte) (common.Address, error) {
	out, err := community.abi.Unpack("gigsAddr", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa230c524.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isMember(address account) view returns(bool)
func (community *Community) PackIsMember(account common.Address) []byte {
	enc, err := community.abi.Pack("isMember", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa230c524.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isMember(address account) view returns(bool)
func (community *Community) TryPackIsMember(account common.Address) ([]byte, error) {
	return community.abi.Pack("isMember", account)
}

// UnpackIsMember is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa230c524.
//
// Solidity: function isMember(address account) view returns(bool)
func (community *Community) UnpackIsMember(data []byte) (bool, error) {
	out, err := community.abi.Unpack("isMember", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackJoinExistingMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88b75bf9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function joinExistingMember() returns(uint256 skillWalletId)
func (community *Community) PackJoinExistingMember() []byte {
	enc, err := community.abi.Pack("joinExistingMember")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJoinExistingMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88b75bf9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function joinExistingMember() returns(uint256 skillWalletId)
func (community *Community) TryPackJoinExistingMember() ([]byte, error) {
	return community.abi.Pack("joinExistingMember")
}

// UnpackJoinExistingMember is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x88b75bf9.
//
// Solidity: function joinExistingMember() returns(uint256 skillWalletId)
func (community *Community) UnpackJoinExistingMember(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("joinExistingMember", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackJoinNewMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76b6ad10.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function joinNewMember(((uint256,uint256),(uint256,uint256),(uint256,uint256)) skillSet) returns(uint256 skillWalletId)
func (community *Community) PackJoinNewMember(skillSet SkillSet) []byte {
	enc, err := community.abi.Pack("joinNewMember", skillSet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJoinNewMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76b6ad10.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function joinNewMember(((uint256,uint256),(uint256,uint256),(uint256,uint256)) skillSet) returns(uint256 skillWalletId)
func (community *Community) TryPackJoinNewMember(skillSet SkillSet) ([]byte, error) {
	return community.abi.Pack("joinNewMember", skillSet)
}

// UnpackJoinNewMember is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76b6ad10.
//
// Solidity: function joinNewMember(((uint256,uint256),(uint256,uint256),(uint256,uint256)) skillSet) returns(uint256 skillWalletId)
func (community *Community) UnpackJoinNewMember(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("joinNewMember", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLeaveCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e164843.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leaveCommunity() returns()
func (community *Community) PackLeaveCommunity() []byte {
	enc, err := community.abi.Pack("leaveCommunity")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeaveCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e164843.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leaveCommunity() returns()
func (community *Community) TryPackLeaveCommunity() ([]byte, error) {
	return community.abi.Pack("leaveCommunity")
}

// PackMemberCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11aee380.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function memberCount() view returns(uint256)
func (community *Community) PackMemberCount() []byte {
	enc, err := community.abi.Pack("memberCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMemberCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11aee380.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function memberCount() view returns(uint256)
func (community *Community) TryPackMemberCount() ([]byte, error) {
	return community.abi.Pack("memberCount")
}

// UnpackMemberCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x11aee380.
//
// Solidity: function memberCount() view returns(uint256)
func (community *Community) UnpackMemberCount(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("memberCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMemberMovedOut is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd04b8e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function memberMovedOut(address member) returns()
func (community *Community) PackMemberMovedOut(member common.Address) []byte {
	enc, err := community.abi.Pack("memberMovedOut", member)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMemberMovedOut is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd04b8e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function memberMovedOut(address member) returns()
func (community *Community) TryPackMemberMovedOut(member common.Address) ([]byte, error) {
	return community.abi.Pack("memberMovedOut", member)
}

// PackMetadataUri is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77a4d559.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function metadataUri() view returns(string)
func (community *Community) PackMetadataUri() []byte {
	enc, err := community.abi.Pack("metadataUri")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMetadataUri is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77a4d559.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function metadataUri() view returns(string)
func (community *Community) TryPackMetadataUri() ([]byte, error) {
	return community.abi.Pack("metadataUri")
}

// UnpackMetadataUri is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x77a4d559.
//
// Solidity: function metadataUri() view returns(string)
func (community *Community) UnpackMetadataUri(data []byte) (string, error) {
	out, err := community.abi.Unpack("metadataUri", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSkillWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9030b12d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function skillWallet() view returns(address)
func (community *Community) PackSkillWallet() []byte {
	enc, err := community.abi.Pack("skillWallet")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSkillWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9030b12d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function skillWallet() view returns(address)
func (community *Community) TryPackSkillWallet() ([]byte, error) {
	return community.abi.Pack("skillWallet")
}

// UnpackSkillWallet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9030b12d.
//
// Solidity: function skillWallet() view returns(address)
func (community *Community) UnpackSkillWallet(data []byte) (common.Address, error) {
	out, err := community.abi.Unpack("skillWallet", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f2ddd93.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function template() view returns(uint256)
func (community *Community) PackTemplate() []byte {
	enc, err := community.abi.Pack("template")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTemplate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f2ddd93.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function template() view returns(uint256)
func (community *Community) TryPackTemplate() ([]byte, error) {
	return community.abi.Pack("template")
}

// UnpackTemplate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f2ddd93.
//
// Solidity: function template() view returns(uint256)
func (community *Community) UnpackTemplate(data []byte) (*big.Int, error) {
	out, err := community.abi.Unpack("template", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// CommunityMemberAdded represents a MemberAdded event raised by the Community contract.
type CommunityMemberAdded struct {
	Member             common.Address
	SkillWalletTokenId *big.Int
	TransferredTokens  *big.Int
	Raw                *types.Log // Blockchain specific contextual infos
}

const CommunityMemberAddedEventName = "MemberAdded"

// ContractEventName returns the user-defined event name.
func (CommunityMemberAdded) ContractEventName() string {
	return CommunityMemberAddedEventName
}

// UnpackMemberAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MemberAdded(address indexed _member, uint256 _skillWalletTokenId, uint256 _transferredTokens)
func (community *Community) UnpackMemberAddedEvent(log *types.Log) (*CommunityMemberAdded, error) {
	event := "MemberAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != community.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityMemberAdded)
	if len(log.Data) > 0 {
		if err := community.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range community.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CommunityMemberLeft represents a MemberLeft event raised by the Community contract.
type CommunityMemberLeft struct {
	Member common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const CommunityMemberLeftEventName = "MemberLeft"

// ContractEventName returns the user-defined event name.
func (CommunityMemberLeft) ContractEventName() string {
	return CommunityMemberLeftEventName
}

// UnpackMemberLeftEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MemberLeft(address indexed _member)
func (community *Community) UnpackMemberLeftEvent(log *types.Log) (*CommunityMemberLeft, error) {
	event := "MemberLeft"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != community.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CommunityMemberLeft)
	if len(log.Data) > 0 {
		if err := community.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range community.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CommunityFactoryMetaData contains all meta data concerning the CommunityFactory contract.
var CommunityFactoryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"metadataUri\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"communityId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"template\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"skillWallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"gigsFactory\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"creditFactory\",\"type\":\"address\"}],\"name\":\"create\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "9010ddd2e8b53e934e85da4043caed9508",
	Bin: "0x6080604052348015600e575f5ffd5b506115c68061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c8063c5862eb51461002d575b5f5ffd5b61004061003b3660046100d3565b61005c565b6040516001600160a01b03909116815260200160405180910390f35b5f888888888833898989604051610072906100ab565b61008499989796959493929190610191565b604051809103905ff08015801561009d573d5f5f3e3d5ffd5b509998505050505050505050565b61138f8061020283390190565b80356001600160a01b03811681146100ce575f5ffd5b919050565b5f5f5f5f5f5f5f5f60e0898b0312156100ea575f5ffd5b883567ffffffffffffffff811115610100575f5ffd5b8901601f81018b13610110575f5ffd5b803567ffffffffffffffff811115610126575f5ffd5b8b6020828401011115610137575f5ffd5b60209182019950975089013595506040890135945061015860608a016100b8565b935061016660808a016100b8565b925061017460a08a016100b8565b915061018260c08a016100b8565b90509295985092959890939650565b610100815288610100820152888a6101208301375f6101208a8301810191909152602082019890985260408101969096526001600160a01b039485166060870152928416608086015290831660a0850152821660c08401521660e0820152601f909201601f19169091010191905056fe610160604052348015610010575f5ffd5b5060405161138f38038061138f83398101604081905261002f91610187565b5f61003a8982610329565b50608087905260a08690526001600160a01b0385811660c05284811660e052838116610100526040516313db266360e31b81523060048201525f91841690639ed93318906024016020604051808303815f875af115801561009d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100c191906103e7565b6001600160a01b03818116610140819052604051631f34340560e11b81523060048201526024810191909152919250831690633e68680a906044016020604051808303815f875af1158015610118573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061013c91906103e7565b6001600160a01b03166101205250610407975050505050505050565b634e487b7160e01b5f52604160045260245ffd5b80516001600160a01b0381168114610182575f5ffd5b919050565b5f5f5f5f5f5f5f5f610100898b03121561019f575f5ffd5b88516001600160401b038111156101b4575f5ffd5b8901601f81018b136101c4575f5ffd5b80516001600160401b038111156101dd576101dd610158565b604051601f8201601f19908116603f011681016001600160401b038111828210171561020b5761020b610158565b6040528181528282016020018d1015610222575f5ffd5b8160208401602083015e5f6020928201830152908b015160408c0151919a5098509650610253905060608a0161016c565b945061026160808a0161016c565b935061026f60a08a0161016c565b925061027d60c08a0161016c565b915061028b60e08a0161016c565b90509295985092959890939650565b600181811c908216806102ae57607f821691505b6020821081036102cc57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610324578282111561032457805f5260205f20601f840160051c60208510156102fd57505f5b90810190601f840160051c035f5b81811015610320575f8382015560010161030b565b5050505b505050565b81516001600160401b0381111561034257610342610158565b61035681610350845461029a565b846102d2565b6020601f821160018114610388575f83156103715750848201515b5f19600385901b1c1916600184901b1784556103e0565b5f84815260208120601f198516915b828110156103b75787850151825560209485019460019092019101610397565b50848210156103d457868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b5f602082840312156103f7575f5ffd5b6104008261016c565b9392505050565b60805160a05160c05160e051610100516101205161014051610ef161049e5f395f61021d01525f818161029301528181610a5901528181610b0b0152610c1d01525f81816101f601528181610368015281816103f2015281816104d00152818161065401528181610732015281816107bc015261089301525f6102ba01525f61010401525f61017801525f6101c70152610ef15ff3fe608060405234801561000f575f5ffd5b50600436106100fb575f3560e01c806388b75bf911610093578063a230c52411610063578063a230c52414610254578063ac254bc91461028e578063bc5ce9cb146102b5578063bd04b8e5146102dc575f5ffd5b806388b75bf9146101e95780639030b12d146101f1578063964c42be146102185780639eab52531461023f575f5ffd5b80636f2ddd93116100ce5780636f2ddd931461017357806376b6ad101461019a57806377a4d559146101ad5780637f50861a146101c2575f5ffd5b806302d05d3f146100ff578063055deb4a1461014357806311aee380146101615780635e16484314610169575b5f5ffd5b6101267f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b610153686c6b935b8bbd40000081565b60405190815260200161013a565b600154610153565b6101716102ef565b005b6101537f000000000000000000000000000000000000000000000000000000000000000081565b6101536101a8366004610cc4565b61045d565b6101b5610558565b60405161013a9190610cdd565b6101537f000000000000000000000000000000000000000000000000000000000000000081565b6101536105e3565b6101267f000000000000000000000000000000000000000000000000000000000000000081565b6101267f000000000000000000000000000000000000000000000000000000000000000081565b610247610828565b60405161013a9190610d12565b61027e610262366004610d5d565b6001600160a01b03165f90815260026020526040902054151590565b604051901515815260200161013a565b6101267f000000000000000000000000000000000000000000000000000000000000000081565b6101267f000000000000000000000000000000000000000000000000000000000000000081565b6101716102ea366004610d5d565b610888565b335f9081526002602052604081205490036103515760405162461bcd60e51b815260206004820152601760248201527f436f6d6d756e6974793a206e6f742061206d656d62657200000000000000000060448201526064015b60405180910390fd5b6040516371b8b49d60e11b81523360048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e371693a90602401602060405180830381865afa1580156103b5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103d99190610d8a565b60405163048abf0160e21b8152600481018290529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063122afc04906024015f604051808303815f87803b15801561043b575f5ffd5b505af115801561044d573d5f5f3e3d5ffd5b5050505061045a33610933565b50565b335f90815260026020526040812054156104b95760405162461bcd60e51b815260206004820152601b60248201527f436f6d6d756e6974793a20616c72656164792061206d656d62657200000000006044820152606401610348565b604051630235bb1960e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690630235bb19906105079033908690600401610da1565b6020604051808303815f875af1158015610523573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105479190610d8a565b90506105533382610b9c565b919050565b5f805461056490610dfc565b80601f016020809104026020016040519081016040528092919081815260200182805461059090610dfc565b80156105db5780601f106105b2576101008083540402835291602001916105db565b820191905f5260205f20905b8154815290600101906020018083116105be57829003601f168201915b505050505081565b335f908152600260205260408120541561063f5760405162461bcd60e51b815260206004820152601b60248201527f436f6d6d756e6974793a20616c72656164792061206d656d62657200000000006044820152606401610348565b604051632931fde360e01b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690632931fde390602401602060405180830381865afa1580156106a1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106c59190610e34565b61071d5760405162461bcd60e51b8152602060048201526024808201527f436f6d6d756e6974793a2063616c6c657220686173206e6f20536b696c6c57616044820152631b1b195d60e21b6064820152608401610348565b6040516371b8b49d60e11b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e371693a90602401602060405180830381865afa15801561077f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107a39190610d8a565b60405163b50e77ff60e01b8152600481018290529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b50e77ff906024015f604051808303815f87803b158015610805575f5ffd5b505af1158015610817573d5f5f3e3d5ffd5b505050506108253382610b9c565b90565b6060600180548060200260200160405190810160405280929190818152602001828054801561087e57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610860575b5050505050905090565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146109115760405162461bcd60e51b815260206004820152602860248201527f436f6d6d756e6974793a2063616c6c6572206973206e6f742074686520536b696044820152671b1b15d85b1b195d60c21b6064820152608401610348565b6001600160a01b0381165f908152600260205260409020541561045a5761045a815b6001600160a01b0381165f9081526002602052604081205461095790600190610e67565b600180549192505f9161096b908290610e67565b8154811061097b5761097b610e80565b5f91825260209091200154600180546001600160a01b0390921692508291849081106109a9576109a9610e80565b5f91825260209091200180546001600160a01b0319166001600160a01b03929092169190911790556109dc826001610e94565b6001600160a01b0382165f908152600260205260409020556001805480610a0557610a05610ea7565b5f82815260208082205f19908401810180546001600160a01b03191690559092019092556001600160a01b0385811680845260029092526040808420849055516370a0823160e01b815260048101929092527f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015610a9e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ac29190610d8a565b90508015610b635760405163fc673c4f60e01b81526001600160a01b03858116600483015260248201839052608060448301525f6084830181905260a0606484015260a48301527f0000000000000000000000000000000000000000000000000000000000000000169063fc673c4f9060c4015f604051808303815f87803b158015610b4c575f5ffd5b505af1158015610b5e573d5f5f3e3d5ffd5b505050505b6040516001600160a01b038516907fbea911b50ccdd2233b28faa49766c3cbd0631608f32e5a724d7b83b32b681ad0905f90a250505050565b6001805480820182557fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf60180546001600160a01b0319166001600160a01b0385811691821790925591545f838152600260205260409081902091909155516340c10f1960e01b81526004810192909252686c6b935b8bbd40000060248301527f000000000000000000000000000000000000000000000000000000000000000016906340c10f19906044015f604051808303815f87803b158015610c5e575f5ffd5b505af1158015610c70573d5f5f3e3d5ffd5b505060408051848152686c6b935b8bbd40000060208201526001600160a01b03861693507fe17e0e2cd88e2144dd54f3d823c30d4569092bcac1aabaec1129883e9cc12d2e92500160405180910390a25050565b5f60c0828403128015610cd5575f5ffd5b509092915050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b602080825282518282018190525f918401906040840190835b81811015610d525783516001600160a01b0316835260209384019390920191600101610d2b565b509095945050505050565b5f60208284031215610d6d575f5ffd5b81356001600160a01b0381168114610d83575f5ffd5b9392505050565b5f60208284031215610d9a575f5ffd5b5051919050565b6001600160a01b038316815260e08101610dc8602083018480358252602090810135910152565b610de2606083016040850180358252602090810135910152565b610d8360a083016080850180358252602090810135910152565b600181811c90821680610e1057607f821691505b602082108103610e2e57634e487b7160e01b5f52602260045260245ffd5b50919050565b5f60208284031215610e44575f5ffd5b81518015158114610d83575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b81810381811115610e7a57610e7a610e53565b92915050565b634e487b7160e01b5f52603260045260245ffd5b80820180821115610e7a57610e7a610e53565b634e487b7160e01b5f52603160045260245ffdfea26469706673582212201f612323e3e96f95844f70523a7da39082fb8fb1fa70df5a6d8e7d683509385e64736f6c63430008250033a264697066735822122033dd9bdaf0e7d5408dd2908ea0c3116cb893b3a4559e4563f9da526963976b0b64736f6c63430008250033",
}

// CommunityFactory is an auto generated Go binding around an Ethereum contract.
type CommunityFactory struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CommunityFactory) GetABI() abi.ABI {
	return c.abi
}

// NewCommunityFactory creates a new instance of CommunityFactory.
func NewCommunityFactory() *CommunityFactory {
	parsed, err := CommunityFactoryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CommunityFactory{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CommunityFactory) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5862eb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function create(string metadataUri, uint256 communityId, uint256 template, address creator, address skillWallet, address gigsFactory, address creditFactory) returns(address)
func (communityFactory *CommunityFactory) PackCreate(metadataUri string, communityId *big.Int, template *big.Int, creator common.Address, skillWallet common.Address, gigsFactory common.Address, creditFactory common.Address) []byte {
	enc, err := communityFactory.abi.Pack("create", metadataUri, communityId, template, creator, skillWallet, gigsFactory, creditFactory)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5862eb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function create(string metadataUri, uint256 communityId, uint256 template, address creator, address skillWallet, address gigsFactory, address creditFactory) returns(address)
func (communityFactory *CommunityFactory) TryPackCreate(metadataUri string, communityId *big.Int, template *big.Int, creator common.Address, skillWallet common.Address, gigsFactory common.Address, creditFactory common.Address) ([]byte, error) {
	return communityFactory.abi.Pack("create", metadataUri, communityId, template, creator, skillWallet, gigsFactory, creditFactory)
}

// UnpackCreate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5862eb5.
//
// Solidity: function create(string metadataUri, uint256 communityId, uint256 template, address creator, address skillWallet, address gigsFactory, address creditFactory) returns(address)
func (communityFactory *CommunityFactory) UnpackCreate(data []byte) (common.Address, error) {
	out, err := communityFactory.abi.Unpack("create", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// CreditFactoryMetaData contains all meta data concerning the CreditFactory contract.
var CreditFactoryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"community\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"gigs\",\"type\":\"address\"}],\"name\":\"create\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "7e0f679047a2ad8ae40fe5a18ccaa6fac1",
	Bin: "0x6080604052348015600e575f5ffd5b5061166d8061001c5f395ff3fe6080604052348015600e575f5ffd5b50600436106026575f3560e01c80633e68680a14602a575b5f5ffd5b6039603536600460c0565b6055565b6040516001600160a01b03909116815260200160405180910390f35b5f82826040516062906099565b6001600160a01b03928316815291166020820152604001604051809103905ff0801580156091573d5f5f3e3d5ffd5b509392505050565b61154b806100ed83390190565b80356001600160a01b038116811460bb575f5ffd5b919050565b5f5f6040838503121560d0575f5ffd5b60d78360a6565b915060e36020840160a6565b9050925092905056fe60c060405234801561000f575f5ffd5b5060405161154b38038061154b83398101604081905261002e91610060565b6001600160a01b039182166080521660a052610091565b80516001600160a01b038116811461005b575f5ffd5b919050565b5f5f60408385031215610071575f5ffd5b61007a83610045565b915061008860208401610045565b90509250929050565b60805160a0516114766100d55f395f818161020b015281816103fd01526108e801525f81816102f5015281816103aa015281816105ac01526108ac01526114765ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c806362ad1b83116100b4578063d95b637111610079578063d95b6371146102dd578063dc1fb5a5146102f0578063dd62ed3e14610317578063ed70ecb614610341578063fc673c4f14610362578063fe9d930314610375575f5ffd5b806362ad1b831461026257806370a082311461027557806395d89b41146102945780639bd9bbc6146102b7578063a9059cbb146102ca575f5ffd5b80631e63b8e3116101055780631e63b8e3146101d057806323b872dd146101d9578063313ce567146101ec5780633b5fd9131461020657806340c10f1914610245578063556f0dc71461025a575f5ffd5b806306e485381461014157806306fdde031461015f578063095ea7b31461018f57806318160ddd146101b25780631aab9a9f146101c8575b5f5ffd5b610149610388565b6040516101569190610fb3565b60405180910390f35b610182604051806040016040528060048152602001634469546f60e01b81525081565b6040516101569190610ff3565b6101a261019d366004611020565b610452565b6040519015158152602001610156565b6101ba5f5481565b604051908152602001610156565b6004546101ba565b6101ba60015481565b6101a26101e7366004611048565b6104be565b6101f4601281565b60405160ff9091168152602001610156565b61022d7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610156565b610258610253366004611020565b6105a1565b005b6101ba600181565b6102586102703660046110c0565b610760565b6101ba610283366004611159565b60026020525f908152604090205481565b610182604051806040016040528060048152602001634449544f60e01b81525081565b6102586102c5366004611172565b610804565b6101a26102d8366004611020565b61085a565b6101a26102eb3660046111c8565b61088e565b61022d7f000000000000000000000000000000000000000000000000000000000000000081565b6101ba6103253660046111c8565b600360209081525f928352604080842090915290825290205481565b61035461034f3660046111f9565b610923565b604051610156929190611219565b610258610370366004611271565b610aca565b6102586103833660046112fa565b610b6c565b60408051600280825260608083018452926020830190803683370190505090507f0000000000000000000000000000000000000000000000000000000000000000815f815181106103db576103db611356565b60200260200101906001600160a01b031690816001600160a01b0316815250507f00000000000000000000000000000000000000000000000000000000000000008160018151811061042f5761042f611356565b60200260200101906001600160a01b031690816001600160a01b03168152505090565b335f8181526003602090815260408083206001600160a01b038716808552925280832085905551919290917f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925906104ac9086815260200190565b60405180910390a35060015b92915050565b6001600160a01b0383165f908152600360209081526040808320338452909152812054828110156105365760405162461bcd60e51b815260206004820152601d60248201527f4449544f4372656469743a20616c6c6f77616e636520746f6f206c6f7700000060448201526064015b60405180910390fd5b5f19811461056c57610548838261137e565b6001600160a01b0386165f9081526003602090815260408083203384529091529020555b6105963386868660405180602001604052805f81525060405180602001604052805f815250610bc0565b506001949350505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146106295760405162461bcd60e51b815260206004820152602760248201527f4449544f4372656469743a2063616c6c6572206973206e6f742074686520636f6044820152666d6d756e69747960c81b606482015260840161052d565b6001600160a01b03821661067f5760405162461bcd60e51b815260206004820152601860248201527f4449544f4372656469743a206d696e7420746f207a65726f0000000000000000604482015260640161052d565b805f5f82825461068f9190611391565b9091555061069f90508282610d6d565b60018054905f6106ae836113a4565b9190505550816001600160a01b0316336001600160a01b03167f2fe5be0146f74c5bce36c0b80911af6c7d86ff27e89d5cfa61fc681327954e5d836040516107149181526060602082018190525f90820181905260806040830181905282015260a00190565b60405180910390a36040518181526001600160a01b038316905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a35050565b61076a338861088e565b6107865760405162461bcd60e51b815260040161052d906113bc565b6107fb3388888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050604080516020601f8c018190048102820181019092528a815292508a91508990819084018382808284375f92019190915250610bc092505050565b50505050505050565b6108543333868686868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525060408051602081019091529081529250610bc0915050565b50505050565b5f6108853333858560405180602001604052805f81525060405180602001604052805f815250610bc0565b50600192915050565b5f816001600160a01b0316836001600160a01b031614806108e057507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b0316145b8061091c57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b0316145b9392505050565b6060805f6109318486611391565b60045490915081111561094357506004545b8085106109505750610ac3565b61095a858261137e565b67ffffffffffffffff81111561097257610972611342565b60405190808252806020026020018201604052801561099b578160200160208202803683370190505b5092506109a8858261137e565b67ffffffffffffffff8111156109c0576109c0611342565b6040519080825280602002602001820160405280156109e9578160200160208202803683370190505b509150845b81811015610ac05760048181548110610a0957610a09611356565b5f918252602090912001546001600160a01b031684610a28888461137e565b81518110610a3857610a38611356565b60200260200101906001600160a01b031690816001600160a01b03168152505060025f60048381548110610a6e57610a6e611356565b5f9182526020808320909101546001600160a01b0316835282019290925260400190205483610a9d888461137e565b81518110610aad57610aad611356565b60209081029190910101526001016109ee565b50505b9250929050565b610ad4338761088e565b610af05760405162461bcd60e51b815260040161052d906113bc565b610b6433878787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050604080516020601f8b0181900481028201810190925289815292508991508890819084018382808284375f92019190915250610e2192505050565b505050505050565b610bbb33338585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525060408051602081019091529081529250610e21915050565b505050565b6001600160a01b038416610c165760405162461bcd60e51b815260206004820152601860248201527f4449544f4372656469743a2073656e6420746f207a65726f0000000000000000604482015260640161052d565b6001600160a01b0385165f9081526002602052604090205483811015610c7e5760405162461bcd60e51b815260206004820152601b60248201527f4449544f4372656469743a2062616c616e636520746f6f206c6f770000000000604482015260640161052d565b610c88848261137e565b6001600160a01b0387165f90815260026020526040902055610caa8585610d6d565b60018054905f610cb9836113a4565b9190505550846001600160a01b0316866001600160a01b0316886001600160a01b03167f06b541ddaa720db2b10a4d0cdac39b8d360425fc073085fac19bc82614677987878787604051610d0f9392919061140c565b60405180910390a4846001600160a01b0316866001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef86604051610d5c91815260200190565b60405180910390a350505050505050565b6001600160a01b0382165f9081526002602052604081208054839290610d94908490611391565b90915550506001600160a01b0382165f9081526005602052604090205460ff16610e1d576001600160a01b0382165f818152600560205260408120805460ff191660019081179091556004805491820181559091527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b0180546001600160a01b03191690911790555b5050565b6001600160a01b0384165f9081526002602052604090205483811015610e895760405162461bcd60e51b815260206004820152601b60248201527f4449544f4372656469743a2062616c616e636520746f6f206c6f770000000000604482015260640161052d565b610e93848261137e565b6001600160a01b0386165f9081526002602052604081209190915580548591908190610ec090849061137e565b909155505060018054905f610ed4836113a4565b9190505550846001600160a01b0316866001600160a01b03167fa78a9be3a7b862d26933ad85fb11d80ef66b8f972d7cbba06621d583943a4098868686604051610f209392919061140c565b60405180910390a36040518481525f906001600160a01b038716907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a3505050505050565b5f8151808452602084019350602083015f5b82811015610fa95781516001600160a01b0316865260209586019590910190600101610f82565b5093949350505050565b602081525f61091c6020830184610f70565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61091c6020830184610fc5565b80356001600160a01b038116811461101b575f5ffd5b919050565b5f5f60408385031215611031575f5ffd5b61103a83611005565b946020939093013593505050565b5f5f5f6060848603121561105a575f5ffd5b61106384611005565b925061107160208501611005565b929592945050506040919091013590565b5f5f83601f840112611092575f5ffd5b50813567ffffffffffffffff8111156110a9575f5ffd5b602083019150836020828501011115610ac3575f5ffd5b5f5f5f5f5f5f5f60a0888a0312156110d6575f5ffd5b6110df88611005565b96506110ed60208901611005565b955060408801359450606088013567ffffffffffffffff81111561110f575f5ffd5b61111b8a828b01611082565b909550935050608088013567ffffffffffffffff81111561113a575f5ffd5b6111468a828b01611082565b989b979a50959850939692959293505050565b5f60208284031215611169575f5ffd5b61091c82611005565b5f5f5f5f60608587031215611185575f5ffd5b61118e85611005565b935060208501359250604085013567ffffffffffffffff8111156111b0575f5ffd5b6111bc87828801611082565b95989497509550505050565b5f5f604083850312156111d9575f5ffd5b6111e283611005565b91506111f060208401611005565b90509250929050565b5f5f6040838503121561120a575f5ffd5b50508035926020909101359150565b604081525f61122b6040830185610f70565b82810360208401528084518083526020830191506020860192505f5b81811015611265578351835260209384019390920191600101611247565b50909695505050505050565b5f5f5f5f5f5f60808789031215611286575f5ffd5b61128f87611005565b955060208701359450604087013567ffffffffffffffff8111156112b1575f5ffd5b6112bd89828a01611082565b909550935050606087013567ffffffffffffffff8111156112dc575f5ffd5b6112e889828a01611082565b979a9699509497509295939492505050565b5f5f5f6040848603121561130c575f5ffd5b83359250602084013567ffffffffffffffff811115611329575f5ffd5b61133586828701611082565b9497909650939450505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b818103818111156104b8576104b861136a565b808201808211156104b8576104b861136a565b5f600182016113b5576113b561136a565b5060010190565b60208082526030908201527f4449544f4372656469743a2063616c6c6572206973206e6f7420616e206f706560408201526f3930ba37b9103337b9103437b63232b960811b606082015260800190565b838152606060208201525f6114246060830185610fc5565b82810360408401526114368185610fc5565b969550505050505056fea264697066735822122012125c1052e4d94c64936b080c0c45894f4024d3dcd34db1ce3052485e3a071464736f6c63430008250033a26469706673582212207a6f3dbdacac8b328de630faa68c5259a585378673e1c4d7493cf45184678b5964736f6c63430008250033",
}

// CreditFactory is an auto generated Go binding around an Ethereum contract.
type CreditFactory struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CreditFactory) GetABI() abi.ABI {
	return c.abi
}

// NewCreditFactory creates a new instance of CreditFactory.
func NewCreditFactory() *CreditFactory {
	parsed, err := CreditFactoryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CreditFactory{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CreditFactory) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e68680a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function create(address community, address gigs) returns(address)
func (creditFactory *CreditFactory) PackCreate(community common.Address, gigs common.Address) []byte {
	enc, err := creditFactory.abi.Pack("create", community, gigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e68680a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function create(address community, address gigs) returns(address)
func (creditFactory *CreditFactory) TryPackCreate(community common.Address, gigs common.Address) ([]byte, error) {
	return creditFactory.abi.Pack("create", community, gigs)
}

// UnpackCreate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e68680a.
//
// Solidity: function create(address community, address gigs) returns(address)
func (creditFactory *CreditFactory) UnpackCreate(data []byte) (common.Address, error) {
	out, err := creditFactory.abi.Unpack("create", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// DITOCreditMetaData contains all meta data concerning the DITOCredit contract.
var DITOCreditMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"community_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"gigs_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"operatorData\",\"type\":\"bytes\"}],\"name\":\"Burned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"operatorData\",\"type\":\"bytes\"}],\"name\":\"Minted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"operatorData\",\"type\":\"bytes\"}],\"name\":\"Sent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"community\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultOperators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"ops\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gigs\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"granularity\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"holderCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"holdersPage\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"balances\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"isOperatorFor\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"movementCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"operatorData\",\"type\":\"bytes\"}],\"name\":\"operatorBurn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"operatorData\",\"type\":\"bytes\"}],\"name\":\"operatorSend\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"send\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "2f6039b73ce0382c64e43aa239b4e2acda",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161154b38038061154b83398101604081905261002e91610060565b6001600160a01b039182166080521660a052610091565b80516001600160a01b038116811461005b575f5ffd5b919050565b5f5f60408385031215610071575f5ffd5b61007a83610045565b915061008860208401610045565b90509250929050565b60805160a0516114766100d55f395f818161020b015281816103fd01526108e801525f81816102f5015281816103aa015281816105ac01526108ac01526114765ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c806362ad1b83116100b4578063d95b637111610079578063d95b6371146102dd578063dc1fb5a5146102f0578063dd62ed3e14610317578063ed70ecb614610341578063fc673c4f14610362578063fe9d930314610375575f5ffd5b806362ad1b831461026257806370a082311461027557806395d89b41146102945780639bd9bbc6146102b7578063a9059cbb146102ca575f5ffd5b80631e63b8e3116101055780631e63b8e3146101d057806323b872dd146101d9578063313ce567146101ec5780633b5fd9131461020657806340c10f1914610245578063556f0dc71461025a575f5ffd5b806306e485381461014157806306fdde031461015f578063095ea7b31461018f57806318160ddd146101b25780631aab9a9f146101c8575b5f5ffd5b610149610388565b6040516101569190610fb3565b60405180910390f35b610182604051806040016040528060048152602001634469546f60e01b81525081565b6040516101569190610ff3565b6101a261019d366004611020565b610452565b6040519015158152602001610156565b6101ba5f5481565b604051908152602001610156565b6004546101ba565b6101ba60015481565b6101a26101e7366004611048565b6104be565b6101f4601281565b60405160ff9091168152602001610156565b61022d7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610156565b610258610253366004611020565b6105a1565b005b6101ba600181565b6102586102703660046110c0565b610760565b6101ba610283366004611159565b60026020525f908152604090205481565b610182604051806040016040528060048152602001634449544f60e01b81525081565b6102586102c5366004611172565b610804565b6101a26102d8366004611020565b61085a565b6101a26102eb3660046111c8565b61088e565b61022d7f000000000000000000000000000000000000000000000000000000000000000081565b6101ba6103253660046111c8565b600360209081525f928352604080842090915290825290205481565b61035461034f3660046111f9565b610923565b604051610156929190611219565b610258610370366004611271565b610aca565b6102586103833660046112fa565b610b6c565b60408051600280825260608083018452926020830190803683370190505090507f0000000000000000000000000000000000000000000000000000000000000000815f815181106103db576103db611356565b60200260200101906001600160a01b031690816001600160a01b0316815250507f00000000000000000000000000000000000000000000000000000000000000008160018151811061042f5761042f611356565b60200260200101906001600160a01b031690816001600160a01b03168152505090565b335f8181526003602090815260408083206001600160a01b038716808552925280832085905551919290917f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925906104ac9086815260200190565b60405180910390a35060015b92915050565b6001600160a01b0383165f908152600360209081526040808320338452909152812054828110156105365760405162461bcd60e51b815260206004820152601d60248201527f4449544f4372656469743a20616c6c6f77616e636520746f6f206c6f7700000060448201526064015b60405180910390fd5b5f19811461056c57610548838261137e565b6001600160a01b0386165f9081526003602090815260408083203384529091529020555b6105963386868660405180602001604052805f81525060405180602001604052805f815250610bc0565b506001949350505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146106295760405162461bcd60e51b815260206004820152602760248201527f4449544f4372656469743a2063616c6c6572206973206e6f742074686520636f6044820152666d6d756e69747960c81b606482015260840161052d565b6001600160a01b03821661067f5760405162461bcd60e51b815260206004820152601860248201527f4449544f4372656469743a206d696e7420746f207a65726f0000000000000000604482015260640161052d565b805f5f82825461068f9190611391565b9091555061069f90508282610d6d565b60018054905f6106ae836113a4565b9190505550816001600160a01b0316336001600160a01b03167f2fe5be0146f74c5bce36c0b80911af6c7d86ff27e89d5cfa61fc681327954e5d836040516107149181526060602082018190525f90820181905260806040830181905282015260a00190565b60405180910390a36040518181526001600160a01b038316905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a35050565b61076a338861088e565b6107865760405162461bcd60e51b815260040161052d906113bc565b6107fb3388888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050604080516020601f8c018190048102820181019092528a815292508a91508990819084018382808284375f92019190915250610bc092505050565b50505050505050565b6108543333868686868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525060408051602081019091529081529250610bc0915050565b50505050565b5f6108853333858560405180602001604052805f81525060405180602001604052805f815250610bc0565b50600192915050565b5f816001600160a01b0316836001600160a01b031614806108e057507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b0316145b8061091c57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b0316145b9392505050565b6060805f6109318486611391565b60045490915081111561094357506004545b8085106109505750610ac3565b61095a858261137e565b67ffffffffffffffff81111561097257610972611342565b60405190808252806020026020018201604052801561099b578160200160208202803683370190505b5092506109a8858261137e565b67ffffffffffffffff8111156109c0576109c0611342565b6040519080825280602002602001820160405280156109e9578160200160208202803683370190505b509150845b81811015610ac05760048181548110610a0957610a09611356565b5f918252602090912001546001600160a01b031684610a28888461137e565b81518110610a3857610a38611356565b60200260200101906001600160a01b031690816001600160a01b03168152505060025f60048381548110610a6e57610a6e611356565b5f9182526020808320909101546001600160a01b0316835282019290925260400190205483610a9d888461137e565b81518110610aad57610aad611356565b60209081029190910101526001016109ee565b50505b9250929050565b610ad4338761088e565b610af05760405162461bcd60e51b815260040161052d906113bc565b610b6433878787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050604080516020601f8b0181900481028201810190925289815292508991508890819084018382808284375f92019190915250610e2192505050565b505050505050565b610bbb33338585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525060408051602081019091529081529250610e21915050565b505050565b6001600160a01b038416610c165760405162461bcd60e51b815260206004820152601860248201527f4449544f4372656469743a2073656e6420746f207a65726f0000000000000000604482015260640161052d565b6001600160a01b0385165f9081526002602052604090205483811015610c7e5760405162461bcd60e51b815260206004820152601b60248201527f4449544f4372656469743a2062616c616e636520746f6f206c6f770000000000604482015260640161052d565b610c88848261137e565b6001600160a01b0387165f90815260026020526040902055610caa8585610d6d565b60018054905f610cb9836113a4565b9190505550846001600160a01b0316866001600160a01b0316886001600160a01b03167f06b541ddaa720db2b10a4d0cdac39b8d360425fc073085fac19bc82614677987878787604051610d0f9392919061140c565b60405180910390a4846001600160a01b0316866001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef86604051610d5c91815260200190565b60405180910390a350505050505050565b6001600160a01b0382165f9081526002602052604081208054839290610d94908490611391565b90915550506001600160a01b0382165f9081526005602052604090205460ff16610e1d576001600160a01b0382165f818152600560205260408120805460ff191660019081179091556004805491820181559091527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b0180546001600160a01b03191690911790555b5050565b6001600160a01b0384165f9081526002602052604090205483811015610e895760405162461bcd60e51b815260206004820152601b60248201527f4449544f4372656469743a2062616c616e636520746f6f206c6f770000000000604482015260640161052d565b610e93848261137e565b6001600160a01b0386165f9081526002602052604081209190915580548591908190610ec090849061137e565b909155505060018054905f610ed4836113a4565b9190505550846001600160a01b0316866001600160a01b03167fa78a9be3a7b862d26933ad85fb11d80ef66b8f972d7cbba06621d583943a4098868686604051610f209392919061140c565b60405180910390a36040518481525f906001600160a01b038716907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a3505050505050565b5f8151808452602084019350602083015f5b82811015610fa95781516001600160a01b0316865260209586019590910190600101610f82565b5093949350505050565b602081525f61091c6020830184610f70565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61091c6020830184610fc5565b80356001600160a01b038116811461101b575f5ffd5b919050565b5f5f60408385031215611031575f5ffd5b61103a83611005565b946020939093013593505050565b5f5f5f6060848603121561105a575f5ffd5b61106384611005565b925061107160208501611005565b929592945050506040919091013590565b5f5f83601f840112611092575f5ffd5b50813567ffffffffffffffff8111156110a9575f5ffd5b602083019150836020828501011115610ac3575f5ffd5b5f5f5f5f5f5f5f60a0888a0312156110d6575f5ffd5b6110df88611005565b96506110ed60208901611005565b955060408801359450606088013567ffffffffffffffff81111561110f575f5ffd5b61111b8a828b01611082565b909550935050608088013567ffffffffffffffff81111561113a575f5ffd5b6111468a828b01611082565b989b979a50959850939692959293505050565b5f60208284031215611169575f5ffd5b61091c82611005565b5f5f5f5f60608587031215611185575f5ffd5b61118e85611005565b935060208501359250604085013567ffffffffffffffff8111156111b0575f5ffd5b6111bc87828801611082565b95989497509550505050565b5f5f604083850312156111d9575f5ffd5b6111e283611005565b91506111f060208401611005565b90509250929050565b5f5f6040838503121561120a575f5ffd5b50508035926020909101359150565b604081525f61122b6040830185610f70565b82810360208401528084518083526020830191506020860192505f5b81811015611265578351835260209384019390920191600101611247565b50909695505050505050565b5f5f5f5f5f5f60808789031215611286575f5ffd5b61128f87611005565b955060208701359450604087013567ffffffffffffffff8111156112b1575f5ffd5b6112bd89828a01611082565b909550935050606087013567ffffffffffffffff8111156112dc575f5ffd5b6112e889828a01611082565b979a9699509497509295939492505050565b5f5f5f6040848603121561130c575f5ffd5b83359250602084013567ffffffffffffffff811115611329575f5ffd5b61133586828701611082565b9497909650939450505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b818103818111156104b8576104b861136a565b808201808211156104b8576104b861136a565b5f600182016113b5576113b561136a565b5060010190565b60208082526030908201527f4449544f4372656469743a2063616c6c6572206973206e6f7420616e206f706560408201526f3930ba37b9103337b9103437b63232b960811b606082015260800190565b838152606060208201525f6114246060830185610fc5565b82810360408401526114368185610fc5565b969550505050505056fea264697066735822122012125c1052e4d94c64936b080c0c45894f4024d3dcd34db1ce3052485e3a071464736f6c63430008250033",
}

// DITOCredit is an auto generated Go binding around an Ethereum contract.
type DITOCredit struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DITOCredit) GetABI() abi.ABI {
	return c.abi
}

// NewDITOCredit creates a new instance of DITOCredit.
func NewDITOCredit() *DITOCredit {
	parsed, err := DITOCreditMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DITOCredit{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DITOCredit) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address community_, address gigs_) returns()
func (dITOCredit *DITOCredit) PackConstructor(community_ common.Address, gigs_ common.Address) []byte {
	enc, err := dITOCredit.abi.Pack("", community_, gigs_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (dITOCredit *DITOCredit) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := dITOCredit.abi.Pack("allowance", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (dITOCredit *DITOCredit) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return dITOCredit.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (dITOCredit *DITOCredit) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := dITOCredit.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (dITOCredit *DITOCredit) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := dITOCredit.abi.Pack("approve", spender, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (dITOCredit *DITOCredit) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return dITOCredit.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (dITOCredit *DITOCredit) UnpackApprove(data []byte) (bool, error) {
	out, err := dITOCredit.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (dITOCredit *DITOCredit) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := dITOCredit.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (dITOCredit *DITOCredit) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return dITOCredit.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (dITOCredit *DITOCredit) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := dITOCredit.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe9d9303.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(uint256 amount, bytes data) returns()
func (dITOCredit *DITOCredit) PackBurn(amount *big.Int, data []byte) []byte {
	enc, err := dITOCredit.abi.Pack("burn", amount, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe9d9303.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(uint256 amount, bytes data) returns()
func (dITOCredit *DITOCredit) TryPackBurn(amount *big.Int, data []byte) ([]byte, error) {
	return dITOCredit.abi.Pack("burn", amount, data)
}

// PackCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc1fb5a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function community() view returns(address)
func (dITOCredit *DITOCredit) PackCommunity() []byte {
	enc, err := dITOCredit.abi.Pack("community")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc1fb5a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function community() view returns(address)
func (dITOCredit *DITOCredit) TryPackCommunity() ([]byte, error) {
	return dITOCredit.abi.Pack("community")
}

// UnpackCommunity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc1fb5a5.
//
// Solidity: function community() view returns(address)
func (dITOCredit *DITOCredit) UnpackCommunity(data []byte) (common.Address, error) {
	out, err := dITOCredit.abi.Unpack("community", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (dITOCredit *DITOCredit) PackDecimals() []byte {
	enc, err := dITOCredit.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (dITOCredit *DITOCredit) TryPackDecimals() ([]byte, error) {
	return dITOCredit.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (dITOCredit *DITOCredit) UnpackDecimals(data []byte) (uint8, error) {
	out, err := dITOCredit.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDefaultOperators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06e48538.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultOperators() view returns(address[] ops)
func (dITOCredit *DITOCredit) PackDefaultOperators() []byte {
	enc, err := dITOCredit.abi.Pack("defaultOperators")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultOperators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06e48538.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultOperators() view returns(address[] ops)
func (dITOCredit *DITOCredit) TryPackDefaultOperators() ([]byte, error) {
	return dITOCredit.abi.Pack("defaultOperators")
}

// UnpackDefaultOperators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06e48538.
//
// Solidity: function defaultOperators() view returns(address[] ops)
func (dITOCredit *DITOCredit) UnpackDefaultOperators(data []byte) ([]common.Address, error) {
	out, err := dITOCredit.abi.Unpack("defaultOperators", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGigs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b5fd913.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gigs() view returns(address)
func (dITOCredit *DITOCredit) PackGigs() []byte {
	enc, err := dITOCredit.abi.Pack("gigs")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGigs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b5fd913.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gigs() view returns(address)
func (dITOCredit *DITOCredit) TryPackGigs() ([]byte, error) {
	return dITOCredit.abi.Pack("gigs")
}

// UnpackGigs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3b5fd913.
//
// Solidity: function gigs() view returns(address)
func (dITOCredit *DITOCredit) UnpackGigs(data []byte) (common.Address, error) {
	out, err := dITOCredit.abi.Unpack("gigs", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGranularity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x556f0dc7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function granularity() view returns(uint256)
func (dITOCredit *DITOCredit) PackGranularity() []byte {
	enc, err := dITOCredit.abi.Pack("granularity")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGranularity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x556f0dc7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function granularity() view returns(uint256)
func (dITOCredit *DITOCredit) TryPackGranularity() ([]byte, error) {
	return dITOCredit.abi.Pack("granularity")
}

// UnpackGranularity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x556f0dc7.
//
// Solidity: function granularity() view returns(uint256)
func (dITOCredit *DITOCredit) UnpackGranularity(data []byte) (*big.Int, error) {
	out, err := dITOCredit.abi.Unpack("granularity", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHolderCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1aab9a9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function holderCount() view returns(uint256)
func (dITOCredit *DITOCredit) PackHolderCount() []byte {
	enc, err := dITOCredit.abi.Pack("holderCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHolderCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1aab9a9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function holderCount() view returns(uint256)
func (dITOCredit *DITOCredit) TryPackHolderCount() ([]byte, error) {
	return dITOCredit.abi.Pack("holderCount")
}

// UnpackHolderCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1aab9a9f.
//
// Solidity: function holderCount() view returns(uint256)
func (dITOCredit *DITOCredit) UnpackHolderCount(data []byte) (*big.Int, error) {
	out, err := dITOCredit.abi.Unpack("holderCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHoldersPage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed70ecb6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function holdersPage(uint256 start, uint256 count) view returns(address[] accounts, uint256[] balances)
func (dITOCredit *DITOCredit) PackHoldersPage(start *big.Int, count *big.Int) []byte {
	enc, err := dITOCredit.abi.Pack("holdersPage", start, count)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHoldersPage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed70ecb6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function holdersPage(uint256 start, uint256 count) view returns(address[] accounts, uint256[] balances)
func (dITOCredit *DITOCredit) TryPackHoldersPage(start *big.Int, count *big.Int) ([]byte, error) {
	return dITOCredit.abi.Pack("holdersPage", start, count)
}

// HoldersPageOutput serves as a container for the return parameters of contract
// method HoldersPage.
type HoldersPageOutput struct {
	Accounts []common.Address
	Balances []*big.Int
}

// UnpackHoldersPage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xed70ecb6.
//
// Solidity: function holdersPage(uint256 start, uint256 count) view returns(address[] accounts, uint256[] balances)
func (dITOCredit *DITOCredit) UnpackHoldersPage(data []byte) (HoldersPageOutput, error) {
	out, err := dITOCredit.abi.Unpack("holdersPage", data)
	outstruct := new(HoldersPageOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Accounts = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Balances = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackIsOperatorFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd95b6371.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperatorFor(address operator, address holder) view returns(bool)
func (dITOCredit *DITOCredit) PackIsOperatorFor(operator common.Address, holder common.Address) []byte {
	enc, err := dITOCredit.abi.Pack("isOperatorFor", operator, holder)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperatorFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd95b6371.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperatorFor(address operator, address holder) view returns(bool)
func (dITOCredit *DITOCredit) TryPackIsOperatorFor(operator common.Address, holder common.Address) ([]byte, error) {
	return dITOCredit.abi.Pack("isOperatorFor", operator, holder)
}

// UnpackIsOperatorFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd95b6371.
//
// Solidity: function isOperatorFor(address operator, address holder) view returns(bool)
func (dITOCredit *DITOCredit) UnpackIsOperatorFor(data []byte) (bool, error) {
	out, err := dITOCredit.abi.Unpack("isOperatorFor", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (dITOCredit *DITOCredit) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := dITOCredit.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (dITOCredit *DITOCredit) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return dITOCredit.abi.Pack("mint", to, amount)
}

// PackMovementCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e63b8e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function movementCount() view returns(uint256)
func (dITOCredit *DITOCredit) PackMovementCount() []byte {
	enc, err := dITOCredit.abi.Pack("movementCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMovementCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e63b8e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function movementCount() view returns(uint256)
func (dITOCredit *DITOCredit) TryPackMovementCount() ([]byte, error) {
	return dITOCredit.abi.Pack("movementCount")
}

// UnpackMovementCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e63b8e3.
//
// Solidity: function movementCount() view returns(uint256)
func (dITOCredit *DITOCredit) UnpackMovementCount(data []byte) (*big.Int, error) {
	out, err := dITOCredit.abi.Unpack("movementCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (dITOCredit *DITOCredit) PackName() []byte {
	enc, err := dITOCredit.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (dITOCredit *DITOCredit) TryPackName() ([]byte, error) {
	return dITOCredit.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (dITOCredit *DITOCredit) UnpackName(data []byte) (string, error) {
	out, err := dITOCredit.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOperatorBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc673c4f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorBurn(address from, uint256 amount, bytes data, bytes operatorData) returns()
func (dITOCredit *DITOCredit) PackOperatorBurn(from common.Address, amount *big.Int, data []byte, operatorData []byte) []byte {
	enc, err := dITOCredit.abi.Pack("operatorBurn", from, amount, data, operatorData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperatorBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc673c4f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operatorBurn(address from, uint256 amount, bytes data, bytes operatorData) returns()
func (dITOCredit *DITOCredit) TryPackOperatorBurn(from common.Address, amount *big.Int, data []byte, operatorData []byte) ([]byte, error) {
	return dITOCredit.abi.Pack("operatorBurn", from, amount, data, operatorData)
}

// PackOperatorSend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62ad1b83.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorSend(address from, address to, uint256 amount, bytes data, bytes operatorData) returns()
func (dITOCredit *DITOCredit) PackOperatorSend(from common.Address, to common.Address, amount *big.Int, data []byte, operatorData []byte) []byte {
	enc, err := dITOCredit.abi.Pack("operatorSend", from, to, amount, data, operatorData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperatorSend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62ad1b83.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operatorSend(address from, address to, uint256 amount, bytes data, bytes operatorData) returns()
func (dITOCredit *DITOCredit) TryPackOperatorSend(from common.Address, to common.Address, amount *big.Int, data []byte, operatorData []byte) ([]byte, error) {
	return dITOCredit.abi.Pack("operatorSend", from, to, amount, data, operatorData)
}

// PackSend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9bd9bbc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function send(address to, uint256 amount, bytes data) returns()
func (dITOCredit *DITOCredit) PackSend(to common.Address, amount *big.Int, data []byte) []byte {
	enc, err := dITOCredit.abi.Pack("send", to, amount, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9bd9bbc6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function send(address to, uint256 amount, bytes data) returns()
func (dITOCredit *DITOCredit) TryPackSend(to common.Address, amount *big.Int, data []byte) ([]byte, error) {
	return dITOCredit.abi.Pack("send", to, amount, data)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (dITOCredit *DITOCredit) PackSymbol() []byte {
	enc, err := dITOCredit.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (dITOCredit *DITOCredit) TryPackSymbol() ([]byte, error) {
	return dITOCredit.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (dITOCredit *DITOCredit) UnpackSymbol(data []byte) (string, error) {
	out, err := dITOCredit.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (dITOCredit *DITOCredit) PackTotalSupply() []byte {
	enc, err := dITOCredit.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (dITOCredit *DITOCredit) TryPackTotalSupply() ([]byte, error) {
	return dITOCredit.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (dITOCredit *DITOCredit) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := dITOCredit.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (dITOCredit *DITOCredit) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := dITOCredit.abi.Pack("transfer", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (dITOCredit *DITOCredit) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return dITOCredit.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (dITOCredit *DITOCredit) UnpackTransfer(data []byte) (bool, error) {
	out, err := dITOCredit.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (dITOCredit *DITOCredit) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := dITOCredit.abi.Pack("transferFrom", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (dITOCredit *DITOCredit) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return dITOCredit.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (dITOCredit *DITOCredit) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := dITOCredit.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// DITOCreditApproval represents a Approval event raised by the DITOCredit contract.
type DITOCreditApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DITOCreditApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (DITOCreditApproval) ContractEventName() string {
	return DITOCreditApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (dITOCredit *DITOCredit) UnpackApprovalEvent(log *types.Log) (*DITOCreditApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dITOCredit.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DITOCreditApproval)
	if len(log.Data) > 0 {
		if err := dITOCredit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dITOCredit.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DITOCreditBurned represents a Burned event raised by the DITOCredit contract.
type DITOCreditBurned struct {
	Operator     common.Address
	From         common.Address
	Amount       *big.Int
	Data         []byte
	OperatorData []byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const DITOCreditBurnedEventName = "Burned"

// ContractEventName returns the user-defined event name.
func (DITOCreditBurned) ContractEventName() string {
	return DITOCreditBurnedEventName
}

// UnpackBurnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Burned(address indexed operator, address indexed from, uint256 amount, bytes data, bytes operatorData)
func (dITOCredit *DITOCredit) UnpackBurnedEvent(log *types.Log) (*DITOCreditBurned, error) {
	event := "Burned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dITOCredit.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DITOCreditBurned)
	if len(log.Data) > 0 {
		if err := dITOCredit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dITOCredit.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DITOCreditMinted represents a Minted event raised by the DITOCredit contract.
type DITOCreditMinted struct {
	Operator     common.Address
	To           common.Address
	Amount       *big.Int
	Data         []byte
	OperatorData []byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const DITOCreditMintedEventName = "Minted"

// ContractEventName returns the user-defined event name.
func (DITOCreditMinted) ContractEventName() string {
	return DITOCreditMintedEventName
}

// UnpackMintedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Minted(address indexed operator, address indexed to, uint256 amount, bytes data, bytes operatorData)
func (dITOCredit *DITOCredit) UnpackMintedEvent(log *types.Log) (*DITOCreditMinted, error) {
	event := "Minted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dITOCredit.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DITOCreditMinted)
	if len(log.Data) > 0 {
		if err := dITOCredit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dITOCredit.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DITOCreditSent represents a Sent event raised by the DITOCredit contract.
type DITOCreditSent struct {
	Operator     common.Address
	From         common.Address
	To           common.Address
	Amount       *big.Int
	Data         []byte
	OperatorData []byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const DITOCreditSentEventName = "Sent"

// ContractEventName returns the user-defined event name.
func (DITOCreditSent) ContractEventName() string {
	return DITOCreditSentEventName
}

// UnpackSentEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Sent(address indexed operator, address indexed from, address indexed to, uint256 amount, bytes data, bytes operatorData)
func (dITOCredit *DITOCredit) UnpackSentEvent(log *types.Log) (*DITOCreditSent, error) {
	event := "Sent"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dITOCredit.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DITOCreditSent)
	if len(log.Data) > 0 {
		if err := dITOCredit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dITOCredit.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DITOCreditTransfer represents a Transfer event raised by the DITOCredit contract.
type DITOCreditTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const DITOCreditTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (DITOCreditTransfer) ContractEventName() string {
	return DITOCreditTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (dITOCredit *DITOCredit) UnpackTransferEvent(log *types.Log) (*DITOCreditTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dITOCredit.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DITOCreditTransfer)
	if len(log.Data) > 0 {
		if err := dITOCredit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dITOCredit.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DistributedTownMetaData contains all meta data concerning the DistributedTown contract.
var DistributedTownMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"skillWallet_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"communityFactory_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"gigsFactory_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"creditFactory_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"communityContract\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"communityId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"template\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"}],\"name\":\"CommunityCreated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"TEMPLATE_ART\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TEMPLATE_LOCAL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TEMPLATE_OPEN_SOURCE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TEMPLATE_OTHER\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"communityCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"communityFactory\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"metadataUri\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"template\",\"type\":\"uint256\"}],\"name\":\"createCommunity\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"community\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"creditFactory\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getCommunities\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gigsFactory\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isCommunity\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"skillWallet\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "33fa69e62daaeeb32e4e38018d39242d2d",
	Bin: "0x610100604052348015610010575f5ffd5b5060405161071e38038061071e83398101604081905261002f9161006c565b6001600160a01b0393841660805291831660a052821660c0521660e0526100bd565b80516001600160a01b0381168114610067575f5ffd5b919050565b5f5f5f5f6080858703121561007f575f5ffd5b61008885610051565b935061009660208601610051565b92506100a460408601610051565b91506100b260608601610051565b905092959194509250565b60805160a05160c05160e05161061361010b5f395f818160ff01526102f001525f81816101a301526102ce01525f81816101da015261027501525f818161012601526102ac01526106135ff3fe608060405234801561000f575f5ffd5b50600436106100b1575f3560e01c8063bda49db61161006e578063bda49db614610181578063c251b56514610189578063c35db89d1461019e578063e6389810146101c5578063ee5c6f7e146101cd578063fac8a610146101d5575f5ffd5b80631173648e146100b557806337599376146100e55780637cad849c146100fa5780639030b12d14610121578063993fa20b14610148578063aee846131461017a575b5f5ffd5b6100c86100c3366004610466565b6101fc565b6040516001600160a01b0390911681526020015b60405180910390f35b6100ec5f81565b6040519081526020016100dc565b6100c87f000000000000000000000000000000000000000000000000000000000000000081565b6100c87f000000000000000000000000000000000000000000000000000000000000000081565b61016a6101563660046104ef565b60016020525f908152604090205460ff1681565b60405190151581526020016100dc565b5f546100ec565b6100ec600381565b610191610407565b6040516100dc9190610511565b6100c87f000000000000000000000000000000000000000000000000000000000000000081565b6100ec600181565b6100ec600281565b6100c87f000000000000000000000000000000000000000000000000000000000000000081565b5f600382111561025c5760405162461bcd60e51b815260206004820152602160248201527f4469737472696275746564546f776e3a20756e6b6e6f776e2074656d706c61746044820152606560f81b606482015260840160405180910390fd5b5f5460405163c5862eb560e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063c5862eb59061031890889088908690899033907f0000000000000000000000000000000000000000000000000000000000000000907f0000000000000000000000000000000000000000000000000000000000000000907f00000000000000000000000000000000000000000000000000000000000000009060040161055c565b6020604051808303815f875af1158015610334573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061035891906105c2565b5f8054600180820183557f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56390910180546001600160a01b0319166001600160a01b0385169081179091558083526020828152604093849020805460ff1916909317909255825190815290810184905290810185905290925033907f78cc80a95f4924a4997a0322dc88db7defae07e349ca11aac6ba8d18aac59b969060600160405180910390a2509392505050565b60605f80548060200260200160405190810160405280929190818152602001828054801561045c57602002820191905f5260205f20905b81546001600160a01b0316815260019091019060200180831161043e575b5050505050905090565b5f5f5f60408486031215610478575f5ffd5b833567ffffffffffffffff81111561048e575f5ffd5b8401601f8101861361049e575f5ffd5b803567ffffffffffffffff8111156104b4575f5ffd5b8660208284010111156104c5575f5ffd5b6020918201979096509401359392505050565b6001600160a01b03811681146104ec575f5ffd5b50565b5f602082840312156104ff575f5ffd5b813561050a816104d8565b9392505050565b602080825282518282018190525f918401906040840190835b818110156105515783516001600160a01b031683526020938401939092019160010161052a565b509095945050505050565b60e081528760e082015287896101008301375f610100898301810191909152602082019790975260408101959095526001600160a01b0393841660608601529183166080850152821660a08401521660c0820152601f909201601f191690910101919050565b5f602082840312156105d2575f5ffd5b815161050a816104d856fea264697066735822122048cfade5916bac84b165103bb94dd4f777c6713ac27d023f7cb03e194ac5962c64736f6c63430008250033",
}

// DistributedTown is an auto generated Go binding around an Ethereum contract.
type DistributedTown struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DistributedTown) GetABI() abi.ABI {
	return c.abi
}

// NewDistributedTown creates a new instance of DistributedTown.
func NewDistributedTown() *DistributedTown {
	parsed, err := DistributedTownMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DistributedTown{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DistributedTown) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address skillWallet_, address communityFactory_, address gigsFactory_, address creditFactory_) returns()
func (distributedTown *DistributedTown) PackConstructor(skillWallet_ common.Address, communityFactory_ common.Address, gigsFactory_ common.Address, creditFactory_ common.Address) []byte {
	enc, err := distributedTown.abi.Pack("", skillWallet_, communityFactory_, gigsFactory_, creditFactory_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackTEMPLATEART is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6389810.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TEMPLATE_ART() view returns(uint256)
func (distributedTown *DistributedTown) PackTEMPLATEART() []byte {
	enc, err := distributedTown.abi.Pack("TEMPLATE_ART")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTEMPLATEART is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6389810.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TEMPLATE_ART() view returns(uint256)
func (distributedTown *DistributedTown) TryPackTEMPLATEART() ([]byte, error) {
	return distributedTown.abi.Pack("TEMPLATE_ART")
}

// UnpackTEMPLATEART is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe6389810.
//
// Solidity: function TEMPLATE_ART() view returns(uint256)
func (distributedTown *DistributedTown) UnpackTEMPLATEART(data []byte) (*big.Int, error) {
	out, err := distributedTown.abi.Unpack("TEMPLATE_ART", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTEMPLATELOCAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee5c6f7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TEMPLATE_LOCAL() view returns(uint256)
func (distributedTown *DistributedTown) PackTEMPLATELOCAL() []byte {
	enc, err := distributedTown.abi.Pack("TEMPLATE_LOCAL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTEMPLATELOCAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee5c6f7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TEMPLATE_LOCAL() view returns(uint256)
func (distributedTown *DistributedTown) TryPackTEMPLATELOCAL() ([]byte, error) {
	return distributedTown.abi.Pack("TEMPLATE_LOCAL")
}

// UnpackTEMPLATELOCAL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee5c6f7e.
//
// Solidity: function TEMPLATE_LOCAL() view returns(uint256)
func (distributedTown *DistributedTown) UnpackTEMPLATELOCAL(data []byte) (*big.Int, error) {
	out, err := distributedTown.abi.Unpack("TEMPLATE_LOCAL", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTEMPLATEOPENSOURCE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37599376.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TEMPLATE_OPEN_SOURCE() view returns(uint256)
func (distributedTown *DistributedTown) PackTEMPLATEOPENSOURCE() []byte {
	enc, err := distributedTown.abi.Pack("TEMPLATE_OPEN_SOURCE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTEMPLATEOPENSOURCE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37599376.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TEMPLATE_OPEN_SOURCE() view returns(uint256)
func (distributedTown *DistributedTown) TryPackTEMPLATEOPENSOURCE() ([]byte, error) {
	return distributedTown.abi.Pack("TEMPLATE_OPEN_SOURCE")
}

// UnpackTEMPLATEOPENSOURCE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x37599376.
//
// Solidity: function TEMPLATE_OPEN_SOURCE() view returns(uint256)
func (distributedTown *DistributedTown) UnpackTEMPLATEOPENSOURCE(data []byte) (*big.Int, error) {
	out, err := distributedTown.abi.Unpack("TEMPLATE_OPEN_SOURCE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTEMPLATEOTHER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbda49db6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TEMPLATE_OTHER() view returns(uint256)
func (distributedTown *DistributedTown) PackTEMPLATEOTHER() []byte {
	enc, err := distributedTown.abi.Pack("TEMPLATE_OTHER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTEMPLATEOTHER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbda49db6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TEMPLATE_OTHER() view returns(uint256)
func (distributedTown *DistributedTown) TryPackTEMPLATEOTHER() ([]byte, error) {
	return distributedTown.abi.Pack("TEMPLATE_OTHER")
}

// UnpackTEMPLATEOTHER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbda49db6.
//
// Solidity: function TEMPLATE_OTHER() view returns(uint256)
func (distributedTown *DistributedTown) UnpackTEMPLATEOTHER(data []byte) (*big.Int, error) {
	out, err := distributedTown.abi.Unpack("TEMPLATE_OTHER", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCommunityCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaee84613.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function communityCount() view returns(uint256)
func (distributedTown *DistributedTown) PackCommunityCount() []byte {
	enc, err := distributedTown.abi.Pack("communityCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommunityCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaee84613.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function communityCount() view returns(uint256)
func (distributedTown *DistributedTown) TryPackCommunityCount() ([]byte, error) {
	return distributedTown.abi.Pack("communityCount")
}

// UnpackCommunityCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaee84613.
//
// Solidity: function communityCount() view returns(uint256)
func (distributedTown *DistributedTown) UnpackCommunityCount(data []byte) (*big.Int, error) {
	out, err := distributedTown.abi.Unpack("communityCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCommunityFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfac8a610.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function communityFactory() view returns(address)
func (distributedTown *DistributedTown) PackCommunityFactory() []byte {
	enc, err := distributedTown.abi.Pack("communityFactory")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommunityFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfac8a610.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function communityFactory() view returns(address)
func (distributedTown *DistributedTown) TryPackCommunityFactory() ([]byte, error) {
	return distributedTown.abi.Pack("communityFactory")
}

// UnpackCommunityFactory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfac8a610.
//
// Solidity: function communityFactory() view returns(address)
func (distributedTown *DistributedTown) UnpackCommunityFactory(data []byte) (common.Address, error) {
	out, err := distributedTown.abi.Unpack("communityFactory", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCreateCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1173648e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createCommunity(string metadataUri, uint256 template) returns(address community)
func (distributedTown *DistributedTown) PackCreateCommunity(metadataUri string, template *big.Int) []byte {
	enc, err := distributedTown.abi.Pack("createCommunity", metadataUri, template)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1173648e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createCommunity(string metadataUri, uint256 template) returns(address community)
func (distributedTown *DistributedTown) TryPackCreateCommunity(metadataUri string, template *big.Int) ([]byte, error) {
	return distributedTown.abi.Pack("createCommunity", metadataUri, template)
}

// UnpackCreateCommunity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1173648e.
//
// Solidity: function createCommunity(string metadataUri, uint256 template) returns(address community)
func (distributedTown *DistributedTown) UnpackCreateCommunity(data []byte) (common.Address, error) {
	out, err := distributedTown.abi.Unpack("createCommunity", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCreditFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7cad849c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function creditFactory() view returns(address)
func (distributedTown *DistributedTown) PackCreditFactory() []byte {
	enc, err := distributedTown.abi.Pack("creditFactory")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreditFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7cad849c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function creditFactory() view returns(address)
func (distributedTown *DistributedTown) TryPackCreditFactory() ([]byte, error) {
	return distributedTown.abi.Pack("creditFactory")
}

// UnpackCreditFactory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7cad849c.
//
// Solidity: function creditFactory() view returns(address)
func (distributedTown *DistributedTown) UnpackCreditFactory(data []byte) (common.Address, error) {
	out, err := distributedTown.abi.Unpack("creditFactory", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetCommunities is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc251b565.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getCommunities() view returns(address[])
func (distributedTown *DistributedTown) PackGetCommunities() []byte {
	enc, err := distributedTown.abi.Pack("getCommunities")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetCommunities is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc251b565.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getCommunities() view returns(address[])
func (distributedTown *DistributedTown) TryPackGetCommunities() ([]byte, error) {
	return distributedTown.abi.Pack("getCommunities")
}

// UnpackGetCommunities is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc251b565.
//
// Solidity: function getCommunities() view returns(address[])
func (distributedTown *DistributedTown) UnpackGetCommunities(data []byte) ([]common.Address, error) {
	out, err := distributedTown.abi.Unpack("getCommunities", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGigsFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc35db89d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gigsFactory() view returns(address)
func (distributedTown *DistributedTown) PackGigsFactory() []byte {
	enc, err := distributedTown.abi.Pack("gigsFactory")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGigsFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc35db89d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gigsFactory() view returns(address)
func (distributedTown *DistributedTown) TryPackGigsFactory() ([]byte, error) {
	return distributedTown.abi.Pack("gigsFactory")
}

// UnpackGigsFactory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc35db89d.
//
// Solidity: function gigsFactory() view returns(address)
func (distributedTown *DistributedTown) UnpackGigsFactory(data []byte) (common.Address, error) {
	out, err := distributedTown.abi.Unpack("gigsFactory", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x993fa20b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isCommunity(address ) view returns(bool)
func (distributedTown *DistributedTown) PackIsCommunity(arg0 common.Address) []byte {
	enc, err := distributedTown.abi.Pack("isCommunity", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x993fa20b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isCommunity(address ) view returns(bool)
func (distributedTown *DistributedTown) TryPackIsCommunity(arg0 common.Address) ([]byte, error) {
	return distributedTown.abi.Pack("isCommunity", arg0)
}

// UnpackIsCommunity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x993fa20b.
//
// Solidity: function isCommunity(address ) view returns(bool)
func (distributedTown *DistributedTown) UnpackIsCommunity(data []byte) (bool, error) {
	out, err := distributedTown.abi.Unpack("isCommunity", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSkillWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9030b12d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function skillWallet() view returns(address)
func (distributedTown *DistributedTown) PackSkillWallet() []byte {
	enc, err := distributedTown.abi.Pack("skillWallet")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSkillWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9030b12d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function skillWallet() view returns(address)
func (distributedTown *DistributedTown) TryPackSkillWallet() ([]byte, error) {
	return distributedTown.abi.Pack("skillWallet")
}

// UnpackSkillWallet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9030b12d.
//
// Solidity: function skillWallet() view returns(address)
func (distributedTown *DistributedTown) UnpackSkillWallet(data []byte) (common.Address, error) {
	out, err := distributedTown.abi.Unpack("skillWallet", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// DistributedTownCommunityCreated represents a CommunityCreated event raised by the DistributedTown contract.
type DistributedTownCommunityCreated struct {
	CommunityContract common.Address
	CommunityId       *big.Int
	Template          *big.Int
	Creator           common.Address
	Raw               *types.Log // Blockchain specific contextual infos
}

const DistributedTownCommunityCreatedEventName = "CommunityCreated"

// ContractEventName returns the user-defined event name.
func (DistributedTownCommunityCreated) ContractEventName() string {
	return DistributedTownCommunityCreatedEventName
}

// UnpackCommunityCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommunityCreated(address communityContract, uint256 communityId, uint256 template, address indexed creator)
func (distributedTown *DistributedTown) UnpackCommunityCreatedEvent(log *types.Log) (*DistributedTownCommunityCreated, error) {
	event := "CommunityCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != distributedTown.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DistributedTownCommunityCreated)
	if len(log.Data) > 0 {
		if err := distributedTown.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range distributedTown.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GigsMetaData contains all meta data concerning the Gigs contract.
var GigsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"community_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_gigId\",\"type\":\"uint256\"}],\"name\":\"GigCompleted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"_creator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_gigId\",\"type\":\"uint256\"}],\"name\":\"GigCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_gigId\",\"type\":\"uint256\"}],\"name\":\"GigSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_gigId\",\"type\":\"uint256\"}],\"name\":\"GigTaken\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_gigId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"areCreditsTransfered\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"creditsTransfered\",\"type\":\"uint256\"}],\"name\":\"GigValidated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"community\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gigId\",\"type\":\"uint256\"}],\"name\":\"completeGig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"credits\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"metadataUri\",\"type\":\"string\"}],\"name\":\"createGig\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gigCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gigId\",\"type\":\"uint256\"}],\"name\":\"gigMetadataUri\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gigId\",\"type\":\"uint256\"}],\"name\":\"gigs\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"taker\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"credits\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"gigsPage\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"taker\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"credits\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"creditsTransferred\",\"type\":\"uint256\"}],\"internalType\":\"structGigs.GigView[]\",\"name\":\"page\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gigId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gigId\",\"type\":\"uint256\"}],\"name\":\"submitGig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gigId\",\"type\":\"uint256\"}],\"name\":\"takeGig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gigId\",\"type\":\"uint256\"}],\"name\":\"validateGig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "b8d1be57c590107e8c54b3aa19dee1f25c",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161144238038061144283398101604081905261002e9161003f565b6001600160a01b031660805261006c565b5f6020828403121561004f575f5ffd5b81516001600160a01b0381168114610065575f5ffd5b9392505050565b6080516113a26100a05f395f818161026f015281816102b9015281816105a301528181610acb0152610caf01526113a25ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c806390c0e3ac116100885780639805bd92116100635780639805bd9214610237578063d184692414610257578063dc1fb5a51461026a578063e025e04a14610291575f5ffd5b806390c0e3ac146101ef57806395d89b4114610202578063970aea6e14610224575f5ffd5b80633689e916116100c35780633689e9161461014e5780635e3fbdc81461015f5780636352211e146101a557806370a08231146101d0575f5ffd5b806306fdde03146100e95780630ca05cb01461012657806316c3112b1461013b575b5f5ffd5b610110604051806040016040528060088152602001674469546f2047696760c01b81525081565b60405161011d9190610f3f565b60405180910390f35b610139610134366004610f58565b6102a4565b005b610110610149366004610f58565b610480565b5f545b60405190815260200161011d565b61017261016d366004610f58565b61051c565b604080516001600160a01b03958616815294909316602085015260ff90911691830191909152606082015260800161011d565b6101b86101b3366004610f58565b610574565b6040516001600160a01b03909116815260200161011d565b6101516101de366004610f86565b60016020525f908152604090205481565b6101396101fd366004610f58565b61058e565b6101106040518060400160405280600381526020016247494760e81b81525081565b610139610232366004610f58565b610753565b61024a610245366004610fa1565b610860565b60405161011d9190610fc1565b610139610265366004610f58565b6109e2565b6101b87f000000000000000000000000000000000000000000000000000000000000000081565b61015161029f36600461104b565b610c98565b60405163288c314960e21b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a230c52490602401602060405180830381865afa158015610306573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061032a91906110c2565b61034f5760405162461bcd60e51b8152600401610346906110e1565b60405180910390fd5b5f61035982610ea7565b905060036001820154600160a01b900460ff16600481111561037d5761037d611118565b146103c05760405162461bcd60e51b815260206004820152601360248201527211da59dcce881b9bdd0818dbdb5c1b195d1959606a1b6044820152606401610346565b6001810154336001600160a01b039091160361041e5760405162461bcd60e51b815260206004820152601b60248201527f476967733a2074616b65722063616e6e6f742076616c696461746500000000006044820152606401610346565b60018101805460ff60a01b1916600160a21b1790556003810154604080518481528215156020820152908101919091527f20a749867e5824ec1a36c592cea7a811aca34cc5fd8afe73841ad7657be1ebd0906060015b60405180910390a15050565b606061048b82610ea7565b60040180546104999061112c565b80601f01602080910402602001604051908101604052809291908181526020018280546104c59061112c565b80156105105780601f106104e757610100808354040283529160200191610510565b820191905f5260205f20905b8154815290600101906020018083116104f357829003601f168201915b50505050509050919050565b5f5f5f5f5f61052a86610ea7565b805460018201549192506001600160a01b039081169190811690600160a01b900460ff16600481111561055f5761055f611118565b83600201549450945094509450509193509193565b5f61057e82610ea7565b546001600160a01b031692915050565b60405163288c314960e21b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a230c52490602401602060405180830381865afa1580156105f0573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061061491906110c2565b6106305760405162461bcd60e51b8152600401610346906110e1565b5f61063a82610ea7565b90505f6001820154600160a01b900460ff16600481111561065d5761065d611118565b1461069b5760405162461bcd60e51b815260206004820152600e60248201526d23b4b3b99d103737ba1037b832b760911b6044820152606401610346565b8054336001600160a01b03909116036107005760405162461bcd60e51b815260206004820152602160248201527f476967733a2063726561746f722063616e6e6f742074616b65206f776e2067696044820152606760f81b6064820152608401610346565b600181018054600160a01b6001600160a81b031990911660ff60a01b193316171790556040518281527fbcd3727fec70289a16b893909a5b33410e30a4b8474168d92ee4a54ec7dc595490602001610474565b5f61075d82610ea7565b9050600180820154600160a01b900460ff16600481111561078057610780611118565b146107bf5760405162461bcd60e51b815260206004820152600f60248201526e23b4b3b99d103737ba103a30b5b2b760891b6044820152606401610346565b60018101546001600160a01b0316331461081b5760405162461bcd60e51b815260206004820152601d60248201527f476967733a2063616c6c6572206973206e6f74207468652074616b65720000006044820152606401610346565b60018101805460ff60a01b1916600160a11b1790556040518281527f34c8df3b7716ca883061c65e5dacb6902705d52b253ff288e09eb5588eaec4d990602001610474565b60605f61086d8385611178565b5f5490915081111561087d57505f545b80841061088a57506109dc565b610894848261118b565b67ffffffffffffffff8111156108ac576108ac61119e565b60405190808252806020026020018201604052801561090a57816020015b6040805160c0810182525f8082526020808301829052928201819052606082018190526080820181905260a082015282525f199092019101816108ca5790505b509150835b818110156109d9575f5f828154811061092a5761092a6111b2565b5f9182526020918290206040805160c081018252868152600590930290910180546001600160a01b0390811694840194909452600181015493841691830191909152925090606082019060ff600160a01b90910416600481111561099057610990611118565b60ff168152600283015460208201526003830154604090910152846109b5888561118b565b815181106109c5576109c56111b2565b60209081029190910101525060010161090f565b50505b92915050565b5f6109ec82610ea7565b905060026001820154600160a01b900460ff166004811115610a1057610a10611118565b14610a535760405162461bcd60e51b815260206004820152601360248201527211da59dcce881b9bdd081cdd589b5a5d1d1959606a1b6044820152606401610346565b80546001600160a01b03163314610aac5760405162461bcd60e51b815260206004820152601f60248201527f476967733a2063616c6c6572206973206e6f74207468652063726561746f72006044820152606401610346565b6001810180546003919060ff60a01b1916600160a01b8302179055505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663ac254bc96040518163ffffffff1660e01b8152600401602060405180830381865afa158015610b25573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b4991906111c6565b600283015483546040516370a0823160e01b81526001600160a01b0391821660048201529293509091908316906370a0823190602401602060405180830381865afa158015610b9a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bbe91906111e1565b10610c6057600282015460038301819055825460018401546040516001600160a01b03808616946362ad1b839482169390911691610c0490899060200190815260200190565b6040516020818303038152906040526040518563ffffffff1660e01b8152600401610c3294939291906111f8565b5f604051808303815f87803b158015610c49575f5ffd5b505af1158015610c5b573d5f5f3e3d5ffd5b505050505b6040518381527f7a74ae824fb9b3aa1d244c7279305b8fc7aa0d8d8d5bbb1433a029848b6521bc9060200160405180910390a1505050565b60405163288c314960e21b81523360048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a230c52490602401602060405180830381865afa158015610cfc573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d2091906110c2565b610d3c5760405162461bcd60e51b8152600401610346906110e1565b5f8411610d805760405162461bcd60e51b8152602060048201526012602482015271476967733a207a65726f206372656469747360701b6044820152606401610346565b505f8054600181018255908052600581027f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563810180546001600160a01b031916331781557f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5658201869055907f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56701610e18848683611299565b50335f908152600160205260408120805491610e3383611354565b9091555050604051829033905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef908290a460408051338152602081018490527fd0c6b36cc015057721a3ff9f5d2b2f826add0847fc06d6cba70cd0555d9fe3a4910160405180910390a1509392505050565b5f80548210610eec5760405162461bcd60e51b8152602060048201526011602482015270476967733a206e6f20737563682067696760781b6044820152606401610346565b5f8281548110610efe57610efe6111b2565b905f5260205f2090600502019050919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610f516020830184610f11565b9392505050565b5f60208284031215610f68575f5ffd5b5035919050565b6001600160a01b0381168114610f83575f5ffd5b50565b5f60208284031215610f96575f5ffd5b8135610f5181610f6f565b5f5f60408385031215610fb2575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b81811015611040578351805184526020808201516001600160a01b03908116828701526040808401519091169086015260608083015160ff16908601526080808301519086015260a091820151918501919091529093019260c090920191600101610fda565b509095945050505050565b5f5f5f6040848603121561105d575f5ffd5b83359250602084013567ffffffffffffffff81111561107a575f5ffd5b8401601f8101861361108a575f5ffd5b803567ffffffffffffffff8111156110a0575f5ffd5b8660208284010111156110b1575f5ffd5b939660209190910195509293505050565b5f602082840312156110d2575f5ffd5b81518015158114610f51575f5ffd5b6020808252601c908201527f476967733a2063616c6c6572206973206e6f742061206d656d62657200000000604082015260600190565b634e487b7160e01b5f52602160045260245ffd5b600181811c9082168061114057607f821691505b60208210810361115e57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156109dc576109dc611164565b818103818111156109dc576109dc611164565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156111d6575f5ffd5b8151610f5181610f6f565b5f602082840312156111f1575f5ffd5b5051919050565b6001600160a01b038581168252841660208201526040810183905260a0606082018190525f90820181905260c06080830181905261123890830184610f11565b9695505050505050565b601f821115611294578282111561129457805f5260205f20601f840160051c602085101561126d57505f5b90810190601f840160051c035f5b81811015611290575f8382015560010161127b565b5050505b505050565b67ffffffffffffffff8311156112b1576112b161119e565b6112c5836112bf835461112c565b83611242565b5f601f8411600181146112f6575f85156112df5750838201355b5f19600387901b1c1916600186901b17835561134d565b5f83815260208120601f198716915b828110156113255786850135825560209485019460019092019101611305565b5086821015611341575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b5f6001820161136557611365611164565b506001019056fea2646970667358221220863e1c35d86c8be5d0459f733c4e0a3eb594bd7aac4d2cb666a21c901dfcd96664736f6c63430008250033",
}

// Gigs is an auto generated Go binding around an Ethereum contract.
type Gigs struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Gigs) GetABI() abi.ABI {
	return c.abi
}

// NewGigs creates a new instance of Gigs.
func NewGigs() *Gigs {
	parsed, err := GigsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Gigs{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Gigs) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address community_) returns()
func (gigs *Gigs) PackConstructor(community_ common.Address) []byte {
	enc, err := gigs.abi.Pack("", community_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (gigs *Gigs) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := gigs.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (gigs *Gigs) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return gigs.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (gigs *Gigs) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := gigs.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc1fb5a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function community() view returns(address)
func (gigs *Gigs) PackCommunity() []byte {
	enc, err := gigs.abi.Pack("community")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc1fb5a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function community() view returns(address)
func (gigs *Gigs) TryPackCommunity() ([]byte, error) {
	return gigs.abi.Pack("community")
}

// UnpackCommunity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc1fb5a5.
//
// Solidity: function community() view returns(address)
func (gigs *Gigs) UnpackCommunity(data []byte) (common.Address, error) {
	out, err := gigs.abi.Unpack("community", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCompleteGig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1846924.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function completeGig(uint256 gigId) returns()
func (gigs *Gigs) PackCompleteGig(gigId *big.Int) []byte {
	enc, err := gigs.abi.Pack("completeGig", gigId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompleteGig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1846924.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function completeGig(uint256 gigId) returns()
func (gigs *Gigs) TryPackCompleteGig(gigId *big.Int) ([]byte, error) {
	return gigs.abi.Pack("completeGig", gigId)
}

// PackCreateGig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe025e04a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createGig(uint256 credits, string metadataUri) returns(uint256 id)
func (gigs *Gigs) PackCreateGig(credits *big.Int, metadataUri string) []byte {
	enc, err := gigs.abi.Pack("createGig", credits, metadataUri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateGig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe025e04a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createGig(uint256 credits, string metadataUri) returns(uint256 id)
func (gigs *Gigs) TryPackCreateGig(credits *big.Int, metadataUri string) ([]byte, error) {
	return gigs.abi.Pack("createGig", credits, metadataUri)
}

// UnpackCreateGig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe025e04a.
//
// Solidity: function createGig(uint256 credits, string metadataUri) returns(uint256 id)
func (gigs *Gigs) UnpackCreateGig(data []byte) (*big.Int, error) {
	out, err := gigs.abi.Unpack("createGig", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGigCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3689e916.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gigCount() view returns(uint256)
func (gigs *Gigs) PackGigCount() []byte {
	enc, err := gigs.abi.Pack("gigCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGigCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3689e916.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gigCount() view returns(uint256)
func (gigs *Gigs) TryPackGigCount() ([]byte, error) {
	return gigs.abi.Pack("gigCount")
}

// UnpackGigCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3689e916.
//
// Solidity: function gigCount() view returns(uint256)
func (gigs *Gigs) UnpackGigCount(data []byte) (*big.Int, error) {
	out, err := gigs.abi.Unpack("gigCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGigMetadataUri is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16c3112b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gigMetadataUri(uint256 gigId) view returns(string)
func (gigs *Gigs) PackGigMetadataUri(gigId *big.Int) []byte {
	enc, err := gigs.abi.Pack("gigMetadataUri", gigId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGigMetadataUri is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16c3112b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gigMetadataUri(uint256 gigId) view returns(string)
func (gigs *Gigs) TryPackGigMetadataUri(gigId *big.Int) ([]byte, error) {
	return gigs.abi.Pack("gigMetadataUri", gigId)
}

// UnpackGigMetadataUri is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16c3112b.
//
// Solidity: function gigMetadataUri(uint256 gigId) view returns(string)
func (gigs *Gigs) UnpackGigMetadataUri(data []byte) (string, error) {
	out, err := gigs.abi.Unpack("gigMetadataUri", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackGigs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e3fbdc8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gigs(uint256 gigId) view returns(address creator, address taker, uint8 status, uint256 credits)
func (gigs *Gigs) PackGigs(gigId *big.Int) []byte {
	enc, err := gigs.abi.Pack("gigs", gigId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGigs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e3fbdc8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gigs(uint256 gigId) view returns(address creator, address taker, uint8 status, uint256 credits)
func (gigs *Gigs) TryPackGigs(gigId *big.Int) ([]byte, error) {
	return gigs.abi.Pack("gigs", gigId)
}

// GigsOutput serves as a container for the return parameters of contract
// method Gigs.
type GigsOutput struct {
	Creator common.Address
	Taker   common.Address
	Status  uint8
	Credits *big.Int
}

// UnpackGigs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e3fbdc8.
//
// Solidity: function gigs(uint256 gigId) view returns(address creator, address taker, uint8 status, uint256 credits)
func (gigs *Gigs) UnpackGigs(data []byte) (GigsOutput, error) {
	out, err := gigs.abi.Unpack("gigs", data)
	outstruct := new(GigsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Creator = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Taker = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.Status = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	outstruct.Credits = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGigsPage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9805bd92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gigsPage(uint256 start, uint256 count) view returns((uint256,address,address,uint8,uint256,uint256)[] page)
func (gigs *Gigs) PackGigsPage(start *big.Int, count *big.Int) []byte {
	enc, err := gigs.abi.Pack("gigsPage", start, count)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGigsPage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9805bd92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gigsPage(uint256 start, uint256 count) view returns((uint256,address,address,uint8,uint256,uint256)[] page)
func (gigs *Gigs) TryPackGigsPage(start *big.Int, count *big.Int) ([]byte, error) {
	return gigs.abi.Pack("gigsPage", start, count)
}

// UnpackGigsPage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9805bd92.
//
// Solidity: function gigsPage(uint256 start, uint256 count) view returns((uint256,address,address,uint8,uint256,uint256)[] page)
func (gigs *Gigs) UnpackGigsPage(data []byte) ([]GigsGigView, error) {
	out, err := gigs.abi.Unpack("gigsPage", data)
	if err != nil {
		return *new([]GigsGigView), err
	}
	out0 := *abi.ConvertType(out[0], new([]GigsGigView)).(*[]GigsGigView)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (gigs *Gigs) PackName() []byte {
	enc, err := gigs.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (gigs *Gigs) TryPackName() ([]byte, error) {
	return gigs.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (gigs *Gigs) UnpackName(data []byte) (string, error) {
	out, err := gigs.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 gigId) view returns(address)
func (gigs *Gigs) PackOwnerOf(gigId *big.Int) []byte {
	enc, err := gigs.abi.Pack("ownerOf", gigId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 gigId) view returns(address)
func (gigs *Gigs) TryPackOwnerOf(gigId *big.Int) ([]byte, error) {
	return gigs.abi.Pack("ownerOf", gigId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 gigId) view returns(address)
func (gigs *Gigs) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := gigs.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSubmitGig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x970aea6e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitGig(uint256 gigId) returns()
func (gigs *Gigs) PackSubmitGig(gigId *big.Int) []byte {
	enc, err := gigs.abi.Pack("submitGig", gigId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitGig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x970aea6e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitGig(uint256 gigId) returns()
func (gigs *Gigs) TryPackSubmitGig(gigId *big.Int) ([]byte, error) {
	return gigs.abi.Pack("submitGig", gigId)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (gigs *Gigs) PackSymbol() []byte {
	enc, err := gigs.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (gigs *Gigs) TryPackSymbol() ([]byte, error) {
	return gigs.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (gigs *Gigs) UnpackSymbol(data []byte) (string, error) {
	out, err := gigs.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTakeGig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90c0e3ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function takeGig(uint256 gigId) returns()
func (gigs *Gigs) PackTakeGig(gigId *big.Int) []byte {
	enc, err := gigs.abi.Pack("takeGig", gigId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTakeGig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90c0e3ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function takeGig(uint256 gigId) returns()
func (gigs *Gigs) TryPackTakeGig(gigId *big.Int) ([]byte, error) {
	return gigs.abi.Pack("takeGig", gigId)
}

// PackValidateGig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ca05cb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validateGig(uint256 gigId) returns()
func (gigs *Gigs) PackValidateGig(gigId *big.Int) []byte {
	enc, err := gigs.abi.Pack("validateGig", gigId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidateGig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ca05cb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validateGig(uint256 gigId) returns()
func (gigs *Gigs) TryPackValidateGig(gigId *big.Int) ([]byte, error) {
	return gigs.abi.Pack("validateGig", gigId)
}

// GigsGigCompleted represents a GigCompleted event raised by the Gigs contract.
type GigsGigCompleted struct {
	GigId *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const GigsGigCompletedEventName = "GigCompleted"

// ContractEventName returns the user-defined event name.
func (GigsGigCompleted) ContractEventName() string {
	return GigsGigCompletedEventName
}

// UnpackGigCompletedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GigCompleted(uint256 _gigId)
func (gigs *Gigs) UnpackGigCompletedEvent(log *types.Log) (*GigsGigCompleted, error) {
	event := "GigCompleted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gigs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GigsGigCompleted)
	if len(log.Data) > 0 {
		if err := gigs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gigs.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GigsGigCreated represents a GigCreated event raised by the Gigs contract.
type GigsGigCreated struct {
	Creator common.Address
	GigId   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const GigsGigCreatedEventName = "GigCreated"

// ContractEventName returns the user-defined event name.
func (GigsGigCreated) ContractEventName() string {
	return GigsGigCreatedEventName
}

// UnpackGigCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GigCreated(address _creator, uint256 _gigId)
func (gigs *Gigs) UnpackGigCreatedEvent(log *types.Log) (*GigsGigCreated, error) {
	event := "GigCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gigs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GigsGigCreated)
	if len(log.Data) > 0 {
		if err := gigs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gigs.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GigsGigSubmitted represents a GigSubmitted event raised by the Gigs contract.
type GigsGigSubmitted struct {
	GigId *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const GigsGigSubmittedEventName = "GigSubmitted"

// ContractEventName returns the user-defined event name.
func (GigsGigSubmitted) ContractEventName() string {
	return GigsGigSubmittedEventName
}

// UnpackGigSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GigSubmitted(uint256 _gigId)
func (gigs *Gigs) UnpackGigSubmittedEvent(log *types.Log) (*GigsGigSubmitted, error) {
	event := "GigSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gigs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GigsGigSubmitted)
	if len(log.Data) > 0 {
		if err := gigs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gigs.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GigsGigTaken represents a GigTaken event raised by the Gigs contract.
type GigsGigTaken struct {
	GigId *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const GigsGigTakenEventName = "GigTaken"

// ContractEventName returns the user-defined event name.
func (GigsGigTaken) ContractEventName() string {
	return GigsGigTakenEventName
}

// UnpackGigTakenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GigTaken(uint256 _gigId)
func (gigs *Gigs) UnpackGigTakenEvent(log *types.Log) (*GigsGigTaken, error) {
	event := "GigTaken"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gigs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GigsGigTaken)
	if len(log.Data) > 0 {
		if err := gigs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gigs.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GigsGigValidated represents a GigValidated event raised by the Gigs contract.
type GigsGigValidated struct {
	GigId                *big.Int
	AreCreditsTransfered bool
	CreditsTransfered    *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const GigsGigValidatedEventName = "GigValidated"

// ContractEventName returns the user-defined event name.
func (GigsGigValidated) ContractEventName() string {
	return GigsGigValidatedEventName
}

// UnpackGigValidatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GigValidated(uint256 _gigId, bool areCreditsTransfered, uint256 creditsTransfered)
func (gigs *Gigs) UnpackGigValidatedEvent(log *types.Log) (*GigsGigValidated, error) {
	event := "GigValidated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gigs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GigsGigValidated)
	if len(log.Data) > 0 {
		if err := gigs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gigs.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GigsTransfer represents a Transfer event raised by the Gigs contract.
type GigsTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const GigsTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (GigsTransfer) ContractEventName() string {
	return GigsTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (gigs *Gigs) UnpackTransferEvent(log *types.Log) (*GigsTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gigs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GigsTransfer)
	if len(log.Data) > 0 {
		if err := gigs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gigs.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GigsFactoryMetaData contains all meta data concerning the GigsFactory contract.
var GigsFactoryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"community\",\"type\":\"address\"}],\"name\":\"create\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "731f5f3032c0011c0a8f7016e352bfdf8e",
	Bin: "0x6080604052348015600e575f5ffd5b506115408061001c5f395ff3fe6080604052348015600e575f5ffd5b50600436106026575f3560e01c80639ed9331814602a575b5f5ffd5b60396035366004609d565b6055565b6040516001600160a01b03909116815260200160405180910390f35b5f816040516061906090565b6001600160a01b039091168152602001604051809103905ff0801580156089573d5f5f3e3d5ffd5b5092915050565b611442806100c983390190565b5f6020828403121560ac575f5ffd5b81356001600160a01b038116811460c1575f5ffd5b939250505056fe60a060405234801561000f575f5ffd5b5060405161144238038061144283398101604081905261002e9161003f565b6001600160a01b031660805261006c565b5f6020828403121561004f575f5ffd5b81516001600160a01b0381168114610065575f5ffd5b9392505050565b6080516113a26100a05f395f818161026f015281816102b9015281816105a301528181610acb0152610caf01526113a25ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c806390c0e3ac116100885780639805bd92116100635780639805bd9214610237578063d184692414610257578063dc1fb5a51461026a578063e025e04a14610291575f5ffd5b806390c0e3ac146101ef57806395d89b4114610202578063970aea6e14610224575f5ffd5b80633689e916116100c35780633689e9161461014e5780635e3fbdc81461015f5780636352211e146101a557806370a08231146101d0575f5ffd5b806306fdde03146100e95780630ca05cb01461012657806316c3112b1461013b575b5f5ffd5b610110604051806040016040528060088152602001674469546f2047696760c01b81525081565b60405161011d9190610f3f565b60405180910390f35b610139610134366004610f58565b6102a4565b005b610110610149366004610f58565b610480565b5f545b60405190815260200161011d565b61017261016d366004610f58565b61051c565b604080516001600160a01b03958616815294909316602085015260ff90911691830191909152606082015260800161011d565b6101b86101b3366004610f58565b610574565b6040516001600160a01b03909116815260200161011d565b6101516101de366004610f86565b60016020525f908152604090205481565b6101396101fd366004610f58565b61058e565b6101106040518060400160405280600381526020016247494760e81b81525081565b610139610232366004610f58565b610753565b61024a610245366004610fa1565b610860565b60405161011d9190610fc1565b610139610265366004610f58565b6109e2565b6101b87f000000000000000000000000000000000000000000000000000000000000000081565b61015161029f36600461104b565b610c98565b60405163288c314960e21b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a230c52490602401602060405180830381865afa158015610306573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061032a91906110c2565b61034f5760405162461bcd60e51b8152600401610346906110e1565b60405180910390fd5b5f61035982610ea7565b905060036001820154600160a01b900460ff16600481111561037d5761037d611118565b146103c05760405162461bcd60e51b815260206004820152601360248201527211da59dcce881b9bdd0818dbdb5c1b195d1959606a1b6044820152606401610346565b6001810154336001600160a01b039091160361041e5760405162461bcd60e51b815260206004820152601b60248201527f476967733a2074616b65722063616e6e6f742076616c696461746500000000006044820152606401610346565b60018101805460ff60a01b1916600160a21b1790556003810154604080518481528215156020820152908101919091527f20a749867e5824ec1a36c592cea7a811aca34cc5fd8afe73841ad7657be1ebd0906060015b60405180910390a15050565b606061048b82610ea7565b60040180546104999061112c565b80601f01602080910402602001604051908101604052809291908181526020018280546104c59061112c565b80156105105780601f106104e757610100808354040283529160200191610510565b820191905f5260205f20905b8154815290600101906020018083116104f357829003601f168201915b50505050509050919050565b5f5f5f5f5f61052a86610ea7565b805460018201549192506001600160a01b039081169190811690600160a01b900460ff16600481111561055f5761055f611118565b83600201549450945094509450509193509193565b5f61057e82610ea7565b546001600160a01b031692915050565b60405163288c314960e21b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a230c52490602401602060405180830381865afa1580156105f0573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061061491906110c2565b6106305760405162461bcd60e51b8152600401610346906110e1565b5f61063a82610ea7565b90505f6001820154600160a01b900460ff16600481111561065d5761065d611118565b1461069b5760405162461bcd60e51b815260206004820152600e60248201526d23b4b3b99d103737ba1037b832b760911b6044820152606401610346565b8054336001600160a01b03909116036107005760405162461bcd60e51b815260206004820152602160248201527f476967733a2063726561746f722063616e6e6f742074616b65206f776e2067696044820152606760f81b6064820152608401610346565b600181018054600160a01b6001600160a81b031990911660ff60a01b193316171790556040518281527fbcd3727fec70289a16b893909a5b33410e30a4b8474168d92ee4a54ec7dc595490602001610474565b5f61075d82610ea7565b9050600180820154600160a01b900460ff16600481111561078057610780611118565b146107bf5760405162461bcd60e51b815260206004820152600f60248201526e23b4b3b99d103737ba103a30b5b2b760891b6044820152606401610346565b60018101546001600160a01b0316331461081b5760405162461bcd60e51b815260206004820152601d60248201527f476967733a2063616c6c6572206973206e6f74207468652074616b65720000006044820152606401610346565b60018101805460ff60a01b1916600160a11b1790556040518281527f34c8df3b7716ca883061c65e5dacb6902705d52b253ff288e09eb5588eaec4d990602001610474565b60605f61086d8385611178565b5f5490915081111561087d57505f545b80841061088a57506109dc565b610894848261118b565b67ffffffffffffffff8111156108ac576108ac61119e565b60405190808252806020026020018201604052801561090a57816020015b6040805160c0810182525f8082526020808301829052928201819052606082018190526080820181905260a082015282525f199092019101816108ca5790505b509150835b818110156109d9575f5f828154811061092a5761092a6111b2565b5f9182526020918290206040805160c081018252868152600590930290910180546001600160a01b0390811694840194909452600181015493841691830191909152925090606082019060ff600160a01b90910416600481111561099057610990611118565b60ff168152600283015460208201526003830154604090910152846109b5888561118b565b815181106109c5576109c56111b2565b60209081029190910101525060010161090f565b50505b92915050565b5f6109ec82610ea7565b905060026001820154600160a01b900460ff166004811115610a1057610a10611118565b14610a535760405162461bcd60e51b815260206004820152601360248201527211da59dcce881b9bdd081cdd589b5a5d1d1959606a1b6044820152606401610346565b80546001600160a01b03163314610aac5760405162461bcd60e51b815260206004820152601f60248201527f476967733a2063616c6c6572206973206e6f74207468652063726561746f72006044820152606401610346565b6001810180546003919060ff60a01b1916600160a01b8302179055505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663ac254bc96040518163ffffffff1660e01b8152600401602060405180830381865afa158015610b25573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b4991906111c6565b600283015483546040516370a0823160e01b81526001600160a01b0391821660048201529293509091908316906370a0823190602401602060405180830381865afa158015610b9a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bbe91906111e1565b10610c6057600282015460038301819055825460018401546040516001600160a01b03808616946362ad1b839482169390911691610c0490899060200190815260200190565b6040516020818303038152906040526040518563ffffffff1660e01b8152600401610c3294939291906111f8565b5f604051808303815f87803b158015610c49575f5ffd5b505af1158015610c5b573d5f5f3e3d5ffd5b505050505b6040518381527f7a74ae824fb9b3aa1d244c7279305b8fc7aa0d8d8d5bbb1433a029848b6521bc9060200160405180910390a1505050565b60405163288c314960e21b81523360048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a230c52490602401602060405180830381865afa158015610cfc573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d2091906110c2565b610d3c5760405162461bcd60e51b8152600401610346906110e1565b5f8411610d805760405162461bcd60e51b8152602060048201526012602482015271476967733a207a65726f206372656469747360701b6044820152606401610346565b505f8054600181018255908052600581027f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563810180546001600160a01b031916331781557f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5658201869055907f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56701610e18848683611299565b50335f908152600160205260408120805491610e3383611354565b9091555050604051829033905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef908290a460408051338152602081018490527fd0c6b36cc015057721a3ff9f5d2b2f826add0847fc06d6cba70cd0555d9fe3a4910160405180910390a1509392505050565b5f80548210610eec5760405162461bcd60e51b8152602060048201526011602482015270476967733a206e6f20737563682067696760781b6044820152606401610346565b5f8281548110610efe57610efe6111b2565b905f5260205f2090600502019050919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610f516020830184610f11565b9392505050565b5f60208284031215610f68575f5ffd5b5035919050565b6001600160a01b0381168114610f83575f5ffd5b50565b5f60208284031215610f96575f5ffd5b8135610f5181610f6f565b5f5f60408385031215610fb2575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b81811015611040578351805184526020808201516001600160a01b03908116828701526040808401519091169086015260608083015160ff16908601526080808301519086015260a091820151918501919091529093019260c090920191600101610fda565b509095945050505050565b5f5f5f6040848603121561105d575f5ffd5b83359250602084013567ffffffffffffffff81111561107a575f5ffd5b8401601f8101861361108a575f5ffd5b803567ffffffffffffffff8111156110a0575f5ffd5b8660208284010111156110b1575f5ffd5b939660209190910195509293505050565b5f602082840312156110d2575f5ffd5b81518015158114610f51575f5ffd5b6020808252601c908201527f476967733a2063616c6c6572206973206e6f742061206d656d62657200000000604082015260600190565b634e487b7160e01b5f52602160045260245ffd5b600181811c9082168061114057607f821691505b60208210810361115e57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156109dc576109dc611164565b818103818111156109dc576109dc611164565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156111d6575f5ffd5b8151610f5181610f6f565b5f602082840312156111f1575f5ffd5b5051919050565b6001600160a01b038581168252841660208201526040810183905260a0606082018190525f90820181905260c06080830181905261123890830184610f11565b9695505050505050565b601f821115611294578282111561129457805f5260205f20601f840160051c602085101561126d57505f5b90810190601f840160051c035f5b81811015611290575f8382015560010161127b565b5050505b505050565b67ffffffffffffffff8311156112b1576112b161119e565b6112c5836112bf835461112c565b83611242565b5f601f8411600181146112f6575f85156112df5750838201355b5f19600387901b1c1916600186901b17835561134d565b5f83815260208120601f198716915b828110156113255786850135825560209485019460019092019101611305565b5086821015611341575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b5f6001820161136557611365611164565b506001019056fea2646970667358221220863e1c35d86c8be5d0459f733c4e0a3eb594bd7aac4d2cb666a21c901dfcd96664736f6c63430008250033a2646970667358221220b50c1bf8335456a50c60eed173cb97bc48e3581c08c650f54d5cb21104b643b064736f6c63430008250033",
}

// GigsFactory is an auto generated Go binding around an Ethereum contract.
type GigsFactory struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GigsFactory) GetABI() abi.ABI {
	return c.abi
}

// NewGigsFactory creates a new instance of GigsFactory.
func NewGigsFactory() *GigsFactory {
	parsed, err := GigsFactoryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GigsFactory{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GigsFactory) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ed93318.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function create(address community) returns(address)
func (gigsFactory *GigsFactory) PackCreate(community common.Address) []byte {
	enc, err := gigsFactory.abi.Pack("create", community)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ed93318.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function create(address community) returns(address)
func (gigsFactory *GigsFactory) TryPackCreate(community common.Address) ([]byte, error) {
	return gigsFactory.abi.Pack("create", community)
}

// UnpackCreate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ed93318.
//
// Solidity: function create(address community) returns(address)
func (gigsFactory *GigsFactory) UnpackCreate(data []byte) (common.Address, error) {
	out, err := gigsFactory.abi.Unpack("create", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// ProjectsMetaData contains all meta data concerning the Projects contract.
var ProjectsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"distributedTown_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"projectId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"template\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"communityAddress\",\"type\":\"address\"}],\"name\":\"ProjectCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"community\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"metadataUri\",\"type\":\"string\"}],\"name\":\"createProject\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"distributedTown\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"projectId\",\"type\":\"uint256\"}],\"name\":\"getProject\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"template\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"community\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"metadataUri\",\"type\":\"string\"}],\"internalType\":\"structProjects.Project\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"projectCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "f0c84a37cc2c320956fc58b90076a209de",
	Bin: "0x60a0604052348015600e575f5ffd5b5060405161099d38038061099d833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b6080516109196100845f395f818160dd015261016b01526109195ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c806306fdde031461006457806336fbad26146100a557806395d89b41146100b6578063bc5ce9cb146100d8578063c5cca33414610117578063f0f3f2c81461012a575b5f5ffd5b61008f6040518060400160405280600c81526020016b111a551bc8141c9bda9958dd60a21b81525081565b60405161009c919061062c565b60405180910390f35b5f545b60405190815260200161009c565b61008f6040518060400160405280600381526020016204454560ec1b81525081565b6100ff7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161009c565b6100a8610125366004610645565b61014a565b61013d6101383660046106d0565b610499565b60405161009c91906106e7565b60405163993fa20b60e01b81526001600160a01b0384811660048301525f917f00000000000000000000000000000000000000000000000000000000000000009091169063993fa20b90602401602060405180830381865afa1580156101b2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101d69190610737565b6102275760405162461bcd60e51b815260206004820152601b60248201527f50726f6a656374733a20756e6b6e6f776e20636f6d6d756e697479000000000060448201526064015b60405180910390fd5b60405163288c314960e21b81523360048201526001600160a01b0385169063a230c52490602401602060405180830381865afa158015610269573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061028d9190610737565b6102d95760405162461bcd60e51b815260206004820181905260248201527f50726f6a656374733a2063616c6c6572206973206e6f742061206d656d626572604482015260640161021e565b5f846001600160a01b0316636f2ddd936040518163ffffffff1660e01b8152600401602060405180830381865afa158015610316573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061033a9190610756565b90505f8054905091505f6040518060800160405280838152602001876001600160a01b03168152602001336001600160a01b0316815260200186868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525093909452505083546001818101865594825260209182902084516004909202019081559083015193810180546001600160a01b039586166001600160a01b03199182161790915560408401516002830180549190961691161790935550606081015190919060038201906104189082610810565b505060405183915033905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef908290a460408051838152602081018390526001600160a01b0387168183015290517f2e16fe6185221195ff919455425d57cc20788b7457ce4ab0a9b39ffbbe4e25b29181900360600190a1509392505050565b604080516080810182525f808252602082018190529181018290526060808201529054821061050a5760405162461bcd60e51b815260206004820152601960248201527f50726f6a656374733a206e6f20737563682070726f6a65637400000000000000604482015260640161021e565b5f828154811061051c5761051c6108cf565b5f9182526020918290206040805160808101825260049093029091018054835260018101546001600160a01b039081169484019490945260028101549093169082015260038201805491929160608401919061057790610781565b80601f01602080910402602001604051908101604052809291908181526020018280546105a390610781565b80156105ee5780601f106105c5576101008083540402835291602001916105ee565b820191905f5260205f20905b8154815290600101906020018083116105d157829003601f168201915b5050505050815250509050919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61063e60208301846105fe565b9392505050565b5f5f5f60408486031215610657575f5ffd5b83356001600160a01b038116811461066d575f5ffd5b9250602084013567ffffffffffffffff811115610688575f5ffd5b8401601f81018613610698575f5ffd5b803567ffffffffffffffff8111156106ae575f5ffd5b8660208284010111156106bf575f5ffd5b939660209190910195509293505050565b5f602082840312156106e0575f5ffd5b5035919050565b602081528151602082015260018060a01b03602083015116604082015260018060a01b0360408301511660608201525f606083015160808084015261072f60a08401826105fe565b949350505050565b5f60208284031215610747575f5ffd5b8151801515811461063e575f5ffd5b5f60208284031215610766575f5ffd5b5051919050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061079557607f821691505b6020821081036107b357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561080b578282111561080b57805f5260205f20601f840160051c60208510156107e457505f5b90810190601f840160051c035f5b81811015610807575f838201556001016107f2565b5050505b505050565b815167ffffffffffffffff81111561082a5761082a61076d565b61083e816108388454610781565b846107b9565b6020601f821160018114610870575f83156108595750848201515b5f19600385901b1c1916600184901b1784556108c8565b5f84815260208120601f198516915b8281101561089f578785015182556020948501946001909201910161087f565b50848210156108bc57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b634e487b7160e01b5f52603260045260245ffdfea2646970667358221220f1fd24645a1dc0549170062046dfe910f0e11508dc3e85ba8c12acb1a7a3a35064736f6c63430008250033",
}

// Projects is an auto generated Go binding around an Ethereum contract.
type Projects struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Projects) GetABI() abi.ABI {
	return c.abi
}

// NewProjects creates a new instance of Projects.
func NewProjects() *Projects {
	parsed, err := ProjectsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Projects{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Projects) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address distributedTown_) returns()
func (projects *Projects) PackConstructor(distributedTown_ common.Address) []byte {
	enc, err := projects.abi.Pack("", distributedTown_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCreateProject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5cca334.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createProject(address community, string metadataUri) returns(uint256 id)
func (projects *Projects) PackCreateProject(community common.Address, metadataUri string) []byte {
	enc, err := projects.abi.Pack("createProject", community, metadataUri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateProject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5cca334.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createProject(address community, string metadataUri) returns(uint256 id)
func (projects *Projects) TryPackCreateProject(community common.Address, metadataUri string) ([]byte, error) {
	return projects.abi.Pack("createProject", community, metadataUri)
}

// UnpackCreateProject is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5cca334.
//
// Solidity: function createProject(address community, string metadataUri) returns(uint256 id)
func (projects *Projects) UnpackCreateProject(data []byte) (*big.Int, error) {
	out, err := projects.abi.Unpack("createProject", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDistributedTown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc5ce9cb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function distributedTown() view returns(address)
func (projects *Projects) PackDistributedTown() []byte {
	enc, err := projects.abi.Pack("distributedTown")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDistributedTown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc5ce9cb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function distributedTown() view returns(address)
func (projects *Projects) TryPackDistributedTown() ([]byte, error) {
	return projects.abi.Pack("distributedTown")
}

// UnpackDistributedTown is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc5ce9cb.
//
// Solidity: function distributedTown() view returns(address)
func (projects *Projects) UnpackDistributedTown(data []byte) (common.Address, error) {
	out, err := projects.abi.Unpack("distributedTown", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetProject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f3f2c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getProject(uint256 projectId) view returns((uint256,address,address,string))
func (projects *Projects) PackGetProject(projectId *big.Int) []byte {
	enc, err := projects.abi.Pack("getProject", projectId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetProject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f3f2c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getProject(uint256 projectId) view returns((uint256,address,address,string))
func (projects *Projects) TryPackGetProject(projectId *big.Int) ([]byte, error) {
	return projects.abi.Pack("getProject", projectId)
}

// UnpackGetProject is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0f3f2c8.
//
// Solidity: function getProject(uint256 projectId) view returns((uint256,address,address,string))
func (projects *Projects) UnpackGetProject(data []byte) (ProjectsProject, error) {
	out, err := projects.abi.Unpack("getProject", data)
	if err != nil {
		return *new(ProjectsProject), err
	}
	out0 := *abi.ConvertType(out[0], new(ProjectsProject)).(*ProjectsProject)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (projects *Projects) PackName() []byte {
	enc, err := projects.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (projects *Projects) TryPackName() ([]byte, error) {
	return projects.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (projects *Projects) UnpackName(data []byte) (string, error) {
	out, err := projects.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackProjectCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36fbad26.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function projectCount() view returns(uint256)
func (projects *Projects) PackProjectCount() []byte {
	enc, err := projects.abi.Pack("projectCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProjectCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36fbad26.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function projectCount() view returns(uint256)
func (projects *Projects) TryPackProjectCount() ([]byte, error) {
	return projects.abi.Pack("projectCount")
}

// UnpackProjectCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x36fbad26.
//
// Solidity: function projectCount() view returns(uint256)
func (projects *Projects) UnpackProjectCount(data []byte) (*big.Int, error) {
	out, err := projects.abi.Unpack("projectCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (projects *Projects) PackSymbol() []byte {
	enc, err := projects.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (projects *Projects) TryPackSymbol() ([]byte, error) {
	return projects.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (projects *Projects) UnpackSymbol(data []byte) (string, error) {
	out, err := projects.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// ProjectsProjectCreated represents a ProjectCreated event raised by the Projects contract.
type ProjectsProjectCreated struct {
	ProjectId        *big.Int
	Template         *big.Int
	CommunityAddress common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const ProjectsProjectCreatedEventName = "ProjectCreated"

// ContractEventName returns the user-defined event name.
func (ProjectsProjectCreated) ContractEventName() string {
	return ProjectsProjectCreatedEventName
}

// UnpackProjectCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProjectCreated(uint256 projectId, uint256 template, address communityAddress)
func (projects *Projects) UnpackProjectCreatedEvent(log *types.Log) (*ProjectsProjectCreated, error) {
	event := "ProjectCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != projects.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProjectsProjectCreated)
	if len(log.Data) > 0 {
		if err := projects.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range projects.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProjectsTransfer represents a Transfer event raised by the Projects contract.
type ProjectsTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProjectsTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ProjectsTransfer) ContractEventName() string {
	return ProjectsTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (projects *Projects) UnpackTransferEvent(log *types.Log) (*ProjectsTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != projects.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProjectsTransfer)
	if len(log.Data) > 0 {
		if err := projects.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range projects.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SkillWalletMetaData contains all meta data concerning the SkillWallet contract.
var SkillWalletMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"skillWalletId\",\"type\":\"uint256\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill1\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill3\",\"type\":\"tuple\"}],\"indexed\":false,\"internalType\":\"structSkillSet\",\"name\":\"newSkillSet\",\"type\":\"tuple\"}],\"name\":\"SkillSetUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"skillWalletId\",\"type\":\"uint256\"}],\"name\":\"SkillWalletActivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"skillWalletId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newCommunity\",\"type\":\"address\"}],\"name\":\"SkillWalletCommunityChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"skillWalletOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"community\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"skillWalletId\",\"type\":\"uint256\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill1\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill3\",\"type\":\"tuple\"}],\"indexed\":false,\"internalType\":\"structSkillSet\",\"name\":\"skillSet\",\"type\":\"tuple\"}],\"name\":\"SkillWalletCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_LEVEL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SKILL_COUNT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"skillWalletId\",\"type\":\"uint256\"}],\"name\":\"activateSkillWallet\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"skillWalletId\",\"type\":\"uint256\"}],\"name\":\"changeCommunity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill1\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill3\",\"type\":\"tuple\"}],\"internalType\":\"structSkillSet\",\"name\":\"skillSet\",\"type\":\"tuple\"}],\"name\":\"create\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"distributedTown\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"skillWalletId\",\"type\":\"uint256\"}],\"name\":\"getSkillWallet\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"community\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"activated\",\"type\":\"bool\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill1\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill3\",\"type\":\"tuple\"}],\"internalType\":\"structSkillSet\",\"name\":\"skillSet\",\"type\":\"tuple\"}],\"internalType\":\"structSkillWalletBase.WalletView\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"hasSkillWallet\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"skillWalletId\",\"type\":\"uint256\"}],\"name\":\"leaveCommunity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"factory\",\"type\":\"address\"}],\"name\":\"setDistributedTown\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"skillWalletCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"skillWalletIdOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"skillWalletsPage\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"community\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"activated\",\"type\":\"bool\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill1\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill3\",\"type\":\"tuple\"}],\"internalType\":\"structSkillSet\",\"name\":\"skillSet\",\"type\":\"tuple\"}],\"internalType\":\"structSkillWalletBase.WalletView[]\",\"name\":\"page\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"skillWalletId\",\"type\":\"uint256\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill1\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill3\",\"type\":\"tuple\"}],\"internalType\":\"structSkillSet\",\"name\":\"newSkillSet\",\"type\":\"tuple\"}],\"name\":\"updateSkillSet\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "033b5591249a6bcd8f8b197d0c980db145",
	Bin: "0x60a0604052348015600e575f5ffd5b50336080526080516116e46100325f395f81816102f201526107ba01526116e45ff3fe608060405234801561000f575f5ffd5b5060043610610127575f3560e01c80636352211e116100a9578063abc132401161006e578063abc13240146102c0578063b50e77ff146102c8578063bc5ce9cb146102db578063d5f39488146102ed578063e371693a14610314575f5ffd5b80636352211e1461024557806370a082311461027057806395d89b41146102835780639c655f0b146102a5578063a49062d4146102b8575f5ffd5b80632931fde3116100ef5780632931fde3146101b85780632f90bc37146101b057806352e443a6146101f25780635375b4cc14610212578063617fc19d14610232575f5ffd5b80630235bb191461012b57806306fdde0314610151578063122afc041461018857806315c7571d1461019d57806318160ddd146101b0575b5f5ffd5b61013e61013936600461136c565b610327565b6040519081526020015b60405180910390f35b61017b6040518060400160405280600b81526020016a14dada5b1b15d85b1b195d60aa1b81525081565b604051610148919061139e565b61019b6101963660046113d3565b6105e6565b005b61019b6101ab3660046113ea565b6107af565b60015461013e565b6101e26101c63660046113ea565b6001600160a01b03165f90815260026020526040902054151590565b6040519015158152602001610148565b610205610200366004611403565b610906565b60405161014891906114a7565b6102256102203660046113d3565b610aa1565b60405161014891906114f5565b61019b6102403660046113d3565b610b9c565b6102586102533660046113d3565b610cfb565b6040516001600160a01b039091168152602001610148565b61013e61027e3660046113ea565b610d50565b61017b60405180604001604052806003815260200162534b5760e81b81525081565b61019b6102b3366004611504565b610d7f565b61013e600a81565b61013e602481565b61019b6102d63660046113d3565b610ea2565b5f54610258906001600160a01b031681565b6102587f000000000000000000000000000000000000000000000000000000000000000081565b61013e6103223660046113ea565b61109d565b5f80546001600160a01b0316158015906103a557505f5460405163993fa20b60e01b81523360048201526001600160a01b039091169063993fa20b90602401602060405180830381865afa158015610381573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103a59190611526565b6103ca5760405162461bcd60e51b81526004016103c190611545565b60405180910390fd5b6001600160a01b0383166104205760405162461bcd60e51b815260206004820152601760248201527f536b696c6c57616c6c65743a207a65726f206f776e657200000000000000000060448201526064016103c1565b6001600160a01b0383165f90815260026020526040902054156104955760405162461bcd60e51b815260206004820152602760248201527f536b696c6c57616c6c65743a206f776e657220616c7265616479206861732061604482015266081dd85b1b195d60ca1b60648201526084016103c1565b61049e82611116565b506001805480820182555f91909152600881027fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6810180546001600160a01b0386166001600160a01b03199182161782557fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf783018054909116331790559083907fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf80161057f8282813581556020820135600182015560408201356002820155606082013560038201556080820135600482015560a090910135600590910155565b5061058d905082600161159f565b6001600160a01b0385165f818152600260205260408082209390935591518492907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef908290a46105df84338486611195565b5092915050565b5f546001600160a01b03161580159061066357505f5460405163993fa20b60e01b81523360048201526001600160a01b039091169063993fa20b90602401602060405180830381865afa15801561063f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106639190611526565b61067f5760405162461bcd60e51b81526004016103c190611545565b60015481106106a05760405162461bcd60e51b81526004016103c1906115b2565b336001600160a01b0316600182815481106106bd576106bd6115e9565b5f9182526020909120600160089092020101546001600160a01b0316146107315760405162461bcd60e51b815260206004820152602260248201527f536b696c6c57616c6c65743a206e6f7420696e207468697320636f6d6d756e69604482015261747960f01b60648201526084016103c1565b5f60018281548110610745576107456115e9565b5f918252602080832060089290920290910160010180546001600160a01b0319166001600160a01b03949094169390931790925560405190815282917f40e6ddae3d2fcfa2a7f756d08e3eaff271dc6f378630bac80f5ff5b3da18975c910160405180910390a250565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146108375760405162461bcd60e51b815260206004820152602760248201527f536b696c6c57616c6c65743a2063616c6c6572206973206e6f7420746865206460448201526632b83637bcb2b960c91b60648201526084016103c1565b5f546001600160a01b03161561088f5760405162461bcd60e51b815260206004820181905260248201527f536b696c6c57616c6c65743a20666163746f727920616c72656164792073657460448201526064016103c1565b6001600160a01b0381166108e55760405162461bcd60e51b815260206004820152601960248201527f536b696c6c57616c6c65743a207a65726f20666163746f72790000000000000060448201526064016103c1565b5f80546001600160a01b0319166001600160a01b0392909216919091179055565b60605f610913838561159f565b60015490915081111561092557506001545b8084106109325750610a9b565b61093c84826115fd565b67ffffffffffffffff81111561095457610954611610565b60405190808252806020026020018201604052801561098d57816020015b61097a61129a565b8152602001906001900390816109725790505b509150835b81811015610a98575f600182815481106109ae576109ae6115e9565b5f9182526020918290206040805160a08082018352878252600890940290920180546001600160a01b039081168487015260018201549081168484015260ff600160a01b909104161515606080850191909152825194850183526002820154908501908152600382015460808681019190915290855282518084018452600483015481526005830154818801528587015282518084018452600683015481526007830154968101969096529184019490945281019190915290915084610a7488856115fd565b81518110610a8457610a846115e9565b602090810291909101015250600101610992565b50505b92915050565b610aa961129a565b6001548210610aca5760405162461bcd60e51b81526004016103c1906115b2565b5f60018381548110610ade57610ade6115e9565b5f9182526020918290206040805160a08082018352978152600890930290910180546001600160a01b039081168486015260018201549081168484015260ff600160a01b909104161515606080850191909152825197880183526002820154908801908152600382015460808981019190915290885282518084018452600483015481526005830154818701528886015282518084018452600683015481526007909201549482019490945290860152908101939093525090919050565b60015481908110610bbf5760405162461bcd60e51b81526004016103c1906115b2565b336001600160a01b031660018281548110610bdc57610bdc6115e9565b5f9182526020909120600890910201546001600160a01b031614610c125760405162461bcd60e51b81526004016103c190611624565b60018281548110610c2557610c256115e9565b905f5260205f20906008020160010160149054906101000a900460ff1615610c8f5760405162461bcd60e51b815260206004820152601e60248201527f536b696c6c57616c6c65743a20616c726561647920616374697661746564000060448201526064016103c1565b6001808381548110610ca357610ca36115e9565b5f918252602082206001600890920201018054921515600160a01b0260ff60a01b199093169290921790915560405183917f3b9fa7eba99fc1e57dd4fc92ee03c32e0766a7c33c9f6222a3e3d72788fe4ff691a25050565b6001545f908210610d1e5760405162461bcd60e51b81526004016103c1906115b2565b60018281548110610d3157610d316115e9565b5f9182526020909120600890910201546001600160a01b031692915050565b6001600160a01b0381165f9081526002602052604081205415610d74576001610d76565b5f5b60ff1692915050565b60015482908110610da25760405162461bcd60e51b81526004016103c1906115b2565b336001600160a01b031660018281548110610dbf57610dbf6115e9565b5f9182526020909120600890910201546001600160a01b031614610df55760405162461bcd60e51b81526004016103c190611624565b610dfe82611116565b8160018481548110610e1257610e126115e9565b905f5260205f2090600802016002018181610e629190813581556020820135600182015560408201356002820155606082013560038201556080820135600482015560a090910135600590910155565b905050827fd23a2a65f7344d10e89bbb695d455b453af9e45a3ee9ee31dcdbe0f45a3754cb83604051610e959190611668565b60405180910390a2505050565b5f546001600160a01b031615801590610f1f57505f5460405163993fa20b60e01b81523360048201526001600160a01b039091169063993fa20b90602401602060405180830381865afa158015610efb573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f1f9190611526565b610f3b5760405162461bcd60e51b81526004016103c190611545565b6001548110610f5c5760405162461bcd60e51b81526004016103c1906115b2565b5f60018281548110610f7057610f706115e9565b5f918252602090912060089091020160018101549091506001600160a01b0316338103610fee5760405162461bcd60e51b815260206004820152602660248201527f536b696c6c57616c6c65743a20616c726561647920696e207468697320636f6d6044820152656d756e69747960d01b60648201526084016103c1565b6001820180546001600160a01b031916331790556001600160a01b0381161561106b57815460405163bd04b8e560e01b81526001600160a01b0391821660048201529082169063bd04b8e5906024015f604051808303815f87803b158015611054575f5ffd5b505af1158015611066573d5f5f3e3d5ffd5b505050505b60405133815283907f40e6ddae3d2fcfa2a7f756d08e3eaff271dc6f378630bac80f5ff5b3da18975c90602001610e95565b6001600160a01b0381165f908152600260205260408120548082036111045760405162461bcd60e51b815260206004820181905260248201527f536b696c6c57616c6c65743a206f776e657220686173206e6f2077616c6c657460448201526064016103c1565b61110f6001826115fd565b9392505050565b60208101356111715760405162461bcd60e51b815260206004820152602160248201527f536b696c6c57616c6c65743a20666972737420736b696c6c20697320656d70746044820152607960f81b60648201526084016103c1565b61117a816111e7565b611186816040016111e7565b611192816080016111e7565b50565b81836001600160a01b0316856001600160a01b03167ff9c0d3ed6447acda74cecb08a82083303259341fa59a0a66801644f6a30b03bf846040516111d99190611668565b60405180910390a450505050565b600a8160200135111561123c5760405162461bcd60e51b815260206004820152601b60248201527f536b696c6c57616c6c65743a206c6576656c2061626f7665203130000000000060448201526064016103c1565b6020810135158061124e575060248135105b6111925760405162461bcd60e51b815260206004820152601a60248201527f536b696c6c57616c6c65743a20756e6b6e6f776e20736b696c6c00000000000060448201526064016103c1565b6040518060a001604052805f81526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f151581526020016112d96112de565b905290565b6040805160a081019091525f6060820181815260808301919091528190815260200161131b60405180604001604052805f81526020015f81525090565b81526020016112d960405180604001604052805f81526020015f81525090565b80356001600160a01b0381168114611351575f5ffd5b919050565b5f60c08284031215611366575f5ffd5b50919050565b5f5f60e0838503121561137d575f5ffd5b6113868361133b565b91506113958460208501611356565b90509250929050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f602082840312156113e3575f5ffd5b5035919050565b5f602082840312156113fa575f5ffd5b61110f8261133b565b5f5f60408385031215611414575f5ffd5b50508035926020909101359150565b8051825260018060a01b03602082015116602083015260018060a01b036040820151166040830152606081015115156060830152608081015161147460808401825180518252602090810151910152565b602081810151805160c08601529081015160e0850152506040015180516101008401526020810151610120840152505050565b602080825282518282018190525f918401906040840190835b818110156114ea576114d3838551611423565b6020939093019261014092909201916001016114c0565b509095945050505050565b6101408101610a9b8284611423565b5f5f60e08385031215611515575f5ffd5b823591506113958460208501611356565b5f60208284031215611536575f5ffd5b8151801515811461110f575f5ffd5b60208082526026908201527f536b696c6c57616c6c65743a2063616c6c6572206973206e6f74206120636f6d6040820152656d756e69747960d01b606082015260800190565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610a9b57610a9b61158b565b6020808252601b908201527f536b696c6c57616c6c65743a206e6f20737563682077616c6c65740000000000604082015260600190565b634e487b7160e01b5f52603260045260245ffd5b81810381811115610a9b57610a9b61158b565b634e487b7160e01b5f52604160045260245ffd5b60208082526024908201527f536b696c6c57616c6c65743a2063616c6c6572206973206e6f7420746865206f6040820152633bb732b960e11b606082015260800190565b813581526020808301359082015260c08101611694604083016040850180358252602090810135910152565b610a9b60808301608085018035825260209081013591015256fea26469706673582212201d0db20317615d3f3a0577d9444cb58105133afda79b01537508dc7449108fc364736f6c63430008250033",
}

// SkillWallet is an auto generated Go binding around an Ethereum contract.
type SkillWallet struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SkillWallet) GetABI() abi.ABI {
	return c.abi
}

// NewSkillWallet creates a new instance of SkillWallet.
func NewSkillWallet() *SkillWallet {
	parsed, err := SkillWalletMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SkillWallet{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SkillWallet) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMAXLEVEL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa49062d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_LEVEL() view returns(uint256)
func (skillWallet *SkillWallet) PackMAXLEVEL() []byte {
	enc, err := skillWallet.abi.Pack("MAX_LEVEL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXLEVEL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa49062d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_LEVEL() view returns(uint256)
func (skillWallet *SkillWallet) TryPackMAXLEVEL() ([]byte, error) {
	return skillWallet.abi.Pack("MAX_LEVEL")
}

// UnpackMAXLEVEL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa49062d4.
//
// Solidity: function MAX_LEVEL() view returns(uint256)
func (skillWallet *SkillWallet) UnpackMAXLEVEL(data []byte) (*big.Int, error) {
	out, err := skillWallet.abi.Unpack("MAX_LEVEL", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSKILLCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabc13240.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SKILL_COUNT() view returns(uint256)
func (skillWallet *SkillWallet) PackSKILLCOUNT() []byte {
	enc, err := skillWallet.abi.Pack("SKILL_COUNT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSKILLCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabc13240.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SKILL_COUNT() view returns(uint256)
func (skillWallet *SkillWallet) TryPackSKILLCOUNT() ([]byte, error) {
	return skillWallet.abi.Pack("SKILL_COUNT")
}

// UnpackSKILLCOUNT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xabc13240.
//
// Solidity: function SKILL_COUNT() view returns(uint256)
func (skillWallet *SkillWallet) UnpackSKILLCOUNT(data []byte) (*big.Int, error) {
	out, err := skillWallet.abi.Unpack("SKILL_COUNT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackActivateSkillWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x617fc19d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activateSkillWallet(uint256 skillWalletId) returns()
func (skillWallet *SkillWallet) PackActivateSkillWallet(skillWalletId *big.Int) []byte {
	enc, err := skillWallet.abi.Pack("activateSkillWallet", skillWalletId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActivateSkillWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x617fc19d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activateSkillWallet(uint256 skillWalletId) returns()
func (skillWallet *SkillWallet) TryPackActivateSkillWallet(skillWalletId *big.Int) ([]byte, error) {
	return skillWallet.abi.Pack("activateSkillWallet", skillWalletId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (skillWallet *SkillWallet) PackBalanceOf(owner common.Address) []byte {
	enc, err := skillWallet.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (skillWallet *SkillWallet) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return skillWallet.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (skillWallet *SkillWallet) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := skillWallet.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChangeCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb50e77ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeCommunity(uint256 skillWalletId) returns()
func (skillWallet *SkillWallet) PackChangeCommunity(skillWalletId *big.Int) []byte {
	enc, err := skillWallet.abi.Pack("changeCommunity", skillWalletId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb50e77ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeCommunity(uint256 skillWalletId) returns()
func (skillWallet *SkillWallet) TryPackChangeCommunity(skillWalletId *big.Int) ([]byte, error) {
	return skillWallet.abi.Pack("changeCommunity", skillWalletId)
}

// PackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0235bb19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function create(address owner, ((uint256,uint256),(uint256,uint256),(uint256,uint256)) skillSet) returns(uint256 id)
func (skillWallet *SkillWallet) PackCreate(owner common.Address, skillSet SkillSet) []byte {
	enc, err := skillWallet.abi.Pack("create", owner, skillSet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0235bb19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function create(address owner, ((uint256,uint256),(uint256,uint256),(uint256,uint256)) skillSet) returns(uint256 id)
func (skillWallet *SkillWallet) TryPackCreate(owner common.Address, skillSet SkillSet) ([]byte, error) {
	return skillWallet.abi.Pack("create", owner, skillSet)
}

// UnpackCreate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0235bb19.
//
// Solidity: function create(address owner, ((uint256,uint256),(uint256,uint256),(uint256,uint256)) skillSet) returns(uint256 id)
func (skillWallet *SkillWallet) UnpackCreate(data []byte) (*big.Int, error) {
	out, err := skillWallet.abi.Unpack("create", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployer() view returns(address)
func (skillWallet *SkillWallet) PackDeployer() []byte {
	enc, err := skillWallet.abi.Pack("deployer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployer() view returns(address)
func (skillWallet *SkillWallet) TryPackDeployer() ([]byte, error) {
	return skillWallet.abi.Pack("deployer")
}

// UnpackDeployer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5f39488.
//
// Solidity: function deployer() view returns(address)
func (skillWallet *SkillWallet) UnpackDeployer(data []byte) (common.Address, error) {
	out, err := skillWallet.abi.Unpack("deployer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDistributedTown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc5ce9cb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function distributedTown() view returns(address)
func (skillWallet *SkillWallet) PackDistributedTown() []byte {
	enc, err := skillWallet.abi.Pack("distributedTown")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDistributedTown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc5ce9cb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function distributedTown() view returns(address)
func (skillWallet *SkillWallet) TryPackDistributedTown() ([]byte, error) {
	return skillWallet.abi.Pack("distributedTown")
}

// UnpackDistributedTown is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc5ce9cb.
//
// Solidity: function distributedTown() view returns(address)
func (skillWallet *SkillWallet) UnpackDistributedTown(data []byte) (common.Address, error) {
	out, err := skillWallet.abi.Unpack("distributedTown", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetSkillWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5375b4cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getSkillWallet(uint256 skillWalletId) view returns((uint256,address,address,bool,((uint256,uint256),(uint256,uint256),(uint256,uint256))))
func (skillWallet *SkillWallet) PackGetSkillWallet(skillWalletId *big.Int) []byte {
	enc, err := skillWallet.abi.Pack("getSkillWallet", skillWalletId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSkillWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5375b4cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSkillWallet(uint256 skillWalletId) view returns((uint256,address,address,bool,((uint256,uint256),(uint256,uint256),(uint256,uint256))))
func (skillWallet *SkillWallet) TryPackGetSkillWallet(skillWalletId *big.Int) ([]byte, error) {
	return skillWallet.abi.Pack("getSkillWallet", skillWalletId)
}

// UnpackGetSkillWallet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5375b4cc.
//
// Solidity: function getSkillWallet(uint256 skillWalletId) view returns((uint256,address,address,bool,((uint256,uint256),(uint256,uint256),(uint256,uint256))))
func (skillWallet *SkillWallet) UnpackGetSkillWallet(data []byte) (SkillWalletBaseWalletView, error) {
	out, err := skillWallet.abi.Unpack("getSkillWallet", data)
	if err != nil {
		return *new(SkillWalletBaseWalletView), err
	}
	out0 := *abi.ConvertType(out[0], new(SkillWalletBaseWalletView)).(*SkillWalletBaseWalletView)
	return out0, nil
}

// PackHasSkillWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2931fde3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasSkillWallet(address owner) view returns(bool)
func (skillWallet *SkillWallet) PackHasSkillWallet(owner common.Address) []byte {
	enc, err := skillWallet.abi.Pack("hasSkillWallet", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasSkillWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2931fde3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasSkillWallet(address owner) view returns(bool)
func (skillWallet *SkillWallet) TryPackHasSkillWallet(owner common.Address) ([]byte, error) {
	return skillWallet.abi.Pack("hasSkillWallet", owner)
}

// UnpackHasSkillWallet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2931fde3.
//
// Solidity: function hasSkillWallet(address owner) view returns(bool)
func (skillWallet *SkillWallet) UnpackHasSkillWallet(data []byte) (bool, error) {
	out, err := skillWallet.abi.Unpack("hasSkillWallet", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLeaveCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x122afc04.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leaveCommunity(uint256 skillWalletId) returns()
func (skillWallet *SkillWallet) PackLeaveCommunity(skillWalletId *big.Int) []byte {
	enc, err := skillWallet.abi.Pack("leaveCommunity", skillWalletId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeaveCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x122afc04.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leaveCommunity(uint256 skillWalletId) returns()
func (skillWallet *SkillWallet) TryPackLeaveCommunity(skillWalletId *big.Int) ([]byte, error) {
	return skillWallet.abi.Pack("leaveCommunity", skillWalletId)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (skillWallet *SkillWallet) PackName() []byte {
	enc, err := skillWallet.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (skillWallet *SkillWallet) TryPackName() ([]byte, error) {
	return skillWallet.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (skillWallet *SkillWallet) UnpackName(data []byte) (string, error) {
	out, err := skillWallet.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (skillWallet *SkillWallet) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := skillWallet.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (skillWallet *SkillWallet) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return skillWallet.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (skillWallet *SkillWallet) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := skillWallet.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetDistributedTown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15c7571d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDistributedTown(address factory) returns()
func (skillWallet *SkillWallet) PackSetDistributedTown(factory common.Address) []byte {
	enc, err := skillWallet.abi.Pack("setDistributedTown", factory)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDistributedTown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15c7571d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDistributedTown(address factory) returns()
func (skillWallet *SkillWallet) TryPackSetDistributedTown(factory common.Address) ([]byte, error) {
	return skillWallet.abi.Pack("setDistributedTown", factory)
}

// PackSkillWalletCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f90bc37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function skillWalletCount() view returns(uint256)
func (skillWallet *SkillWallet) PackSkillWalletCount() []byte {
	enc, err := skillWallet.abi.Pack("skillWalletCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSkillWalletCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f90bc37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function skillWalletCount() view returns(uint256)
func (skillWallet *SkillWallet) TryPackSkillWalletCount() ([]byte, error) {
	return skillWallet.abi.Pack("skillWalletCount")
}

// UnpackSkillWalletCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f90bc37.
//
// Solidity: function skillWalletCount() view returns(uint256)
func (skillWallet *SkillWallet) UnpackSkillWalletCount(data []byte) (*big.Int, error) {
	out, err := skillWallet.abi.Unpack("skillWalletCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSkillWalletIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe371693a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function skillWalletIdOf(address owner) view returns(uint256)
func (skillWallet *SkillWallet) PackSkillWalletIdOf(owner common.Address) []byte {
	enc, err := skillWallet.abi.Pack("skillWalletIdOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSkillWalletIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe371693a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function skillWalletIdOf(address owner) view returns(uint256)
func (skillWallet *SkillWallet) TryPackSkillWalletIdOf(owner common.Address) ([]byte, error) {
	return skillWallet.abi.Pack("skillWalletIdOf", owner)
}

// UnpackSkillWalletIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe371693a.
//
// Solidity: function skillWalletIdOf(address owner) view returns(uint256)
func (skillWallet *SkillWallet) UnpackSkillWalletIdOf(data []byte) (*big.Int, error) {
	out, err := skillWallet.abi.Unpack("skillWalletIdOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSkillWalletsPage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52e443a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function skillWalletsPage(uint256 start, uint256 count) view returns((uint256,address,address,bool,((uint256,uint256),(uint256,uint256),(uint256,uint256)))[] page)
func (skillWallet *SkillWallet) PackSkillWalletsPage(start *big.Int, count *big.Int) []byte {
	enc, err := skillWallet.abi.Pack("skillWalletsPage", start, count)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSkillWalletsPage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52e443a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function skillWalletsPage(uint256 start, uint256 count) view returns((uint256,address,address,bool,((uint256,uint256),(uint256,uint256),(uint256,uint256)))[] page)
func (skillWallet *SkillWallet) TryPackSkillWalletsPage(start *big.Int, count *big.Int) ([]byte, error) {
	return skillWallet.abi.Pack("skillWalletsPage", start, count)
}

// UnpackSkillWalletsPage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52e443a6.
//
// Solidity: function skillWalletsPage(uint256 start, uint256 count) view returns((uint256,address,address,bool,((uint256,uint256),(uint256,uint256),(uint256,uint256)))[] page)
func (skillWallet *SkillWallet) UnpackSkillWalletsPage(data []byte) ([]SkillWalletBaseWalletView, error) {
	out, err := skillWallet.abi.Unpack("skillWalletsPage", data)
	if err != nil {
		return *new([]SkillWalletBaseWalletView), err
	}
	out0 := *abi.ConvertType(out[0], new([]SkillWalletBaseWalletView)).(*[]SkillWalletBaseWalletView)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (skillWallet *SkillWallet) PackSymbol() []byte {
	enc, err := skillWallet.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (skillWallet *SkillWallet) TryPackSymbol() ([]byte, error) {
	return skillWallet.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (skillWallet *SkillWallet) UnpackSymbol(data []byte) (string, error) {
	out, err := skillWallet.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (skillWallet *SkillWallet) PackTotalSupply() []byte {
	enc, err := skillWallet.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (skillWallet *SkillWallet) TryPackTotalSupply() ([]byte, error) {
	return skillWallet.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (skillWallet *SkillWallet) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := skillWallet.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUpdateSkillSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c655f0b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateSkillSet(uint256 skillWalletId, ((uint256,uint256),(uint256,uint256),(uint256,uint256)) newSkillSet) returns()
func (skillWallet *SkillWallet) PackUpdateSkillSet(skillWalletId *big.Int, newSkillSet SkillSet) []byte {
	enc, err := skillWallet.abi.Pack("updateSkillSet", skillWalletId, newSkillSet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateSkillSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c655f0b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateSkillSet(uint256 skillWalletId, ((uint256,uint256),(uint256,uint256),(uint256,uint256)) newSkillSet) returns()
func (skillWallet *SkillWallet) TryPackUpdateSkillSet(skillWalletId *big.Int, newSkillSet SkillSet) ([]byte, error) {
	return skillWallet.abi.Pack("updateSkillSet", skillWalletId, newSkillSet)
}

// SkillWalletSkillSetUpdated represents a SkillSetUpdated event raised by the SkillWallet contract.
type SkillWalletSkillSetUpdated struct {
	SkillWalletId *big.Int
	NewSkillSet   SkillSet
	Raw           *types.Log // Blockchain specific contextual infos
}

const SkillWalletSkillSetUpdatedEventName = "SkillSetUpdated"

// ContractEventName returns the user-defined event name.
func (SkillWalletSkillSetUpdated) ContractEventName() string {
	return SkillWalletSkillSetUpdatedEventName
}

// UnpackSkillSetUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SkillSetUpdated(uint256 indexed skillWalletId, ((uint256,uint256),(uint256,uint256),(uint256,uint256)) newSkillSet)
func (skillWallet *SkillWallet) UnpackSkillSetUpdatedEvent(log *types.Log) (*SkillWalletSkillSetUpdated, error) {
	event := "SkillSetUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != skillWallet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SkillWalletSkillSetUpdated)
	if len(log.Data) > 0 {
		if err := skillWallet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range skillWallet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SkillWalletSkillWalletActivated represents a SkillWalletActivated event raised by the SkillWallet contract.
type SkillWalletSkillWalletActivated struct {
	SkillWalletId *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const SkillWalletSkillWalletActivatedEventName = "SkillWalletActivated"

// ContractEventName returns the user-defined event name.
func (SkillWalletSkillWalletActivated) ContractEventName() string {
	return SkillWalletSkillWalletActivatedEventName
}

// UnpackSkillWalletActivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SkillWalletActivated(uint256 indexed skillWalletId)
func (skillWallet *SkillWallet) UnpackSkillWalletActivatedEvent(log *types.Log) (*SkillWalletSkillWalletActivated, error) {
	event := "SkillWalletActivated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != skillWallet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SkillWalletSkillWalletActivated)
	if len(log.Data) > 0 {
		if err := skillWallet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range skillWallet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SkillWalletSkillWalletCommunityChanged represents a SkillWalletCommunityChanged event raised by the SkillWallet contract.
type SkillWalletSkillWalletCommunityChanged struct {
	SkillWalletId *big.Int
	NewCommunity  common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const SkillWalletSkillWalletCommunityChangedEventName = "SkillWalletCommunityChanged"

// ContractEventName returns the user-defined event name.
func (SkillWalletSkillWalletCommunityChanged) ContractEventName() string {
	return SkillWalletSkillWalletCommunityChangedEventName
}

// UnpackSkillWalletCommunityChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SkillWalletCommunityChanged(uint256 indexed skillWalletId, address newCommunity)
func (skillWallet *SkillWallet) UnpackSkillWalletCommunityChangedEvent(log *types.Log) (*SkillWalletSkillWalletCommunityChanged, error) {
	event := "SkillWalletCommunityChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != skillWallet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SkillWalletSkillWalletCommunityChanged)
	if len(log.Data) > 0 {
		if err := skillWallet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range skillWallet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SkillWalletSkillWalletCreated represents a SkillWalletCreated event raised by the SkillWallet contract.
type SkillWalletSkillWalletCreated struct {
	SkillWalletOwner common.Address
	Community        common.Address
	SkillWalletId    *big.Int
	SkillSet         SkillSet
	Raw              *types.Log // Blockchain specific contextual infos
}

const SkillWalletSkillWalletCreatedEventName = "SkillWalletCreated"

// ContractEventName returns the user-defined event name.
func (SkillWalletSkillWalletCreated) ContractEventName() string {
	return SkillWalletSkillWalletCreatedEventName
}

// UnpackSkillWalletCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SkillWalletCreated(address indexed skillWalletOwner, address indexed community, uint256 indexed skillWalletId, ((uint256,uint256),(uint256,uint256),(uint256,uint256)) skillSet)
func (skillWallet *SkillWallet) UnpackSkillWalletCreatedEvent(log *types.Log) (*SkillWalletSkillWalletCreated, error) {
	event := "SkillWalletCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != skillWallet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SkillWalletSkillWalletCreated)
	if len(log.Data) > 0 {
		if err := skillWallet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range skillWallet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SkillWalletTransfer represents a Transfer event raised by the SkillWallet contract.
type SkillWalletTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SkillWalletTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (SkillWalletTransfer) ContractEventName() string {
	return SkillWalletTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (skillWallet *SkillWallet) UnpackTransferEvent(log *types.Log) (*SkillWalletTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != skillWallet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SkillWalletTransfer)
	if len(log.Data) > 0 {
		if err := skillWallet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range skillWallet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SkillWalletV2MetaData contains all meta data concerning the SkillWalletV2 contract.
var SkillWalletV2MetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"skillWalletId\",\"type\":\"uint256\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill1\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill3\",\"type\":\"tuple\"}],\"indexed\":false,\"internalType\":\"structSkillSet\",\"name\":\"newSkillSet\",\"type\":\"tuple\"}],\"name\":\"SkillSetUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"skillWalletId\",\"type\":\"uint256\"}],\"name\":\"SkillWalletActivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"skillWalletId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newCommunity\",\"type\":\"address\"}],\"name\":\"SkillWalletCommunityChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"skillWalletOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"community\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"skillWalletId\",\"type\":\"uint256\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill1\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill3\",\"type\":\"tuple\"}],\"indexed\":false,\"internalType\":\"structSkillSet\",\"name\":\"skillSet\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"role\",\"type\":\"uint256\"}],\"name\":\"SkillWalletCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_LEVEL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_CREATOR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_MEMBER\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SKILL_COUNT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"skillWalletId\",\"type\":\"uint256\"}],\"name\":\"activateSkillWallet\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"skillWalletId\",\"type\":\"uint256\"}],\"name\":\"changeCommunity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill1\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill3\",\"type\":\"tuple\"}],\"internalType\":\"structSkillSet\",\"name\":\"skillSet\",\"type\":\"tuple\"}],\"name\":\"create\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"distributedTown\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"skillWalletId\",\"type\":\"uint256\"}],\"name\":\"getSkillWallet\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"community\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"activated\",\"type\":\"bool\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill1\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill3\",\"type\":\"tuple\"}],\"internalType\":\"structSkillSet\",\"name\":\"skillSet\",\"type\":\"tuple\"}],\"internalType\":\"structSkillWalletBase.WalletView\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"hasSkillWallet\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"skillWalletId\",\"type\":\"uint256\"}],\"name\":\"leaveCommunity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"factory\",\"type\":\"address\"}],\"name\":\"setDistributedTown\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"skillWalletCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"skillWalletIdOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"skillWalletsPage\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"community\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"activated\",\"type\":\"bool\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill1\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill3\",\"type\":\"tuple\"}],\"internalType\":\"structSkillSet\",\"name\":\"skillSet\",\"type\":\"tuple\"}],\"internalType\":\"structSkillWalletBase.WalletView[]\",\"name\":\"page\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"skillWalletId\",\"type\":\"uint256\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill1\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"displayStringId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"internalType\":\"structSkill\",\"name\":\"skill3\",\"type\":\"tuple\"}],\"internalType\":\"structSkillSet\",\"name\":\"newSkillSet\",\"type\":\"tuple\"}],\"name\":\"updateSkillSet\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "498e78be9e176d7f005964881582bdaeda",
	Bin: "0x60a0604052348015600e575f5ffd5b50336080526080516117d36100325f395f818161031001526107e001526117d35ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c806370a08231116100b4578063abc1324011610079578063abc13240146102de578063b50e77ff146102e6578063bc5ce9cb146102f9578063d5f394881461030b578063e371693a14610332578063fd7522e214610345575f5ffd5b806370a082311461028657806395d89b41146102995780639c655f0b146102bb578063a49062d4146102ce578063aa9db0cb146102d6575f5ffd5b80632931fde3116101055780632931fde3146101ce5780632f90bc37146101c657806352e443a6146102085780635375b4cc14610228578063617fc19d146102485780636352211e1461025b575f5ffd5b80630235bb191461014157806306fdde0314610167578063122afc041461019e57806315c7571d146101b357806318160ddd146101c6575b5f5ffd5b61015461014f366004611413565b61034d565b6040519081526020015b60405180910390f35b6101916040518060400160405280600b81526020016a14dada5b1b15d85b1b195d60aa1b81525081565b60405161015e9190611447565b6101b16101ac36600461147c565b61060c565b005b6101b16101c1366004611493565b6107d5565b600154610154565b6101f86101dc366004611493565b6001600160a01b03165f90815260026020526040902054151590565b604051901515815260200161015e565b61021b6102163660046114ae565b61092c565b60405161015e9190611552565b61023b61023636600461147c565b610ac7565b60405161015e91906115a0565b6101b161025636600461147c565b610bc2565b61026e61026936600461147c565b610d21565b6040516001600160a01b03909116815260200161015e565b610154610294366004611493565b610d76565b61019160405180604001604052806003815260200162534b5760e81b81525081565b6101b16102c93660046115af565b610da5565b610154600a81565b610154600181565b610154602481565b6101b16102f436600461147c565b610ec8565b5f5461026e906001600160a01b031681565b61026e7f000000000000000000000000000000000000000000000000000000000000000081565b610154610340366004611493565b6110c3565b610154600281565b5f80546001600160a01b0316158015906103cb57505f5460405163993fa20b60e01b81523360048201526001600160a01b039091169063993fa20b90602401602060405180830381865afa1580156103a7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103cb91906115d1565b6103f05760405162461bcd60e51b81526004016103e7906115f0565b60405180910390fd5b6001600160a01b0383166104465760405162461bcd60e51b815260206004820152601760248201527f536b696c6c57616c6c65743a207a65726f206f776e657200000000000000000060448201526064016103e7565b6001600160a01b0383165f90815260026020526040902054156104bb5760405162461bcd60e51b815260206004820152602760248201527f536b696c6c57616c6c65743a206f776e657220616c7265616479206861732061604482015266081dd85b1b195d60ca1b60648201526084016103e7565b6104c48261113c565b506001805480820182555f91909152600881027fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6810180546001600160a01b0386166001600160a01b03199182161782557fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf783018054909116331790559083907fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf8016105a58282813581556020820135600182015560408201356002820155606082013560038201556080820135600482015560a090910135600590910155565b506105b3905082600161164a565b6001600160a01b0385165f818152600260205260408082209390935591518492907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef908290a4610605843384866111bb565b5092915050565b5f546001600160a01b03161580159061068957505f5460405163993fa20b60e01b81523360048201526001600160a01b039091169063993fa20b90602401602060405180830381865afa158015610665573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061068991906115d1565b6106a55760405162461bcd60e51b81526004016103e7906115f0565b60015481106106c65760405162461bcd60e51b81526004016103e79061165d565b336001600160a01b0316600182815481106106e3576106e3611694565b5f9182526020909120600160089092020101546001600160a01b0316146107575760405162461bcd60e51b815260206004820152602260248201527f536b696c6c57616c6c65743a206e6f7420696e207468697320636f6d6d756e69604482015261747960f01b60648201526084016103e7565b5f6001828154811061076b5761076b611694565b5f918252602080832060089290920290910160010180546001600160a01b0319166001600160a01b03949094169390931790925560405190815282917f40e6ddae3d2fcfa2a7f756d08e3eaff271dc6f378630bac80f5ff5b3da18975c910160405180910390a250565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461085d5760405162461bcd60e51b815260206004820152602760248201527f536b696c6c57616c6c65743a2063616c6c6572206973206e6f7420746865206460448201526632b83637bcb2b960c91b60648201526084016103e7565b5f546001600160a01b0316156108b55760405162461bcd60e51b815260206004820181905260248201527f536b696c6c57616c6c65743a20666163746f727920616c72656164792073657460448201526064016103e7565b6001600160a01b03811661090b5760405162461bcd60e51b815260206004820152601960248201527f536b696c6c57616c6c65743a207a65726f20666163746f72790000000000000060448201526064016103e7565b5f80546001600160a01b0319166001600160a01b0392909216919091179055565b60605f610939838561164a565b60015490915081111561094b57506001545b8084106109585750610ac1565b61096284826116a8565b67ffffffffffffffff81111561097a5761097a6116bb565b6040519080825280602002602001820160405280156109b357816020015b6109a0611348565b8152602001906001900390816109985790505b509150835b81811015610abe575f600182815481106109d4576109d4611694565b5f9182526020918290206040805160a08082018352878252600890940290920180546001600160a01b039081168487015260018201549081168484015260ff600160a01b909104161515606080850191909152825194850183526002820154908501908152600382015460808681019190915290855282518084018452600483015481526005830154818801528587015282518084018452600683015481526007830154968101969096529184019490945281019190915290915084610a9a88856116a8565b81518110610aaa57610aaa611694565b6020908102919091010152506001016109b8565b50505b92915050565b610acf611348565b6001548210610af05760405162461bcd60e51b81526004016103e79061165d565b5f60018381548110610b0457610b04611694565b5f9182526020918290206040805160a08082018352978152600890930290910180546001600160a01b039081168486015260018201549081168484015260ff600160a01b909104161515606080850191909152825197880183526002820154908801908152600382015460808981019190915290885282518084018452600483015481526005830154818701528886015282518084018452600683015481526007909201549482019490945290860152908101939093525090919050565b60015481908110610be55760405162461bcd60e51b81526004016103e79061165d565b336001600160a01b031660018281548110610c0257610c02611694565b5f9182526020909120600890910201546001600160a01b031614610c385760405162461bcd60e51b81526004016103e7906116cf565b60018281548110610c4b57610c4b611694565b905f5260205f20906008020160010160149054906101000a900460ff1615610cb55760405162461bcd60e51b815260206004820152601e60248201527f536b696c6c57616c6c65743a20616c726561647920616374697661746564000060448201526064016103e7565b6001808381548110610cc957610cc9611694565b5f918252602082206001600890920201018054921515600160a01b0260ff60a01b199093169290921790915560405183917f3b9fa7eba99fc1e57dd4fc92ee03c32e0766a7c33c9f6222a3e3d72788fe4ff691a25050565b6001545f908210610d445760405162461bcd60e51b81526004016103e79061165d565b60018281548110610d5757610d57611694565b5f9182526020909120600890910201546001600160a01b031692915050565b6001600160a01b0381165f9081526002602052604081205415610d9a576001610d9c565b5f5b60ff1692915050565b60015482908110610dc85760405162461bcd60e51b81526004016103e79061165d565b336001600160a01b031660018281548110610de557610de5611694565b5f9182526020909120600890910201546001600160a01b031614610e1b5760405162461bcd60e51b81526004016103e7906116cf565b610e248261113c565b8160018481548110610e3857610e38611694565b905f5260205f2090600802016002018181610e889190813581556020820135600182015560408201356002820155606082013560038201556080820135600482015560a090910135600590910155565b905050827fd23a2a65f7344d10e89bbb695d455b453af9e45a3ee9ee31dcdbe0f45a3754cb83604051610ebb9190611759565b60405180910390a2505050565b5f546001600160a01b031615801590610f4557505f5460405163993fa20b60e01b81523360048201526001600160a01b039091169063993fa20b90602401602060405180830381865afa158015610f21573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f4591906115d1565b610f615760405162461bcd60e51b81526004016103e7906115f0565b6001548110610f825760405162461bcd60e51b81526004016103e79061165d565b5f60018281548110610f9657610f96611694565b5f918252602090912060089091020160018101549091506001600160a01b03163381036110145760405162461bcd60e51b815260206004820152602660248201527f536b696c6c57616c6c65743a20616c726561647920696e207468697320636f6d6044820152656d756e69747960d01b60648201526084016103e7565b6001820180546001600160a01b031916331790556001600160a01b0381161561109157815460405163bd04b8e560e01b81526001600160a01b0391821660048201529082169063bd04b8e5906024015f604051808303815f87803b15801561107a575f5ffd5b505af115801561108c573d5f5f3e3d5ffd5b505050505b60405133815283907f40e6ddae3d2fcfa2a7f756d08e3eaff271dc6f378630bac80f5ff5b3da18975c90602001610ebb565b6001600160a01b0381165f9081526002602052604081205480820361112a5760405162461bcd60e51b815260206004820181905260248201527f536b696c6c57616c6c65743a206f776e657220686173206e6f2077616c6c657460448201526064016103e7565b6111356001826116a8565b9392505050565b60208101356111975760405162461bcd60e51b815260206004820152602160248201527f536b696c6c57616c6c65743a20666972737420736b696c6c20697320656d70746044820152607960f81b60648201526084016103e7565b6111a081611295565b6111ac81604001611295565b6111b881608001611295565b50565b5f846001600160a01b0316846001600160a01b03166302d05d3f6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611202573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112269190611767565b6001600160a01b03161461123b57600261123e565b60015b905082846001600160a01b0316866001600160a01b03167f5796e76beef8ba950ee99c6230a1bf68db4dfd78b1b05ed40759137ba52191148585604051611286929190611782565b60405180910390a45050505050565b600a816020013511156112ea5760405162461bcd60e51b815260206004820152601b60248201527f536b696c6c57616c6c65743a206c6576656c2061626f7665203130000000000060448201526064016103e7565b602081013515806112fc575060248135105b6111b85760405162461bcd60e51b815260206004820152601a60248201527f536b696c6c57616c6c65743a20756e6b6e6f776e20736b696c6c00000000000060448201526064016103e7565b6040518060a001604052805f81526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f1515815260200161138761138c565b905290565b6040805160a081019091525f606082018181526080830191909152819081526020016113c960405180604001604052805f81526020015f81525090565b815260200161138760405180604001604052805f81526020015f81525090565b6001600160a01b03811681146111b8575f5ffd5b5f60c0828403121561140d575f5ffd5b50919050565b5f5f60e08385031215611424575f5ffd5b823561142f816113e9565b915061143e84602085016113fd565b90509250929050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f6020828403121561148c575f5ffd5b5035919050565b5f602082840312156114a3575f5ffd5b8135611135816113e9565b5f5f604083850312156114bf575f5ffd5b50508035926020909101359150565b8051825260018060a01b03602082015116602083015260018060a01b036040820151166040830152606081015115156060830152608081015161151f60808401825180518252602090810151910152565b602081810151805160c08601529081015160e0850152506040015180516101008401526020810151610120840152505050565b602080825282518282018190525f918401906040840190835b818110156115955761157e8385516114ce565b60209390930192610140929092019160010161156b565b509095945050505050565b6101408101610ac182846114ce565b5f5f60e083850312156115c0575f5ffd5b8235915061143e84602085016113fd565b5f602082840312156115e1575f5ffd5b81518015158114611135575f5ffd5b60208082526026908201527f536b696c6c57616c6c65743a2063616c6c6572206973206e6f74206120636f6d6040820152656d756e69747960d01b606082015260800190565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610ac157610ac1611636565b6020808252601b908201527f536b696c6c57616c6c65743a206e6f20737563682077616c6c65740000000000604082015260600190565b634e487b7160e01b5f52603260045260245ffd5b81810381811115610ac157610ac1611636565b634e487b7160e01b5f52604160045260245ffd5b60208082526024908201527f536b696c6c57616c6c65743a2063616c6c6572206973206e6f7420746865206f6040820152633bb732b960e11b606082015260800190565b803582526020808201359083015261173b604083016040830180358252602090810135910152565b611755608083016080830180358252602090810135910152565b5050565b60c08101610ac18284611713565b5f60208284031215611777575f5ffd5b8151611135816113e9565b60e081016117908285611713565b8260c0830152939250505056fea26469706673582212200feba932da0c3e14b2bd6760a7208d5e74af2fe69153126f78b6a7fed37947d064736f6c63430008250033",
}

// SkillWalletV2 is an auto generated Go binding around an Ethereum contract.
type SkillWalletV2 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SkillWalletV2) GetABI() abi.ABI {
	return c.abi
}

// NewSkillWalletV2 creates a new instance of SkillWalletV2.
func NewSkillWalletV2() *SkillWalletV2 {
	parsed, err := SkillWalletV2MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SkillWalletV2{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SkillWalletV2) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMAXLEVEL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa49062d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_LEVEL() view returns(uint256)
func (skillWalletV2 *SkillWalletV2) PackMAXLEVEL() []byte {
	enc, err := skillWalletV2.abi.Pack("MAX_LEVEL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXLEVEL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa49062d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_LEVEL() view returns(uint256)
func (skillWalletV2 *SkillWalletV2) TryPackMAXLEVEL() ([]byte, error) {
	return skillWalletV2.abi.Pack("MAX_LEVEL")
}

// UnpackMAXLEVEL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa49062d4.
//
// Solidity: function MAX_LEVEL() view returns(uint256)
func (skillWalletV2 *SkillWalletV2) UnpackMAXLEVEL(data []byte) (*big.Int, error) {
	out, err := skillWalletV2.abi.Unpack("MAX_LEVEL", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackROLECREATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa9db0cb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROLE_CREATOR() view returns(uint256)
func (skillWalletV2 *SkillWalletV2) PackROLECREATOR() []byte {
	enc, err := skillWalletV2.abi.Pack("ROLE_CREATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROLECREATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa9db0cb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROLE_CREATOR() view returns(uint256)
func (skillWalletV2 *SkillWalletV2) TryPackROLECREATOR() ([]byte, error) {
	return skillWalletV2.abi.Pack("ROLE_CREATOR")
}

// UnpackROLECREATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa9db0cb.
//
// Solidity: function ROLE_CREATOR() view returns(uint256)
func (skillWalletV2 *SkillWalletV2) UnpackROLECREATOR(data []byte) (*big.Int, error) {
	out, err := skillWalletV2.abi.Unpack("ROLE_CREATOR", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackROLEMEMBER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd7522e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROLE_MEMBER() view returns(uint256)
func (skillWalletV2 *SkillWalletV2) PackROLEMEMBER() []byte {
	enc, err := skillWalletV2.abi.Pack("ROLE_MEMBER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROLEMEMBER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd7522e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROLE_MEMBER() view returns(uint256)
func (skillWalletV2 *SkillWalletV2) TryPackROLEMEMBER() ([]byte, error) {
	return skillWalletV2.abi.Pack("ROLE_MEMBER")
}

// UnpackROLEMEMBER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfd7522e2.
//
// Solidity: function ROLE_MEMBER() view returns(uint256)
func (skillWalletV2 *SkillWalletV2) UnpackROLEMEMBER(data []byte) (*big.Int, error) {
	out, err := skillWalletV2.abi.Unpack("ROLE_MEMBER", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSKILLCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabc13240.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SKILL_COUNT() view returns(uint256)
func (skillWalletV2 *SkillWalletV2) PackSKILLCOUNT() []byte {
	enc, err := skillWalletV2.abi.Pack("SKILL_COUNT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSKILLCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabc13240.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SKILL_COUNT() view returns(uint256)
func (skillWalletV2 *SkillWalletV2) TryPackSKILLCOUNT() ([]byte, error) {
	return skillWalletV2.abi.Pack("SKILL_COUNT")
}

// UnpackSKILLCOUNT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xabc13240.
//
// Solidity: function SKILL_COUNT() view returns(uint256)
func (skillWalletV2 *SkillWalletV2) UnpackSKILLCOUNT(data []byte) (*big.Int, error) {
	out, err := skillWalletV2.abi.Unpack("SKILL_COUNT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackActivateSkillWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x617fc19d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activateSkillWallet(uint256 skillWalletId) returns()
func (skillWalletV2 *SkillWalletV2) PackActivateSkillWallet(skillWalletId *big.Int) []byte {
	enc, err := skillWalletV2.abi.Pack("activateSkillWallet", skillWalletId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActivateSkillWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x617fc19d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activateSkillWallet(uint256 skillWalletId) returns()
func (skillWalletV2 *SkillWalletV2) TryPackActivateSkillWallet(skillWalletId *big.Int) ([]byte, error) {
	return skillWalletV2.abi.Pack("activateSkillWallet", skillWalletId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (skillWalletV2 *SkillWalletV2) PackBalanceOf(owner common.Address) []byte {
	enc, err := skillWalletV2.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (skillWalletV2 *SkillWalletV2) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return skillWalletV2.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (skillWalletV2 *SkillWalletV2) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := skillWalletV2.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChangeCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb50e77ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeCommunity(uint256 skillWalletId) returns()
func (skillWalletV2 *SkillWalletV2) PackChangeCommunity(skillWalletId *big.Int) []byte {
	enc, err := skillWalletV2.abi.Pack("changeCommunity", skillWalletId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb50e77ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeCommunity(uint256 skillWalletId) returns()
func (skillWalletV2 *SkillWalletV2) TryPackChangeCommunity(skillWalletId *big.Int) ([]byte, error) {
	return skillWalletV2.abi.Pack("changeCommunity", skillWalletId)
}

// PackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0235bb19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function create(address owner, ((uint256,uint256),(uint256,uint256),(uint256,uint256)) skillSet) returns(uint256 id)
func (skillWalletV2 *SkillWalletV2) PackCreate(owner common.Address, skillSet SkillSet) []byte {
	enc, err := skillWalletV2.abi.Pack("create", owner, skillSet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0235bb19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function create(address owner, ((uint256,uint256),(uint256,uint256),(uint256,uint256)) skillSet) returns(uint256 id)
func (skillWalletV2 *SkillWalletV2) TryPackCreate(owner common.Address, skillSet SkillSet) ([]byte, error) {
	return skillWalletV2.abi.Pack("create", owner, skillSet)
}

// UnpackCreate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0235bb19.
//
// Solidity: function create(address owner, ((uint256,uint256),(uint256,uint256),(uint256,uint256)) skillSet) returns(uint256 id)
func (skillWalletV2 *SkillWalletV2) UnpackCreate(data []byte) (*big.Int, error) {
	out, err := skillWalletV2.abi.Unpack("create", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployer() view returns(address)
func (skillWalletV2 *SkillWalletV2) PackDeployer() []byte {
	enc, err := skillWalletV2.abi.Pack("deployer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployer() view returns(address)
func (skillWalletV2 *SkillWalletV2) TryPackDeployer() ([]byte, error) {
	return skillWalletV2.abi.Pack("deployer")
}

// UnpackDeployer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5f39488.
//
// Solidity: function deployer() view returns(address)
func (skillWalletV2 *SkillWalletV2) UnpackDeployer(data []byte) (common.Address, error) {
	out, err := skillWalletV2.abi.Unpack("deployer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDistributedTown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc5ce9cb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function distributedTown() view returns(address)
func (skillWalletV2 *SkillWalletV2) PackDistributedTown() []byte {
	enc, err := skillWalletV2.abi.Pack("distributedTown")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDistributedTown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc5ce9cb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function distributedTown() view returns(address)
func (skillWalletV2 *SkillWalletV2) TryPackDistributedTown() ([]byte, error) {
	return skillWalletV2.abi.Pack("distributedTown")
}

// UnpackDistributedTown is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc5ce9cb.
//
// Solidity: function distributedTown() view returns(address)
func (skillWalletV2 *SkillWalletV2) UnpackDistributedTown(data []byte) (common.Address, error) {
	out, err := skillWalletV2.abi.Unpack("distributedTown", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetSkillWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5375b4cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getSkillWallet(uint256 skillWalletId) view returns((uint256,address,address,bool,((uint256,uint256),(uint256,uint256),(uint256,uint256))))
func (skillWalletV2 *SkillWalletV2) PackGetSkillWallet(skillWalletId *big.Int) []byte {
	enc, err := skillWalletV2.abi.Pack("getSkillWallet", skillWalletId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSkillWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5375b4cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSkillWallet(uint256 skillWalletId) view returns((uint256,address,address,bool,((uint256,uint256),(uint256,uint256),(uint256,uint256))))
func (skillWalletV2 *SkillWalletV2) TryPackGetSkillWallet(skillWalletId *big.Int) ([]byte, error) {
	return skillWalletV2.abi.Pack("getSkillWallet", skillWalletId)
}

// UnpackGetSkillWallet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5375b4cc.
//
// Solidity: function getSkillWallet(uint256 skillWalletId) view returns((uint256,address,address,bool,((uint256,uint256),(uint256,uint256),(uint256,uint256))))
func (skillWalletV2 *SkillWalletV2) UnpackGetSkillWallet(data []byte) (SkillWalletBaseWalletView, error) {
	out, err := skillWalletV2.abi.Unpack("getSkillWallet", data)
	if err != nil {
		return *new(SkillWalletBaseWalletView), err
	}
	out0 := *abi.ConvertType(out[0], new(SkillWalletBaseWalletView)).(*SkillWalletBaseWalletView)
	return out0, nil
}

// PackHasSkillWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2931fde3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasSkillWallet(address owner) view returns(bool)
func (skillWalletV2 *SkillWalletV2) PackHasSkillWallet(owner common.Address) []byte {
	enc, err := skillWalletV2.abi.Pack("hasSkillWallet", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasSkillWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2931fde3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasSkillWallet(address owner) view returns(bool)
func (skillWalletV2 *SkillWalletV2) TryPackHasSkillWallet(owner common.Address) ([]byte, error) {
	return skillWalletV2.abi.Pack("hasSkillWallet", owner)
}

// UnpackHasSkillWallet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2931fde3.
//
// Solidity: function hasSkillWallet(address owner) view returns(bool)
func (skillWalletV2 *SkillWalletV2) UnpackHasSkillWallet(data []byte) (bool, error) {
	out, err := skillWalletV2.abi.Unpack("hasSkillWallet", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLeaveCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x122afc04.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leaveCommunity(uint256 skillWalletId) returns()
func (skillWalletV2 *SkillWalletV2) PackLeaveCommunity(skillWalletId *big.Int) []byte {
	enc, err := skillWalletV2.abi.Pack("leaveCommunity", skillWalletId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeaveCommunity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x122afc04.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leaveCommunity(uint256 skillWalletId) returns()
func (skillWalletV2 *SkillWalletV2) TryPackLeaveCommunity(skillWalletId *big.Int) ([]byte, error) {
	return skillWalletV2.abi.Pack("leaveCommunity", skillWalletId)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (skillWalletV2 *SkillWalletV2) PackName() []byte {
	enc, err := skillWalletV2.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (skillWalletV2 *SkillWalletV2) TryPackName() ([]byte, error) {
	return skillWalletV2.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (skillWalletV2 *SkillWalletV2) UnpackName(data []byte) (string, error) {
	out, err := skillWalletV2.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (skillWalletV2 *SkillWalletV2) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := skillWalletV2.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (skillWalletV2 *SkillWalletV2) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return skillWalletV2.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (skillWalletV2 *SkillWalletV2) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := skillWalletV2.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetDistributedTown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15c7571d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDistributedTown(address factory) returns()
func (skillWalletV2 *SkillWalletV2) PackSetDistributedTown(factory common.Address) []byte {
	enc, err := skillWalletV2.abi.Pack("setDistributedTown", factory)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDistributedTown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15c7571d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDistributedTown(address factory) returns()
func (skillWalletV2 *SkillWalletV2) TryPackSetDistributedTown(factory common.Address) ([]byte, error) {
	return skillWalletV2.abi.Pack("setDistributedTown", factory)
}

// PackSkillWalletCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f90bc37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function skillWalletCount() view returns(uint256)
func (skillWalletV2 *SkillWalletV2) PackSkillWalletCount() []byte {
	enc, err := skillWalletV2.abi.Pack("skillWalletCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSkillWalletCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f90bc37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function skillWalletCount() view returns(uint256)
func (skillWalletV2 *SkillWalletV2) TryPackSkillWalletCount() ([]byte, error) {
	return skillWalletV2.abi.Pack("skillWalletCount")
}

// UnpackSkillWalletCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f90bc37.
//
// Solidity: function skillWalletCount() view returns(uint256)
func (skillWalletV2 *SkillWalletV2) UnpackSkillWalletCount(data []byte) (*big.Int, error) {
	out, err := skillWalletV2.abi.Unpack("skillWalletCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSkillWalletIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe371693a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function skillWalletIdOf(address owner) view returns(uint256)
func (skillWalletV2 *SkillWalletV2) PackSkillWalletIdOf(owner common.Address) []byte {
	enc, err := skillWalletV2.abi.Pack("skillWalletIdOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSkillWalletIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe371693a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function skillWalletIdOf(address owner) view returns(uint256)
func (skillWalletV2 *SkillWalletV2) TryPackSkillWalletIdOf(owner common.Address) ([]byte, error) {
	return skillWalletV2.abi.Pack("skillWalletIdOf", owner)
}

// UnpackSkillWalletIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe371693a.
//
// Solidity: function skillWalletIdOf(address owner) view returns(uint256)
func (skillWalletV2 *SkillWalletV2) UnpackSkillWalletIdOf(data []byte) (*big.Int, error) {
	out, err := skillWalletV2.abi.Unpack("skillWalletIdOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSkillWalletsPage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52e443a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function skillWalletsPage(uint256 start, uint256 count) view returns((uint256,address,address,bool,((uint256,uint256),(uint256,uint256),(uint256,uint256)))[] page)
func (skillWalletV2 *SkillWalletV2) PackSkillWalletsPage(start *big.Int, count *big.Int) []byte {
	enc, err := skillWalletV2.abi.Pack("skillWalletsPage", start, count)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSkillWalletsPage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52e443a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function skillWalletsPage(uint256 start, uint256 count) view returns((uint256,address,address,bool,((uint256,uint256),(uint256,uint256),(uint256,uint256)))[] page)
func (skillWalletV2 *SkillWalletV2) TryPackSkillWalletsPage(start *big.Int, count *big.Int) ([]byte, error) {
	return skillWalletV2.abi.Pack("skillWalletsPage", start, count)
}

// UnpackSkillWalletsPage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52e443a6.
//
// Solidity: function skillWalletsPage(uint256 start, uint256 count) view returns((uint256,address,address,bool,((uint256,uint256),(uint256,uint256),(uint256,uint256)))[] page)
func (skillWalletV2 *SkillWalletV2) UnpackSkillWalletsPage(data []byte) ([]SkillWalletBaseWalletView, error) {
	out, err := skillWalletV2.abi.Unpack("skillWalletsPage", data)
	if err != nil {
		return *new([]SkillWalletBaseWalletView), err
	}
	out0 := *abi.ConvertType(out[0], new([]SkillWalletBaseWalletView)).(*[]SkillWalletBaseWalletView)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (skillWalletV2 *SkillWalletV2) PackSymbol() []byte {
	enc, err := skillWalletV2.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (skillWalletV2 *SkillWalletV2) TryPackSymbol() ([]byte, error) {
	return skillWalletV2.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (skillWalletV2 *SkillWalletV2) UnpackSymbol(data []byte) (string, error) {
	out, err := skillWalletV2.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (skillWalletV2 *SkillWalletV2) PackTotalSupply() []byte {
	enc, err := skillWalletV2.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (skillWalletV2 *SkillWalletV2) TryPackTotalSupply() ([]byte, error) {
	return skillWalletV2.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (skillWalletV2 *SkillWalletV2) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := skillWalletV2.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUpdateSkillSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c655f0b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateSkillSet(uint256 skillWalletId, ((uint256,uint256),(uint256,uint256),(uint256,uint256)) newSkillSet) returns()
func (skillWalletV2 *SkillWalletV2) PackUpdateSkillSet(skillWalletId *big.Int, newSkillSet SkillSet) []byte {
	enc, err := skillWalletV2.abi.Pack("updateSkillSet", skillWalletId, newSkillSet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateSkillSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c655f0b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateSkillSet(uint256 skillWalletId, ((uint256,uint256),(uint256,uint256),(uint256,uint256)) newSkillSet) returns()
func (skillWalletV2 *SkillWalletV2) TryPackUpdateSkillSet(skillWalletId *big.Int, newSkillSet SkillSet) ([]byte, error) {
	return skillWalletV2.abi.Pack("updateSkillSet", skillWalletId, newSkillSet)
}

// SkillWalletV2SkillSetUpdated represents a SkillSetUpdated event raised by the SkillWalletV2 contract.
type SkillWalletV2SkillSetUpdated struct {
	SkillWalletId *big.Int
	NewSkillSet   SkillSet
	Raw           *types.Log // Blockchain specific contextual infos
}

const SkillWalletV2SkillSetUpdatedEventName = "SkillSetUpdated"

// ContractEventName returns the user-defined event name.
func (SkillWalletV2SkillSetUpdated) ContractEventName() string {
	return SkillWalletV2SkillSetUpdatedEventName
}

// UnpackSkillSetUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SkillSetUpdated(uint256 indexed skillWalletId, ((uint256,uint256),(uint256,uint256),(uint256,uint256)) newSkillSet)
func (skillWalletV2 *SkillWalletV2) UnpackSkillSetUpdatedEvent(log *types.Log) (*SkillWalletV2SkillSetUpdated, error) {
	event := "SkillSetUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != skillWalletV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SkillWalletV2SkillSetUpdated)
	if len(log.Data) > 0 {
		if err := skillWalletV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range skillWalletV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SkillWalletV2SkillWalletActivated represents a SkillWalletActivated event raised by the SkillWalletV2 contract.
type SkillWalletV2SkillWalletActivated struct {
	SkillWalletId *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const SkillWalletV2SkillWalletActivatedEventName = "SkillWalletActivated"

// ContractEventName returns the user-defined event name.
func (SkillWalletV2SkillWalletActivated) ContractEventName() string {
	return SkillWalletV2SkillWalletActivatedEventName
}

// UnpackSkillWalletActivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SkillWalletActivated(uint256 indexed skillWalletId)
func (skillWalletV2 *SkillWalletV2) UnpackSkillWalletActivatedEvent(log *types.Log) (*SkillWalletV2SkillWalletActivated, error) {
	event := "SkillWalletActivated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != skillWalletV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SkillWalletV2SkillWalletActivated)
	if len(log.Data) > 0 {
		if err := skillWalletV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range skillWalletV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SkillWalletV2SkillWalletCommunityChanged represents a SkillWalletCommunityChanged event raised by the SkillWalletV2 contract.
type SkillWalletV2SkillWalletCommunityChanged struct {
	SkillWalletId *big.Int
	NewCommunity  common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const SkillWalletV2SkillWalletCommunityChangedEventName = "SkillWalletCommunityChanged"

// ContractEventName returns the user-defined event name.
func (SkillWalletV2SkillWalletCommunityChanged) ContractEventName() string {
	return SkillWalletV2SkillWalletCommunityChangedEventName
}

// UnpackSkillWalletCommunityChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SkillWalletCommunityChanged(uint256 indexed skillWalletId, address newCommunity)
func (skillWalletV2 *SkillWalletV2) UnpackSkillWalletCommunityChangedEvent(log *types.Log) (*SkillWalletV2SkillWalletCommunityChanged, error) {
	event := "SkillWalletCommunityChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != skillWalletV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SkillWalletV2SkillWalletCommunityChanged)
	if len(log.Data) > 0 {
		if err := skillWalletV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range skillWalletV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SkillWalletV2SkillWalletCreated represents a SkillWalletCreated event raised by the SkillWalletV2 contract.
type SkillWalletV2SkillWalletCreated struct {
	SkillWalletOwner common.Address
	Community        common.Address
	SkillWalletId    *big.Int
	SkillSet         SkillSet
	Role             *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const SkillWalletV2SkillWalletCreatedEventName = "SkillWalletCreated"

// ContractEventName returns the user-defined event name.
func (SkillWalletV2SkillWalletCreated) ContractEventName() string {
	return SkillWalletV2SkillWalletCreatedEventName
}

// UnpackSkillWalletCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SkillWalletCreated(address indexed skillWalletOwner, address indexed community, uint256 indexed skillWalletId, ((uint256,uint256),(uint256,uint256),(uint256,uint256)) skillSet, uint256 role)
func (skillWalletV2 *SkillWalletV2) UnpackSkillWalletCreatedEvent(log *types.Log) (*SkillWalletV2SkillWalletCreated, error) {
	event := "SkillWalletCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != skillWalletV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SkillWalletV2SkillWalletCreated)
	if len(log.Data) > 0 {
		if err := skillWalletV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range skillWalletV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SkillWalletV2Transfer represents a Transfer event raised by the SkillWalletV2 contract.
type SkillWalletV2Transfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SkillWalletV2TransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (SkillWalletV2Transfer) ContractEventName() string {
	return SkillWalletV2TransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (skillWalletV2 *SkillWalletV2) UnpackTransferEvent(log *types.Log) (*SkillWalletV2Transfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != skillWalletV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SkillWalletV2Transfer)
	if len(log.Data) > 0 {
		if err := skillWalletV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range skillWalletV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}
