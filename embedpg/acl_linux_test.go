package embedpg

import (
	"errors"
	"os"
	"syscall"
	"testing"
)

// A data dir under a private parent (root's /root is 0700) must become
// reachable for the postgres user and for nobody else.
func TestGrantSearchLetsOnlyThatUserTraverse(t *testing.T) {
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	pg := &account{name: "pg", uid: 54321, gid: 54321}
	other := &account{name: "other", uid: 54322, gid: 54322}
	if ok, err := pg.canSearch(dir); err != nil || ok {
		t.Fatalf("before grant: canSearch = %v, %v; want false", ok, err)
	}
	if err := grantSearch(dir, pg.uid); err != nil {
		if errors.Is(err, syscall.EOPNOTSUPP) {
			t.Skipf("filesystem of %s has no POSIX ACLs: %v", dir, err)
		}
		t.Fatalf("grant: %v", err)
	}
	if ok, err := pg.canSearch(dir); err != nil || !ok {
		t.Fatalf("after grant: canSearch(pg) = %v, %v; want true", ok, err)
	}
	if ok, err := other.canSearch(dir); err != nil || ok {
		t.Fatalf("after grant: canSearch(other) = %v, %v; want false", ok, err)
	}
	// Granting twice keeps a single entry and the owner's full access.
	if err := grantSearch(dir, pg.uid); err != nil {
		t.Fatalf("second grant: %v", err)
	}
	fi, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	acl, err := readACL(dir, uint32(fi.Sys().(*syscall.Stat_t).Mode))
	if err != nil {
		t.Fatal(err)
	}
	want := aclEntries{
		{tag: aclUserObj, perm: 7, id: 0xffffffff},
		{tag: aclUser, perm: 1, id: pg.uid},
		{tag: aclGroupObj, perm: 0, id: 0xffffffff},
		{tag: aclMask, perm: 1, id: 0xffffffff},
		{tag: aclOther, perm: 0, id: 0xffffffff},
	}
	if len(acl) != len(want) {
		t.Fatalf("acl = %+v, want %+v", acl, want)
	}
	for i := range want {
		if acl[i] != want[i] {
			t.Fatalf("acl = %+v, want %+v", acl, want)
		}
	}
}
