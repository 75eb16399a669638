// Package cli implements Storylens' command line: the headless jobs
// (validate, analyze, init, export, import) and the decision to open the
// desktop window. It never imports the Fyne shell; main passes in a function
// that opens the window, so every subcommand runs and tests without a display.
package cli
