// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {SkillSet} from "./Types.sol";
import {SkillWalletBase} from "./SkillWalletBase.sol";

/// SkillWallet is the classic variant (Ethereum, Gnosis, RSK and test chains).
contract SkillWallet is SkillWalletBase {
    event SkillWalletCreated(
        address indexed skillWalletOwner, address indexed community, uint256 indexed skillWalletId, SkillSet skillSet
    );

    function emitCreated(address owner, address community, uint256 id, SkillSet calldata skillSet) internal override {
        emit SkillWalletCreated(owner, community, id, skillSet);
    }
}
