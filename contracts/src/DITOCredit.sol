// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// DITOCredit is one town's mutual-credit token: a minimal ERC777 with ERC20
/// compatibility (no ERC1820 hooks). Every movement emits the ERC777 event
/// (Minted, Sent or Burned) and the ERC20 Transfer, and bumps movementCount,
/// so an indexer can be checked to count each movement once. The town
/// (community) is the only minter; the town and its Gigs contract are the
/// default operators.
contract DITOCredit {
    event Sent(
        address indexed operator,
        address indexed from,
        address indexed to,
        uint256 amount,
        bytes data,
        bytes operatorData
    );
    event Minted(address indexed operator, address indexed to, uint256 amount, bytes data, bytes operatorData);
    event Burned(address indexed operator, address indexed from, uint256 amount, bytes data, bytes operatorData);
    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    string public constant name = "DiTo";
    string public constant symbol = "DITO";
    uint8 public constant decimals = 18;
    uint256 public constant granularity = 1;

    address public immutable community;
    address public immutable gigs;

    uint256 public totalSupply;
    uint256 public movementCount;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    // Everyone who ever received credits, in order of first receipt, so the
    // whole balance sheet can be read back.
    address[] private holders;
    mapping(address => bool) private known;

    constructor(address community_, address gigs_) {
        community = community_;
        gigs = gigs_;
    }

    function defaultOperators() external view returns (address[] memory ops) {
        ops = new address[](2);
        ops[0] = community;
        ops[1] = gigs;
    }

    function isOperatorFor(address operator, address holder) public view returns (bool) {
        return operator == holder || operator == community || operator == gigs;
    }

    function mint(address to, uint256 amount) external {
        require(msg.sender == community, "DITOCredit: caller is not the community");
        require(to != address(0), "DITOCredit: mint to zero");
        totalSupply += amount;
        credit(to, amount);
        movementCount++;
        emit Minted(msg.sender, to, amount, "", "");
        emit Transfer(address(0), to, amount);
    }

    // ERC777.

    function send(address to, uint256 amount, bytes calldata data) external {
        move(msg.sender, msg.sender, to, amount, data, "");
    }

    function operatorSend(address from, address to, uint256 amount, bytes calldata data, bytes calldata operatorData)
        external
    {
        require(isOperatorFor(msg.sender, from), "DITOCredit: caller is not an operator for holder");
        move(msg.sender, from, to, amount, data, operatorData);
    }

    function burn(uint256 amount, bytes calldata data) external {
        destroy(msg.sender, msg.sender, amount, data, "");
    }

    function operatorBurn(address from, uint256 amount, bytes calldata data, bytes calldata operatorData) external {
        require(isOperatorFor(msg.sender, from), "DITOCredit: caller is not an operator for holder");
        destroy(msg.sender, from, amount, data, operatorData);
    }

    // ERC20.

    function transfer(address to, uint256 amount) external returns (bool) {
        move(msg.sender, msg.sender, to, amount, "", "");
        return true;
    }

    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        emit Approval(msg.sender, spender, amount);
        return true;
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        uint256 allowed = allowance[from][msg.sender];
        require(allowed >= amount, "DITOCredit: allowance too low");
        if (allowed != type(uint256).max) {
            allowance[from][msg.sender] = allowed - amount;
        }
        move(msg.sender, from, to, amount, "", "");
        return true;
    }

    // Views.

    function holderCount() external view returns (uint256) {
        return holders.length;
    }

    /// holdersPage returns holders start..start+count-1 (clipped) with their
    /// balances, zero balances included.
    function holdersPage(uint256 start, uint256 count)
        external
        view
        returns (address[] memory accounts, uint256[] memory balances)
    {
        uint256 end = start + count;
        if (end > holders.length) {
            end = holders.length;
        }
        if (start >= end) {
            return (accounts, balances);
        }
        accounts = new address[](end - start);
        balances = new uint256[](end - start);
        for (uint256 i = start; i < end; i++) {
            accounts[i - start] = holders[i];
            balances[i - start] = balanceOf[holders[i]];
        }
    }

    // Internals.

    function move(
        address operator,
        address from,
        address to,
        uint256 amount,
        bytes memory data,
        bytes memory operatorData
    ) private {
        require(to != address(0), "DITOCredit: send to zero");
        uint256 bal = balanceOf[from];
        require(bal >= amount, "DITOCredit: balance too low");
        balanceOf[from] = bal - amount;
        credit(to, amount);
        movementCount++;
        emit Sent(operator, from, to, amount, data, operatorData);
        emit Transfer(from, to, amount);
    }

    function destroy(address operator, address from, uint256 amount, bytes memory data, bytes memory operatorData)
        private
    {
        uint256 bal = balanceOf[from];
        require(bal >= amount, "DITOCredit: balance too low");
        balanceOf[from] = bal - amount;
        totalSupply -= amount;
        movementCount++;
        emit Burned(operator, from, amount, data, operatorData);
        emit Transfer(from, address(0), amount);
    }

    function credit(address to, uint256 amount) private {
        balanceOf[to] += amount;
        if (!known[to]) {
            known[to] = true;
            holders.push(to);
        }
    }
}
