// WelcomeView: what an empty library (no articles, no feeds) shows instead of empty panes: import
// articles, add a feed, or open the sample library.
#pragma once

#include <QWidget>

class QPushButton;

namespace gloss::ui {

class WelcomeView : public QWidget {
    Q_OBJECT
public:
    explicit WelcomeView(QWidget *parent = nullptr);

Q_SIGNALS:
    void importRequested();
    void feedRequested();
    void sampleLibraryRequested();
};

} // namespace gloss::ui
