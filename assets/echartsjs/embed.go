// Package echartsjs embeds Apache ECharts (dist/echarts.min.js from the npm
// package echarts@6.1.0, Apache-2.0). README.md records its source and sha256;
// tools/fetch-echarts re-downloads it and checks the hash.
package echartsjs

import _ "embed"

// Version is the pinned ECharts version.
const Version = "6.1.0"

// SHA256 is the hex sha256 of MinJS as published in the npm tarball.
const SHA256 = "b66b25aeb4df84e33199dc21694014d336d222cbd9deb0e5a7c14bd6aa0d0fd0"

// MinJS is dist/echarts.min.js.
//
//go:embed echarts.min.js
var MinJS string
