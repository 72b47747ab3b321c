#include "WelcomeView.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gloss::ui {

WelcomeView::WelcomeView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"welcomeView"_s);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/gloss/icons/org.gloss.Gloss.svg"_s).pixmap(96, 96));
    icon->setAlignment(Qt::AlignHCenter);

    auto *title = new QLabel(tr("Welcome to Gloss"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);

    auto *text = new QLabel(tr("Your library is empty. Bring in some stories to read, highlight and annotate.\n"
                               "You can also drop article files (HTML, Markdown, plain text) anywhere on this window."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);
    text->setMaximumWidth(520);

    auto *importButton = new QPushButton(QIcon::fromTheme(u"document-import"_s), tr("Import Articles…"), this);
    importButton->setObjectName(u"welcomeImport"_s);
    importButton->setDefault(true);
    auto *feedButton = new QPushButton(QIcon::fromTheme(u"application-rss+xml"_s), tr("Add a Feed…"), this);
    feedButton->setObjectName(u"welcomeFeed"_s);
    feedButton->setToolTip(tr("Follow a news site: its address or its feed's (RSS, Atom, JSON Feed)."));
    auto *sampleButton = new QPushButton(QIcon::fromTheme(u"folder-documents"_s), tr("Open the Sample Library"), this);
    sampleButton->setObjectName(u"welcomeSample"_s);
    sampleButton->setToolTip(tr("Four short stories written for Gloss, full of quotes to annotate."));

    connect(importButton, &QPushButton::clicked, this, &WelcomeView::importRequested);
    connect(feedButton, &QPushButton::clicked, this, &WelcomeView::feedRequested);
    connect(sampleButton, &QPushButton::clicked, this, &WelcomeView::sampleLibraryRequested);

    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(8);
    for (QPushButton *b : {importButton, feedButton, sampleButton}) {
        b->setMinimumWidth(260);
        buttons->addWidget(b, 0, Qt::AlignHCenter);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(12);
    layout->addWidget(title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(20);
    layout->addLayout(buttons);
    layout->addStretch(3);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

} // namespace gloss::ui
