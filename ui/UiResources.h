// The window's compiled-in resources (icons). gloss_ui is a static library, so its resources must be
// registered before the first QIcon(":/gloss/...") — callers need not know that; this does it once.
#pragma once

namespace gloss::ui {

void registerUiResources();

} // namespace gloss::ui
