// Package icon embeds Storylens' application icon.
package icon

import _ "embed"

// PNG is the 512×512 application icon, drawn by tools/genicon.
//
//go:generate go run ../../tools/genicon -out icon.png
//go:embed icon.png
var PNG []byte
