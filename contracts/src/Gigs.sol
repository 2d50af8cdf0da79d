// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {GigStatus} from "./Types.sol";
import {ICommunity, IDITOCredit} from "./Interfaces.sol";

/// Gigs is one town's job board, a non-transferable ERC721 whose tokens are
/// gigs minted to their creators. A gig goes Open -> Taken -> Submitted ->
/// Completed -> Validated. Completing it moves its credits from creator to
/// taker through the town's DITOCredit (this contract is a default operator),
/// when the creator still holds enough; validation records whether they did.
contract Gigs {
    event Transfer(address indexed from, address indexed to, uint256 indexed tokenId);
    event GigCreated(address _creator, uint256 _gigId);
    event GigTaken(uint256 _gigId);
    event GigSubmitted(uint256 _gigId);
    event GigCompleted(uint256 _gigId);
    event GigValidated(uint256 _gigId, bool areCreditsTransfered, uint256 creditsTransfered);

    struct Gig {
        address creator;
        address taker;
        GigStatus status;
        uint256 credits;
        uint256 creditsTransferred;
        string metadataUri;
    }

    /// GigView is one gig as returned by gigsPage.
    struct GigView {
        uint256 id;
        address creator;
        address taker;
        uint8 status;
        uint256 credits;
        uint256 creditsTransferred;
    }

    string public constant name = "DiTo Gig";
    string public constant symbol = "GIG";

    address public immutable community;
    Gig[] private gigList;
    mapping(address => uint256) public balanceOf;

    constructor(address community_) {
        community = community_;
    }

    modifier onlyMember() {
        require(ICommunity(community).isMember(msg.sender), "Gigs: caller is not a member");
        _;
    }

    function createGig(uint256 credits, string calldata metadataUri) external onlyMember returns (uint256 id) {
        require(credits > 0, "Gigs: zero credits");
        id = gigList.length;
        Gig storage g = gigList.push();
        g.creator = msg.sender;
        g.credits = credits;
        g.metadataUri = metadataUri;
        balanceOf[msg.sender]++;
        emit Transfer(address(0), msg.sender, id);
        emit GigCreated(msg.sender, id);
    }

    function takeGig(uint256 gigId) external onlyMember {
        Gig storage g = gig(gigId);
        require(g.status == GigStatus.Open, "Gigs: not open");
        require(g.creator != msg.sender, "Gigs: creator cannot take own gig");
        g.taker = msg.sender;
        g.status = GigStatus.Taken;
        emit GigTaken(gigId);
    }

    function submitGig(uint256 gigId) external {
        Gig storage g = gig(gigId);
        require(g.status == GigStatus.Taken, "Gigs: not taken");
        require(g.taker == msg.sender, "Gigs: caller is not the taker");
        g.status = GigStatus.Submitted;
        emit GigSubmitted(gigId);
    }

    function completeGig(uint256 gigId) external {
        Gig storage g = gig(gigId);
        require(g.status == GigStatus.Submitted, "Gigs: not submitted");
        require(g.creator == msg.sender, "Gigs: caller is not the creator");
        g.status = GigStatus.Completed;
        IDITOCredit token = IDITOCredit(ICommunity(community).ditoCreditsAddr());
        if (token.balanceOf(g.creator) >= g.credits) {
            g.creditsTransferred = g.credits;
            token.operatorSend(g.creator, g.taker, g.credits, "", abi.encode(gigId));
        }
        emit GigCompleted(gigId);
    }

    function validateGig(uint256 gigId) external onlyMember {
        Gig storage g = gig(gigId);
        require(g.status == GigStatus.Completed, "Gigs: not completed");
        require(g.taker != msg.sender, "Gigs: taker cannot validate");
        g.status = GigStatus.Validated;
        emit GigValidated(gigId, g.creditsTransferred > 0, g.creditsTransferred);
    }

    // Views.

    function gigCount() external view returns (uint256) {
        return gigList.length;
    }

    /// gigs is the getter indexers call (selector of "gigs(uint256)").
    function gigs(uint256 gigId)
        external
        view
        returns (address creator, address taker, uint8 status, uint256 credits)
    {
        Gig storage g = gig(gigId);
        return (g.creator, g.taker, uint8(g.status), g.credits);
    }

    function gigMetadataUri(uint256 gigId) external view returns (string memory) {
        return gig(gigId).metadataUri;
    }

    /// gigsPage returns gigs start..start+count-1 (clipped).
    function gigsPage(uint256 start, uint256 count) external view returns (GigView[] memory page) {
        uint256 end = start + count;
        if (end > gigList.length) {
            end = gigList.length;
        }
        if (start >= end) {
            return page;
        }
        page = new GigView[](end - start);
        for (uint256 i = start; i < end; i++) {
            Gig storage g = gigList[i];
            page[i - start] = GigView(i, g.creator, g.taker, uint8(g.status), g.credits, g.creditsTransferred);
        }
    }

    function ownerOf(uint256 gigId) external view returns (address) {
        return gig(gigId).creator;
    }

    function gig(uint256 gigId) private view returns (Gig storage) {
        require(gigId < gigList.length, "Gigs: no such gig");
        return gigList[gigId];
    }
}
