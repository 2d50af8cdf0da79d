// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {SkillSet} from "./Types.sol";

interface IDistributedTown {
    function isCommunity(address community) external view returns (bool);
}

interface ICommunity {
    function isMember(address account) external view returns (bool);
    function creator() external view returns (address);
    function template() external view returns (uint256);
    function ditoCreditsAddr() external view returns (address);
    function memberMovedOut(address member) external;
}

interface ISkillWallet {
    function create(address owner, SkillSet calldata skillSet) external returns (uint256);
    function hasSkillWallet(address owner) external view returns (bool);
    function skillWalletIdOf(address owner) external view returns (uint256);
    function changeCommunity(uint256 skillWalletId) external;
    function leaveCommunity(uint256 skillWalletId) external;
}

interface IDITOCredit {
    function balanceOf(address holder) external view returns (uint256);
    function mint(address to, uint256 amount) external;
    function operatorSend(address from, address to, uint256 amount, bytes calldata data, bytes calldata operatorData)
        external;
    function operatorBurn(address from, uint256 amount, bytes calldata data, bytes calldata operatorData) external;
}

interface ICreditFactory {
    function create(address community, address gigs) external returns (address);
}

interface IGigsFactory {
    function create(address community) external returns (address);
}

interface ICommunityFactory {
    function create(
        string calldata metadataUri,
        uint256 communityId,
        uint256 template,
        address creator,
        address skillWallet,
        address gigsFactory,
        address creditFactory
    ) external returns (address);
}
