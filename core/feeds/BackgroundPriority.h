// Background work yields to the window. On Linux every thread has its own nice value; refreshing
// (writing and parsing) runs a few steps nicer than the GUI thread, so when both want a core the
// window gets it and stays responsive, while an otherwise idle machine runs the refresh at full speed.
#pragma once

namespace gloss {

// Lowers the calling thread's scheduling priority once (later calls do nothing). Elsewhere than
// Linux it does nothing.
void lowerCurrentThreadPriority();

} // namespace gloss
