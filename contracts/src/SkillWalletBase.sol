// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Skill, SkillSet} from "./Types.sol";
import {IDistributedTown, ICommunity} from "./Interfaces.sol";

/// SkillWalletBase is the chain-wide registry of SkillWallets: a
/// non-transferable ERC721 whose token holds its owner's skill set and the
/// community (town) the owner is active in. Only communities registered with
/// the DistributedTown factory may create wallets or move them between towns.
/// The two deployed variants differ only in their SkillWalletCreated event.
abstract contract SkillWalletBase {
    event Transfer(address indexed from, address indexed to, uint256 indexed tokenId);
    event SkillWalletActivated(uint256 indexed skillWalletId);
    event SkillSetUpdated(uint256 indexed skillWalletId, SkillSet newSkillSet);
    event SkillWalletCommunityChanged(uint256 indexed skillWalletId, address newCommunity);

    uint256 public constant SKILL_COUNT = 36;
    uint256 public constant MAX_LEVEL = 10;

    struct Wallet {
        address owner;
        address community;
        bool activated;
        SkillSet skillSet;
    }

    /// WalletView is one wallet as returned by skillWalletsPage.
    struct WalletView {
        uint256 id;
        address owner;
        address community;
        bool activated;
        SkillSet skillSet;
    }

    string public constant name = "SkillWallet";
    string public constant symbol = "SKW";

    address public immutable deployer;
    address public distributedTown;

    Wallet[] private wallets;
    mapping(address => uint256) private idPlusOne;

    constructor() {
        deployer = msg.sender;
    }

    modifier onlyCommunity() {
        require(
            distributedTown != address(0) && IDistributedTown(distributedTown).isCommunity(msg.sender),
            "SkillWallet: caller is not a community"
        );
        _;
    }

    modifier onlyOwnerOf(uint256 skillWalletId) {
        require(skillWalletId < wallets.length, "SkillWallet: no such wallet");
        require(wallets[skillWalletId].owner == msg.sender, "SkillWallet: caller is not the owner");
        _;
    }

    /// setDistributedTown links the factory once; it is deployed after this
    /// contract because the factory needs this contract's address.
    function setDistributedTown(address factory) external {
        require(msg.sender == deployer, "SkillWallet: caller is not the deployer");
        require(distributedTown == address(0), "SkillWallet: factory already set");
        require(factory != address(0), "SkillWallet: zero factory");
        distributedTown = factory;
    }

    /// create mints a wallet for owner in the calling community.
    function create(address owner, SkillSet calldata skillSet) external onlyCommunity returns (uint256 id) {
        require(owner != address(0), "SkillWallet: zero owner");
        require(idPlusOne[owner] == 0, "SkillWallet: owner already has a wallet");
        checkSkillSet(skillSet);
        id = wallets.length;
        Wallet storage w = wallets.push();
        w.owner = owner;
        w.community = msg.sender;
        w.skillSet = skillSet;
        idPlusOne[owner] = id + 1;
        emit Transfer(address(0), owner, id);
        emitCreated(owner, msg.sender, id, skillSet);
    }

    function emitCreated(address owner, address community, uint256 id, SkillSet calldata skillSet) internal virtual;

    /// activateSkillWallet is the owner confirming the wallet (the original
    /// did this by scanning a QR code with the owner's key).
    function activateSkillWallet(uint256 skillWalletId) external onlyOwnerOf(skillWalletId) {
        require(!wallets[skillWalletId].activated, "SkillWallet: already activated");
        wallets[skillWalletId].activated = true;
        emit SkillWalletActivated(skillWalletId);
    }

    function updateSkillSet(uint256 skillWalletId, SkillSet calldata newSkillSet)
        external
        onlyOwnerOf(skillWalletId)
    {
        checkSkillSet(newSkillSet);
        wallets[skillWalletId].skillSet = newSkillSet;
        emit SkillSetUpdated(skillWalletId, newSkillSet);
    }

    /// changeCommunity moves a wallet into the calling community. The town it
    /// leaves is told, so it drops the member and emits MemberLeft.
    function changeCommunity(uint256 skillWalletId) external onlyCommunity {
        require(skillWalletId < wallets.length, "SkillWallet: no such wallet");
        Wallet storage w = wallets[skillWalletId];
        address old = w.community;
        require(old != msg.sender, "SkillWallet: already in this community");
        w.community = msg.sender;
        if (old != address(0)) {
            ICommunity(old).memberMovedOut(w.owner);
        }
        emit SkillWalletCommunityChanged(skillWalletId, msg.sender);
    }

    /// leaveCommunity detaches a wallet from the calling community.
    function leaveCommunity(uint256 skillWalletId) external onlyCommunity {
        require(skillWalletId < wallets.length, "SkillWallet: no such wallet");
        require(wallets[skillWalletId].community == msg.sender, "SkillWallet: not in this community");
        wallets[skillWalletId].community = address(0);
        emit SkillWalletCommunityChanged(skillWalletId, address(0));
    }

    function checkSkillSet(SkillSet calldata s) internal pure {
        require(s.skill1.level > 0, "SkillWallet: first skill is empty");
        checkSkill(s.skill1);
        checkSkill(s.skill2);
        checkSkill(s.skill3);
    }

    function checkSkill(Skill calldata s) internal pure {
        require(s.level <= MAX_LEVEL, "SkillWallet: level above 10");
        require(s.level == 0 || s.displayStringId < SKILL_COUNT, "SkillWallet: unknown skill");
    }

    // Views.

    function skillWalletCount() external view returns (uint256) {
        return wallets.length;
    }

    function hasSkillWallet(address owner) external view returns (bool) {
        return idPlusOne[owner] != 0;
    }

    /// skillWalletIdOf returns owner's wallet id; it reverts for an address
    /// without one (see hasSkillWallet).
    function skillWalletIdOf(address owner) external view returns (uint256) {
        uint256 p = idPlusOne[owner];
        require(p != 0, "SkillWallet: owner has no wallet");
        return p - 1;
    }

    function getSkillWallet(uint256 skillWalletId) external view returns (WalletView memory) {
        require(skillWalletId < wallets.length, "SkillWallet: no such wallet");
        Wallet storage w = wallets[skillWalletId];
        return WalletView(skillWalletId, w.owner, w.community, w.activated, w.skillSet);
    }

    /// skillWalletsPage returns wallets start..start+count-1 (clipped), so a
    /// reader can take the whole registry in a few calls.
    function skillWalletsPage(uint256 start, uint256 count) external view returns (WalletView[] memory page) {
        uint256 end = start + count;
        if (end > wallets.length) {
            end = wallets.length;
        }
        if (start >= end) {
            return page;
        }
        page = new WalletView[](end - start);
        for (uint256 i = start; i < end; i++) {
            Wallet storage w = wallets[i];
            page[i - start] = WalletView(i, w.owner, w.community, w.activated, w.skillSet);
        }
    }

    // ERC721 views; wallets are soulbound, so there is no transfer.

    function balanceOf(address owner) external view returns (uint256) {
        return idPlusOne[owner] == 0 ? 0 : 1;
    }

    function ownerOf(uint256 tokenId) external view returns (address) {
        require(tokenId < wallets.length, "SkillWallet: no such wallet");
        return wallets[tokenId].owner;
    }

    function totalSupply() external view returns (uint256) {
        return wallets.length;
    }
}
