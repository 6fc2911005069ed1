#pragma once

namespace ringback {

// The program: parses the command line, then runs --help/--version (before
// any QApplication, so they work without a display), --export, --headless,
// or the window.
int runMain(int argc, char *argv[]);

} // namespace ringback
