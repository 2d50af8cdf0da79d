// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ICommunityFactory} from "./Interfaces.sol";

/// DistributedTown is the chain's town factory and registry. Towns it
/// creates are the only contracts SkillWallet and Projects trust.
contract DistributedTown {
    event CommunityCreated(address communityContract, uint256 communityId, uint256 template, address indexed creator);

    uint256 public constant TEMPLATE_OPEN_SOURCE = 0;
    uint256 public constant TEMPLATE_ART = 1;
    uint256 public constant TEMPLATE_LOCAL = 2;
    uint256 public constant TEMPLATE_OTHER = 3;

    address public immutable skillWallet;
    address public immutable communityFactory;
    address public immutable gigsFactory;
    address public immutable creditFactory;

    address[] private communities;
    mapping(address => bool) public isCommunity;

    constructor(address skillWallet_, address communityFactory_, address gigsFactory_, address creditFactory_) {
        skillWallet = skillWallet_;
        communityFactory = communityFactory_;
        gigsFactory = gigsFactory_;
        creditFactory = creditFactory_;
    }

    function createCommunity(string calldata metadataUri, uint256 template) external returns (address community) {
        require(template <= TEMPLATE_OTHER, "DistributedTown: unknown template");
        uint256 id = communities.length;
        community = ICommunityFactory(communityFactory).create(
            metadataUri, id, template, msg.sender, skillWallet, gigsFactory, creditFactory
        );
        communities.push(community);
        isCommunity[community] = true;
        emit CommunityCreated(community, id, template, msg.sender);
    }

    // Views.

    function communityCount() external view returns (uint256) {
        return communities.length;
    }

    function getCommunities() external view returns (address[] memory) {
        return communities;
    }
}
