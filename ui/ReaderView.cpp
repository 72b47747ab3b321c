#include "ReaderView.h"

#include "ReaderDocument.h"

#include "document/DocumentBlocks.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gloss::ui {

namespace {
constexpr int ColumnWidth = 720;   // about 75 characters of body text: a comfortable measure
constexpr int MinimumMargin = 28;

QFont readerBodyFont()
{
    // A serif face reads best at length; fall back to the platform's general font.
    QFont font(u"Noto Serif"_s);
    font.setStyleHint(QFont::Serif);
    font.setFamilies({u"Noto Serif"_s, u"Source Serif 4"_s, u"DejaVu Serif"_s, u"serif"_s});
    font.setPointSizeF(12.5);
    return font;
}
} // namespace

ReaderTextView::ReaderTextView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(true);
    setFrameShape(QFrame::NoFrame);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    document()->setDocumentMargin(0);
}

void ReaderTextView::resizeEvent(QResizeEvent *event)
{
    updateMargins();
    QTextBrowser::resizeEvent(event);
}

void ReaderTextView::updateMargins()
{
    const int side = std::max(MinimumMargin, (width() - ColumnWidth) / 2);
    setViewportMargins(side, MinimumMargin / 2, side, MinimumMargin);
}

QVariant ReaderTextView::loadResource(int type, const QUrl &name)
{
    // Privacy: nothing remote is fetched while reading (no tracking pixels, no web fonts).
    if (name.scheme() == u"http"_s || name.scheme() == u"https"_s)
        return {};
    return QTextBrowser::loadResource(type, name);
}

ReaderView::ReaderView(QWidget *parent)
    : QWidget(parent)
{
    m_header = new QWidget(this);
    m_header->setObjectName(u"readerHeader"_s);
    m_title = new QLabel(m_header);
    m_title->setObjectName(u"readerTitle"_s);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = readerBodyFont();
    titleFont.setPointSizeF(20);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_byline = new QLabel(m_header);
    m_byline->setObjectName(u"readerByline"_s);
    m_byline->setWordWrap(true);
    m_byline->setTextFormat(Qt::PlainText);
    m_byline->setForegroundRole(QPalette::PlaceholderText);

    auto *headerLayout = new QVBoxLayout(m_header);
    headerLayout->setContentsMargins(MinimumMargin, 20, MinimumMargin, 8);
    headerLayout->addWidget(m_title);
    headerLayout->addWidget(m_byline);

    m_text = new ReaderTextView(this);
    m_text->setObjectName(u"readerText"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_text, 1);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    clear();
}

QString ReaderView::title() const
{
    return m_title->text();
}

void ReaderView::clear()
{
    m_articleId = 0;
    m_title->clear();
    m_byline->clear();
    m_header->hide();
    m_text->document()->clear();
}

void ReaderView::showArticle(const Article &article)
{
    m_articleId = article.id;
    m_title->setText(article.title);
    m_title->setTextFormat(Qt::PlainText);
    QStringList byline;
    if (!article.author.isEmpty())
        byline << article.author;
    if (!article.source.isEmpty())
        byline << article.source;
    if (article.published.isValid())
        byline << QLocale().toString(article.published.toLocalTime().date(), QLocale::LongFormat);
    m_byline->setText(byline.join(u"  ·  "_s));
    m_header->show();

    ReaderStyle style;
    style.bodyFont = readerBodyFont();
    style.monoFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    renderBlocks(m_text->document(), blocksFromSanitizedHtml(article.html), style);
    // The view's own cursor may sit anywhere in the new text; a new article starts at the top.
    m_text->moveCursor(QTextCursor::Start);
    m_text->verticalScrollBar()->setValue(0);
}

} // namespace gloss::ui
