//go:build unix

package embedpg

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"os/user"
	"path/filepath"
	"strconv"
	"syscall"
)

// account is the unprivileged user initdb and postgres run as when this
// process is root.
type account struct {
	name   string
	uid    uint32
	gid    uint32
	groups []uint32
}

// runAccount is nil unless this process is root, in which case it is the
// named system user.
func runAccount(name string) (*account, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	u, err := user.Lookup(name)
	if err != nil {
		return nil, fmt.Errorf("running as root, so Postgres (which refuses root) must run as user %q, but looking it up failed: %w; "+
			"create it (useradd --system --user-group %s), run dito as a non-root user, or set database.url", name, err, name)
	}
	uid, err1 := strconv.ParseUint(u.Uid, 10, 32)
	gid, err2 := strconv.ParseUint(u.Gid, 10, 32)
	if err := errors.Join(err1, err2); err != nil {
		return nil, fmt.Errorf("user %q: uid %q / gid %q are not numeric: %w", name, u.Uid, u.Gid, err)
	}
	if uid == 0 {
		return nil, fmt.Errorf("user %q has uid 0; Postgres must run as an unprivileged user (set Options.SystemUser)", name)
	}
	a := &account{name: name, uid: uint32(uid), gid: uint32(gid)}
	// Supplementary groups matter for reachability (and keep ssl-cert and
	// similar memberships postgres is used to); failing to list them only
	// narrows what it can reach, which ensureReachable then fixes.
	if ids, err := u.GroupIds(); err == nil {
		for _, s := range ids {
			if g, err := strconv.ParseUint(s, 10, 32); err == nil && uint32(g) != a.gid {
				a.groups = append(a.groups, uint32(g))
			}
		}
	}
	return a, nil
}

func (a *account) credential() *syscall.Credential {
	return &syscall.Credential{Uid: a.uid, Gid: a.gid, Groups: a.groups}
}

// own hands dir and everything in it to the account (a data dir made by
// root, or by pg_basebackup run as root). A dir already owned by it is
// assumed to be owned throughout, which keeps a restart cheap.
func (a *account) own(dir string) error {
	fi, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("stat data dir %s: %w", dir, err)
	}
	if st, ok := fi.Sys().(*syscall.Stat_t); ok && st.Uid == a.uid {
		return nil
	}
	err = filepath.WalkDir(dir, func(path string, _ fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		return os.Lchown(path, int(a.uid), int(a.gid))
	})
	if err != nil {
		return fmt.Errorf("give data dir %s to user %s (uid %d): %w", dir, a.name, a.uid, err)
	}
	return nil
}

// ensureReachable makes sure the account can traverse every directory from
// / down to path. Where it cannot, it is granted search (x, not read)
// permission with an ACL entry for that one user, because Postgres cannot
// run as root and a default data dir under /root/.local/share must still
// work; the change is logged so an administrator can see and revert it.
func (a *account) ensureReachable(path string, log *slog.Logger) error {
	var dirs []string
	for p := filepath.Clean(path); ; p = filepath.Dir(p) {
		dirs = append(dirs, p)
		if p == filepath.Dir(p) {
			break
		}
	}
	for i := len(dirs) - 1; i >= 0; i-- {
		dir := dirs[i]
		ok, err := a.canSearch(dir)
		if err != nil {
			return err
		}
		if ok {
			continue
		}
		if err := grantSearch(dir, a.uid); err != nil {
			return fmt.Errorf("postgres runs as user %s (it refuses to run as root) and cannot enter %s on the way to %s; "+
				"granting it search permission failed: %w; choose a directory it can reach (e.g. under /var/lib) or run `setfacl -m u:%s:x %s`",
				a.name, dir, path, err, a.name, dir)
		}
		log.Warn("granted the postgres system user search permission on a directory it must traverse",
			"dir", dir, "user", a.name, "undo", fmt.Sprintf("setfacl -x u:%s %s", a.name, dir))
	}
	return nil
}

// canSearch says whether the account may traverse dir, by the POSIX rules:
// owner bits, else a named-user ACL entry, else any matching group entry,
// else "other"; ACL entries other than the owner's are capped by the mask.
func (a *account) canSearch(dir string) (bool, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return false, fmt.Errorf("stat %s: %w", dir, err)
	}
	if !fi.IsDir() {
		return false, fmt.Errorf("%s is not a directory", dir)
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return true, nil // cannot tell; let postgres report it
	}
	acl, err := readACL(dir, uint32(st.Mode))
	if err != nil {
		return false, err
	}
	if st.Uid == a.uid {
		return acl.perm(aclUserObj, 0)&1 != 0, nil
	}
	mask := acl.mask()
	if p, ok := acl.lookup(aclUser, a.uid); ok {
		return p&mask&1 != 0, nil
	}
	inGroup := func(g uint32) bool {
		if g == a.gid {
			return true
		}
		for _, x := range a.groups {
			if x == g {
				return true
			}
		}
		return false
	}
	matched := false
	for _, e := range acl {
		if (e.tag == aclGroupObj && inGroup(st.Gid)) || (e.tag == aclGroup && inGroup(e.id)) {
			matched = true
			if e.perm&mask&1 != 0 {
				return true, nil
			}
		}
	}
	if matched {
		return false, nil
	}
	return acl.perm(aclOther, 0)&1 != 0, nil
}

// ACL tags as in <linux/posix_acl.h>.
const (
	aclUserObj  = 0x01
	aclUser     = 0x02
	aclGroupObj = 0x04
	aclGroup    = 0x08
	aclMask     = 0x10
	aclOther    = 0x20
)

type aclEntry struct {
	tag  uint16
	perm uint16
	id   uint32
}

type aclEntries []aclEntry

// aclFromMode is the minimal ACL every file has: owner, group, other.
func aclFromMode(mode uint32) aclEntries {
	return aclEntries{
		{tag: aclUserObj, perm: uint16(mode >> 6 & 7)},
		{tag: aclGroupObj, perm: uint16(mode >> 3 & 7)},
		{tag: aclOther, perm: uint16(mode & 7)},
	}
}

func (acl aclEntries) lookup(tag uint16, id uint32) (uint16, bool) {
	for _, e := range acl {
		if e.tag == tag && (tag != aclUser && tag != aclGroup || e.id == id) {
			return e.perm, true
		}
	}
	return 0, false
}

func (acl aclEntries) perm(tag uint16, id uint32) uint16 {
	p, _ := acl.lookup(tag, id)
	return p
}

// mask caps named entries and the owning group; without a mask entry
// nothing is capped.
func (acl aclEntries) mask() uint16 {
	if p, ok := acl.lookup(aclMask, 0); ok {
		return p
	}
	return 7
}
