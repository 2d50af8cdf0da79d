// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IDistributedTown, ICommunity} from "./Interfaces.sol";

/// Projects is the chain's registry of town projects, a non-transferable
/// ERC721 minted to the member who starts a project. A project takes its
/// town's template.
contract Projects {
    event Transfer(address indexed from, address indexed to, uint256 indexed tokenId);
    event ProjectCreated(uint256 projectId, uint256 template, address communityAddress);

    struct Project {
        uint256 template;
        address community;
        address creator;
        string metadataUri;
    }

    string public constant name = "DiTo Project";
    string public constant symbol = "DTP";

    address public immutable distributedTown;
    Project[] private projects;

    constructor(address distributedTown_) {
        distributedTown = distributedTown_;
    }

    function createProject(address community, string calldata metadataUri) external returns (uint256 id) {
        require(IDistributedTown(distributedTown).isCommunity(community), "Projects: unknown community");
        require(ICommunity(community).isMember(msg.sender), "Projects: caller is not a member");
        uint256 template = ICommunity(community).template();
        id = projects.length;
        projects.push(Project(template, community, msg.sender, metadataUri));
        emit Transfer(address(0), msg.sender, id);
        emit ProjectCreated(id, template, community);
    }

    // Views.

    function projectCount() external view returns (uint256) {
        return projects.length;
    }

    function getProject(uint256 projectId) external view returns (Project memory) {
        require(projectId < projects.length, "Projects: no such project");
        return projects[projectId];
    }
}
