// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {SkillSet} from "./Types.sol";
import {ISkillWallet, IDITOCredit, IGigsFactory, ICreditFactory} from "./Interfaces.sol";

/// Community is one town. It owns a DITOCredit token and a Gigs board, both
/// deployed by helper factories from its constructor (keeping every
/// contract's code under the EIP-170 limit). Joining creates or moves the
/// member's SkillWallet and mints the town's starting credits; leaving burns
/// the member's remaining credits of this town.
contract Community {
    event MemberAdded(address indexed _member, uint256 _skillWalletTokenId, uint256 _transferredTokens);
    event MemberLeft(address indexed _member);

    uint256 public constant STARTING_CREDITS = 2000 ether;

    string public metadataUri;
    uint256 public immutable communityId;
    uint256 public immutable template;
    address public immutable creator;
    address public immutable distributedTown;
    address public immutable skillWallet;
    address public immutable ditoCreditsAddr;
    address public immutable gigsAddr;

    address[] private members;
    mapping(address => uint256) private indexPlusOne;

    constructor(
        string memory metadataUri_,
        uint256 communityId_,
        uint256 template_,
        address creator_,
        address distributedTown_,
        address skillWallet_,
        address gigsFactory,
        address creditFactory
    ) {
        metadataUri = metadataUri_;
        communityId = communityId_;
        template = template_;
        creator = creator_;
        distributedTown = distributedTown_;
        skillWallet = skillWallet_;
        address gigs = IGigsFactory(gigsFactory).create(address(this));
        gigsAddr = gigs;
        ditoCreditsAddr = ICreditFactory(creditFactory).create(address(this), gigs);
    }

    /// joinNewMember creates the caller's SkillWallet in this town.
    function joinNewMember(SkillSet calldata skillSet) external returns (uint256 skillWalletId) {
        require(indexPlusOne[msg.sender] == 0, "Community: already a member");
        skillWalletId = ISkillWallet(skillWallet).create(msg.sender, skillSet);
        add(msg.sender, skillWalletId);
    }

    /// joinExistingMember moves the caller's SkillWallet here from wherever
    /// it is (the town it leaves emits MemberLeft).
    function joinExistingMember() external returns (uint256 skillWalletId) {
        require(indexPlusOne[msg.sender] == 0, "Community: already a member");
        require(ISkillWallet(skillWallet).hasSkillWallet(msg.sender), "Community: caller has no SkillWallet");
        skillWalletId = ISkillWallet(skillWallet).skillWalletIdOf(msg.sender);
        ISkillWallet(skillWallet).changeCommunity(skillWalletId);
        add(msg.sender, skillWalletId);
    }

    function leaveCommunity() external {
        require(indexPlusOne[msg.sender] != 0, "Community: not a member");
        uint256 skillWalletId = ISkillWallet(skillWallet).skillWalletIdOf(msg.sender);
        ISkillWallet(skillWallet).leaveCommunity(skillWalletId);
        remove(msg.sender);
    }

    /// memberMovedOut is SkillWallet telling this town that a member's
    /// wallet joined another town.
    function memberMovedOut(address member) external {
        require(msg.sender == skillWallet, "Community: caller is not the SkillWallet");
        if (indexPlusOne[member] != 0) {
            remove(member);
        }
    }

    function add(address member, uint256 skillWalletId) private {
        members.push(member);
        indexPlusOne[member] = members.length;
        IDITOCredit(ditoCreditsAddr).mint(member, STARTING_CREDITS);
        emit MemberAdded(member, skillWalletId, STARTING_CREDITS);
    }

    function remove(address member) private {
        uint256 i = indexPlusOne[member] - 1;
        address last = members[members.length - 1];
        members[i] = last;
        indexPlusOne[last] = i + 1;
        members.pop();
        delete indexPlusOne[member];
        uint256 bal = IDITOCredit(ditoCreditsAddr).balanceOf(member);
        if (bal > 0) {
            IDITOCredit(ditoCreditsAddr).operatorBurn(member, bal, "", "");
        }
        emit MemberLeft(member);
    }

    // Views.

    function isMember(address account) external view returns (bool) {
        return indexPlusOne[account] != 0;
    }

    function memberCount() external view returns (uint256) {
        return members.length;
    }

    function getMembers() external view returns (address[] memory) {
        return members;
    }
}
