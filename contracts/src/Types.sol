// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// One entry of a SkillWallet: a skill id of the fixed 36-skill taxonomy
/// (0..35) and a level 1..10. Level 0 marks an empty slot.
struct Skill {
    uint256 displayStringId;
    uint256 level;
}

/// The up to three skills a SkillWallet holds. The ABI type is
/// ((uint256,uint256),(uint256,uint256),(uint256,uint256)), which is what
/// the SkillWalletCreated and SkillSetUpdated event signatures spell out.
struct SkillSet {
    Skill skill1;
    Skill skill2;
    Skill skill3;
}

/// Gig lifecycle, in order.
enum GigStatus {
    Open,
    Taken,
    Submitted,
    Completed,
    Validated
}
