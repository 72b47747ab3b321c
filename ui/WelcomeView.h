// WelcomeView: what an empty library shows instead of empty panes: import articles, add a feed
// (arrives with feeds), or open the sample library.
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
    void sampleLibraryRequested();
};

} // namespace gloss::ui
