package mapview

import (
	"container/list"
	"sync"
)

// tileKey names a tile of a tile source.
type tileKey struct {
	src  *tileSource
	z    uint8
	x, y uint32
}

// tileCache keeps decoded tiles, least recently used first out, within a
// byte budget, and decodes tiles in the background on request.
type tileCache struct {
	mu      sync.Mutex
	budget  int64
	used    int64
	ll      *list.List // of *ptile, most recent at the front
	m       map[tileKey]*list.Element
	keys    map[*ptile]tileKey
	pending map[tileKey]*request
	sem     chan struct{} // bounds concurrent background decodes
	// frame counts the views that requested tiles; a request not renewed
	// for staleFrames views (a flight passed over it) is dropped undecoded.
	frame uint64
}

// request is a background decode waiting for its turn.
type request struct {
	wakes  []func()
	wanted uint64 // frame of the last view that asked for it
}

// staleFrames is how many views may pass before an undecoded request is
// dropped.
const staleFrames = 8

// maxWakes bounds the wake functions one request keeps (a few maps may
// wait for the same tile; each frame of one map asks again).
const maxWakes = 4

// cacheBudget is the byte budget of the basemap tile cache: a 1280×800
// view at zoom 8-12 needs 10-30 tiles of up to ~1 MB each.
const cacheBudget = 96 << 20

func newTileCache(budget int64) *tileCache {
	return &tileCache{budget: budget, ll: list.New(), m: map[tileKey]*list.Element{},
		keys: map[*ptile]tileKey{}, pending: map[tileKey]*request{}, sem: make(chan struct{}, 2)}
}

// get returns the cached tile k, or nil, marking it recently used.
func (c *tileCache) get(k tileKey) *ptile {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.m[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*ptile)
	}
	return nil
}

// put adds t under k and evicts least recently used tiles beyond the
// budget (never the one just added).
func (c *tileCache) put(k tileKey, t *ptile) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.m[k]; ok {
		old := e.Value.(*ptile)
		c.used -= old.bytes
		delete(c.keys, old)
		e.Value = t
		c.ll.MoveToFront(e)
	} else {
		c.m[k] = c.ll.PushFront(t)
	}
	c.keys[t] = k
	c.used += t.bytes
	for c.used > c.budget && c.ll.Len() > 1 {
		e := c.ll.Back()
		old := e.Value.(*ptile)
		c.ll.Remove(e)
		delete(c.m, c.keys[old])
		delete(c.keys, old)
		c.used -= old.bytes
	}
}

// load returns tile k, decoding it now when it is not cached.
func (c *tileCache) load(k tileKey) *ptile {
	if t := c.get(k); t != nil {
		return t
	}
	t := k.src.read(k.z, k.x, k.y)
	c.put(k, t)
	return t
}

// nextFrame marks the start of a view's requests.
func (c *tileCache) nextFrame() {
	c.mu.Lock()
	c.frame++
	c.mu.Unlock()
}

// request decodes tile k in the background unless it is cached or already
// being decoded; wake (may be nil) is called once it is cached.
func (c *tileCache) request(k tileKey, wake func()) {
	c.mu.Lock()
	if _, ok := c.m[k]; ok {
		c.mu.Unlock()
		return
	}
	r, busy := c.pending[k]
	if !busy {
		r = &request{}
		c.pending[k] = r
	}
	r.wanted = c.frame
	if wake != nil && len(r.wakes) < maxWakes {
		r.wakes = append(r.wakes, wake)
	}
	c.mu.Unlock()
	if busy {
		return
	}
	go func() {
		c.sem <- struct{}{}
		c.mu.Lock()
		stale := c.frame-r.wanted > staleFrames
		if stale {
			delete(c.pending, k)
		}
		c.mu.Unlock()
		if stale {
			<-c.sem
			return
		}
		t := k.src.read(k.z, k.x, k.y)
		<-c.sem
		c.put(k, t)
		c.mu.Lock()
		delete(c.pending, k)
		ws := r.wakes
		c.mu.Unlock()
		for _, w := range ws {
			w()
		}
	}()
}

// stats returns the bytes and tiles held.
func (c *tileCache) stats() (int64, int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.used, c.ll.Len()
}
