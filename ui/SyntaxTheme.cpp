#include "SyntaxTheme.h"

#include <KSyntaxHighlighting/Repository>

#include <QWidget>

namespace gloss::ui {

KSyntaxHighlighting::Theme themeForPalette(KSyntaxHighlighting::Repository &repository, const QWidget *widget)
{
    const bool dark = widget->palette().color(QPalette::Base).lightness() < 128;
    return repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace gloss::ui
