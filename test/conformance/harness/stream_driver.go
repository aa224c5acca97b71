package harness

import (
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/mattermost/mattermost/server/public/plugin"
)

// ResultContainerT is plugin.ResultContainer.
type ResultContainerT = plugin.ResultContainer

// ResultFor builds a ResultContainer.
func ResultFor(lastID, rowsAffected int64) ResultContainerT {
	return ResultContainerT{LastID: lastID, RowsAffected: rowsAffected}
}

var _ plugin.AppDriver = (*FakeDriver)(nil)

// DriverQuery and DriverExec are the only statements FakeDriver knows.
const (
	DriverQuery = "SELECT id, name, score, data, flag, note FROM things WHERE id > ?"
	DriverExec  = "UPDATE things SET flag = ? WHERE id > ?"
)

// DriverRows is what DriverQuery returns (the concrete types a SQL driver hands back).
var DriverRows = [][]driver.Value{
	{int64(1), "alpha", float64(1.5), []byte("raw"), true, nil},
	{int64(2), "ünïcødé ✓", float64(-2), []byte{0, 255}, false, "x"},
}

// DriverColumns are DriverQuery's columns.
var DriverColumns = []string{"id", "name", "score", "data", "flag", "note"}

// DriverResult is what DriverExec returns.
var DriverResult = ResultFor(7, 2)

// FakeDriver is a plugin.AppDriver over canned data: the server side of the plugin's SQL
// access (the DriverMuxId connection of OnActivate). It records every call.
type FakeDriver struct {
	mu    sync.Mutex
	next  atomic.Int64
	conns map[string]string // conn id → plugin id
	rows  map[string]int    // rows id → next row
	calls []DriverCall
}

// DriverCall is one recorded driver call.
type DriverCall struct {
	Method string
	Args   []any
}

func (c DriverCall) String() string { return fmt.Sprintf("%s%#v", c.Method, c.Args) }

func NewFakeDriver() *FakeDriver {
	return &FakeDriver{conns: map[string]string{}, rows: map[string]int{}}
}

func (d *FakeDriver) record(method string, args ...any) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.calls = append(d.calls, DriverCall{Method: method, Args: args})
}

// Calls returns the recorded calls.
func (d *FakeDriver) Calls() []DriverCall {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]DriverCall(nil), d.calls...)
}

// Open returns the number of connections and row sets not closed yet.
func (d *FakeDriver) Open() (conns, rows int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.conns), len(d.rows)
}

func (d *FakeDriver) id(prefix string) string { return fmt.Sprintf("%s%d", prefix, d.next.Add(1)) }

var errUnsupported = errors.New("fake driver: not supported")

func (d *FakeDriver) Conn(isMaster bool) (string, error) { return d.ConnWithPluginID(isMaster, "") }

func (d *FakeDriver) ConnWithPluginID(isMaster bool, pluginID string) (string, error) {
	d.record("Conn", isMaster, pluginID)
	id := d.id("conn")
	d.mu.Lock()
	d.conns[id] = pluginID
	d.mu.Unlock()
	return id, nil
}

func (d *FakeDriver) ShutdownConns(pluginID string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for id, p := range d.conns {
		if p == pluginID {
			delete(d.conns, id)
		}
	}
}

func (d *FakeDriver) known(connID string) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if _, ok := d.conns[connID]; !ok {
		return fmt.Errorf("fake driver: unknown connection %q", connID)
	}
	return nil
}

func (d *FakeDriver) ConnPing(connID string) error {
	d.record("ConnPing", connID)
	return d.known(connID)
}

func (d *FakeDriver) ConnClose(connID string) error {
	d.record("ConnClose", connID)
	if err := d.known(connID); err != nil {
		return err
	}
	d.mu.Lock()
	delete(d.conns, connID)
	d.mu.Unlock()
	return nil
}

