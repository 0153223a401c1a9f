package syntax

// clusterMap maps a lower-cased word (digits as 0) to its word clusters at
// three granularities. Cluster ids are stored hashed with their level so
// they can be used as feature atoms directly.
type clusterMap struct {
	ids map[string][3]uint32
}

func (c *clusterMap) lookup(lower []byte) [3]uint64 {
	ids, ok := c.ids[string(lower)]
	if !ok {
		return [3]uint64{}
	}
	return [3]uint64{uint64(ids[0]) + 1, uint64(ids[1]) + 1<<20, uint64(ids[2]) + 1<<40}
}

// size returns the number of clusters of a level (one more than the
// highest id).
func (c *clusterMap) size(level int) int {
	n := 0
	for _, ids := range c.ids {
		n = max(n, int(ids[level])+1)
	}
	return n
}
