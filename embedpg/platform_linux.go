package embedpg

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"syscall"
)

// procAttr puts a Postgres program in its own process group, has the kernel
// send it SIGINT (postgres' fast shutdown; initdb cleans up and exits) when
// the thread that started it dies, and drops to the system user when we are
// root. Go sets Pdeathsig after changing credentials, which is what keeps it
// armed: the kernel clears it on a credential change.
func procAttr(acct *account) *syscall.SysProcAttr {
	attr := &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGINT}
	if acct != nil {
		attr.Credential = acct.credential()
	}
	return attr
}

// processAlive reports whether pid is a running process. A zombie (exited
// but not reaped, which is what a killed postmaster stays as under a PID 1
// that does not reap, as in many containers) is not, although kill(pid, 0)
// still succeeds on it; that is why postgres takes a zombie's
// postmaster.pid for a live server and refuses to start.
func processAlive(pid int) bool {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if errors.Is(err, os.ErrNotExist) {
		return false
	}
	if err != nil {
		return signalZero(pid)
	}
	// "pid (comm) state ...": comm may hold spaces and parentheses, the
	// state follows the last ')'.
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 || i+2 >= len(s) {
		return true
	}
	switch s[i+2] {
	case 'Z', 'X', 'x':
		return false
	}
	return true
}

// processCwd is where pid runs; a postmaster runs in its data dir.
func processCwd(pid int) (string, error) {
	return os.Readlink("/proc/" + strconv.Itoa(pid) + "/cwd")
}

const aclXattr = "system.posix_acl_access"

// readACL returns dir's access ACL, or the one its mode bits imply when it
// has none.
func readACL(dir string, mode uint32) (aclEntries, error) {
	size, err := syscall.Getxattr(dir, aclXattr, nil)
	if errors.Is(err, syscall.ENODATA) || errors.Is(err, syscall.EOPNOTSUPP) {
		return aclFromMode(mode), nil
	}
	if err != nil {
		return nil, fmt.Errorf("read ACL of %s: %w", dir, err)
	}
	buf := make([]byte, size)
	n, err := syscall.Getxattr(dir, aclXattr, buf)
	if err != nil {
		return nil, fmt.Errorf("read ACL of %s: %w", dir, err)
	}
	buf = buf[:n]
	if len(buf) < 4 || binary.LittleEndian.Uint32(buf) != 2 || (len(buf)-4)%8 != 0 {
		return nil, fmt.Errorf("read ACL of %s: unknown format (%d bytes)", dir, len(buf))
	}
	var acl aclEntries
	for b := buf[4:]; len(b) >= 8; b = b[8:] {
		acl = append(acl, aclEntry{
			tag:  binary.LittleEndian.Uint16(b),
			perm: binary.LittleEndian.Uint16(b[2:]),
			id:   binary.LittleEndian.Uint32(b[4:]),
		})
	}
	return acl, nil
}

// grantSearch adds x for uid to dir's ACL, as `setfacl -m u:<uid>:x` does:
// a named-user entry, and a mask recomputed as the union of the group-class
// entries so that no other entry gains or loses anything.
func grantSearch(dir string, uid uint32) error {
	fi, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("stat %s: %w", dir, err)
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return fmt.Errorf("stat %s: no unix metadata", dir)
	}
	acl, err := readACL(dir, st.Mode)
	if err != nil {
		return err
	}
	found := false
	for i := range acl {
		if acl[i].tag == aclUser && acl[i].id == uid {
			acl[i].perm |= 1
			found = true
		}
	}
	if !found {
		acl = append(acl, aclEntry{tag: aclUser, perm: 1, id: uid})
	}
	var mask uint16
	for _, e := range acl {
		if e.tag == aclGroupObj || e.tag == aclUser || e.tag == aclGroup {
			mask |= e.perm
		}
	}
	acl = slices.DeleteFunc(acl, func(e aclEntry) bool { return e.tag == aclMask })
	acl = append(acl, aclEntry{tag: aclMask, perm: mask})
	const undefinedID = 0xffffffff
	for i := range acl {
		if acl[i].tag != aclUser && acl[i].tag != aclGroup {
			acl[i].id = undefinedID
		}
	}
	slices.SortFunc(acl, func(a, b aclEntry) int {
		if a.tag != b.tag {
			return int(a.tag) - int(b.tag)
		}
		return int(int64(a.id) - int64(b.id))
	})
	buf := binary.LittleEndian.AppendUint32(nil, 2)
	for _, e := range acl {
		buf = binary.LittleEndian.AppendUint16(buf, e.tag)
		buf = binary.LittleEndian.AppendUint16(buf, e.perm)
		buf = binary.LittleEndian.AppendUint32(buf, e.id)
	}
	if err := syscall.Setxattr(dir, aclXattr, buf, 0); err != nil {
		return fmt.Errorf("set ACL on %s: %w", dir, err)
	}
	return nil
}