func (d *FakeDriver) ConnQuery(connID, q string, args []driver.NamedValue) (string, error) {
	d.record("ConnQuery", connID, q, append([]driver.NamedValue(nil), args...))
	if err := d.known(connID); err != nil {
		return "", err
	}
	if strings.TrimSpace(q) != DriverQuery {
		return "", fmt.Errorf("fake driver: no such table in %q", q)
	}
	id := d.id("rows")
	d.mu.Lock()
	d.rows[id] = 0
	d.mu.Unlock()
	return id, nil
}

func (d *FakeDriver) ConnExec(connID, q string, args []driver.NamedValue) (ResultContainerT, error) {
	d.record("ConnExec", connID, q, append([]driver.NamedValue(nil), args...))
	if err := d.known(connID); err != nil {
		return ResultContainerT{}, err
	}
	if strings.TrimSpace(q) != DriverExec {
		return ResultContainerT{}, fmt.Errorf("fake driver: cannot execute %q", q)
	}
	return DriverResult, nil
}

func (d *FakeDriver) Tx(connID string, opts driver.TxOptions) (string, error) {
	d.record("Tx", connID, opts)
	return "", errUnsupported
}
func (d *FakeDriver) TxCommit(txID string) error { d.record("TxCommit", txID); return errUnsupported }
func (d *FakeDriver) TxRollback(txID string) error {
	d.record("TxRollback", txID)
	return errUnsupported
}
func (d *FakeDriver) Stmt(connID, q string) (string, error) {
	d.record("Stmt", connID, q)
	return "", errUnsupported
}
func (d *FakeDriver) StmtClose(stID string) error { d.record("StmtClose", stID); return errUnsupported }
func (d *FakeDriver) StmtNumInput(stID string) int {
	d.record("StmtNumInput", stID)
	return -1
}
func (d *FakeDriver) StmtQuery(stID string, args []driver.NamedValue) (string, error) {
	d.record("StmtQuery", stID, args)
	return "", errUnsupported
}
func (d *FakeDriver) StmtExec(stID string, args []driver.NamedValue) (ResultContainerT, error) {
	d.record("StmtExec", stID, args)
	return ResultContainerT{}, errUnsupported
}

func (d *FakeDriver) RowsColumns(rowsID string) []string {
	d.record("RowsColumns", rowsID)
	return append([]string(nil), DriverColumns...)
}

func (d *FakeDriver) RowsClose(rowsID string) error {
	d.record("RowsClose", rowsID)
	d.mu.Lock()
	defer d.mu.Unlock()
	if _, ok := d.rows[rowsID]; !ok {
		return fmt.Errorf("fake driver: unknown rows %q", rowsID)
	}
	delete(d.rows, rowsID)
	return nil
}

func (d *FakeDriver) RowsNext(rowsID string, dest []driver.Value) error {
	d.record("RowsNext", rowsID, len(dest))
	d.mu.Lock()
	defer d.mu.Unlock()
	i, ok := d.rows[rowsID]
	if !ok {
		return fmt.Errorf("fake driver: unknown rows %q", rowsID)
	}
	if i >= len(DriverRows) {
		return io.EOF
	}
	if len(dest) != len(DriverColumns) {
		return fmt.Errorf("fake driver: RowsNext with %d destinations, want %d", len(dest), len(DriverColumns))
	}
	copy(dest, DriverRows[i])
	d.rows[rowsID] = i + 1
	return nil
}

func (d *FakeDriver) RowsHasNextResultSet(rowsID string) bool {
	d.record("RowsHasNextResultSet", rowsID)
	return false
}
func (d *FakeDriver) RowsNextResultSet(rowsID string) error {
	d.record("RowsNextResultSet", rowsID)
	return io.EOF
}
func (d *FakeDriver) RowsColumnTypeDatabaseTypeName(rowsID string, index int) string {
	d.record("RowsColumnTypeDatabaseTypeName", rowsID, index)
	return []string{"BIGINT", "TEXT", "DOUBLE", "BLOB", "BOOLEAN", "TEXT"}[index%6]
}
func (d *FakeDriver) RowsColumnTypePrecisionScale(rowsID string, index int) (int64, int64, bool) {
	d.record("RowsColumnTypePrecisionScale", rowsID, index)
	return 0, 0, false
}
