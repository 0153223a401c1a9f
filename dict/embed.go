// Package dict holds readout's default dictionaries, embedded in the
// binary: actors/, people/, orgs/, agents.dict, cameo.dict, events/,
// discards.dict and topics.dict, in the format of docs/dictionaries.md.
// Package lexicon reads them (lexicon.LoadDefault).
//
// Imports: the standard library only.
package dict

import (
	"embed"
	"io/fs"
)

// files embeds the .dict files of this directory and of its
// subdirectories (the layout has one level: actors/, people/, orgs/,
// events/). File patterns, not directory names, so that an empty directory
// does not break the build.
//
//go:embed *.dict */*.dict
var files embed.FS

// FS returns the default dictionaries as a file system rooted at this
// directory ("actors/CHN.dict", "cameo.dict", ...).
func FS() fs.FS { return files }
