// The KSyntaxHighlighting theme that suits a widget's palette: dark text on light, or the reverse.
#pragma once

#include <KSyntaxHighlighting/Theme>

class QWidget;

namespace KSyntaxHighlighting {
class Repository;
}

namespace gloss::ui {

KSyntaxHighlighting::Theme themeForPalette(KSyntaxHighlighting::Repository &repository, const QWidget *widget);

} // namespace gloss::ui
