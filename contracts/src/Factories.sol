// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Community} from "./Community.sol";
import {DITOCredit} from "./DITOCredit.sol";
import {Gigs} from "./Gigs.sol";

// Helper factories, deployed once per chain. Each holds one contract's
// creation code so that no contract embeds another's that embeds a third's,
// which would exceed EIP-170's 24 KB code limit. They are permissionless:
// what they make is only trusted once DistributedTown registers it.

contract CreditFactory {
    function create(address community, address gigs) external returns (address) {
        return address(new DITOCredit(community, gigs));
    }
}

contract GigsFactory {
    function create(address community) external returns (address) {
        return address(new Gigs(community));
    }
}

contract CommunityFactory {
    function create(
        string calldata metadataUri,
        uint256 communityId,
        uint256 template,
        address creator,
        address skillWallet,
        address gigsFactory,
        address creditFactory
    ) external returns (address) {
        return address(
            new Community(metadataUri, communityId, template, creator, msg.sender, skillWallet, gigsFactory, creditFactory)
        );
    }
}
