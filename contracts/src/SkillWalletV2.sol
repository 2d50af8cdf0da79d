// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {SkillSet} from "./Types.sol";
import {ICommunity} from "./Interfaces.sol";
import {SkillWalletBase} from "./SkillWalletBase.sol";

/// SkillWalletV2 is the variant deployed on Polygon mainnet, whose
/// SkillWalletCreated carries a fifth, unindexed word after the skill set:
/// here the owner's role in the town (1 = the town's creator, 2 = member).
contract SkillWalletV2 is SkillWalletBase {
    uint256 public constant ROLE_CREATOR = 1;
    uint256 public constant ROLE_MEMBER = 2;

    event SkillWalletCreated(
        address indexed skillWalletOwner,
        address indexed community,
        uint256 indexed skillWalletId,
        SkillSet skillSet,
        uint256 role
    );

    function emitCreated(address owner, address community, uint256 id, SkillSet calldata skillSet) internal override {
        uint256 role = ICommunity(community).creator() == owner ? ROLE_CREATOR : ROLE_MEMBER;
        emit SkillWalletCreated(owner, community, id, skillSet, role);
    }
}
