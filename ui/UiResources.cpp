#include "UiResources.h"

#include <QtGlobal>

static void initAppResources()
{
    Q_INIT_RESOURCE(app); // must be called outside any namespace
}

namespace gloss::ui {

void registerUiResources()
{
    static const bool registered = (initAppResources(), true);
    Q_UNUSED(registered);
}

} // namespace gloss::ui
