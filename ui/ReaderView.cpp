#include "ReaderView.h"

#include "ReaderDocument.h"
#include "ReaderTiming.h"

#include "document/DocumentBlocks.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QDesktopServices>
#include <QMouseEvent>
#include <QPainter>
#include <QPaintEvent>
#include <QTextBlock>
#include <QToolTip>
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
    // Links are followed here, not by QTextBrowser: it would hand any scheme but file: to the
    // system (a custom scheme can start another program), and only web and mail links may leave.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &ReaderTextView::followLink);
    setFrameShape(QFrame::NoFrame);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    document()->setDocumentMargin(0);
    m_suggestions.setSuggestionStyle(true);
}

void ReaderTextView::paintEvent(QPaintEvent *event)
{
    StepTimer steps;
    const QList<HighlightRect> rects = highlightsIn(event->rect());
    if (!rects.isEmpty()) {
        // Under the text: the viewport's background is already filled, and QTextEdit paints
        // only the letters (and the text selection) over it.
        QPainter painter(viewport());
        painter.translate(-scrollOffset());
        HighlightLayer::paint(&painter, rects, palette().color(QPalette::Text));
    }
    const double highlights = steps.lap();
    QTextBrowser::paintEvent(event);
    if (m_timePaint) {
        m_timePaint = false;
        qCDebug(lcTiming, "reader: first paint: highlights %.1f ms (%lld pieces), text %.1f ms", highlights, qlonglong(rects.size()),
                steps.lap());
    }
}

void ReaderTextView::replaceDocument(QTextDocument *document)
{
    // Search marks are cursors into the old document: drop them while it still exists.
    setExtraSelections({});
    // The first document belongs to QTextEdit, which deletes it itself when it is replaced.
    QTextDocument *old = this->document();
    const bool ours = old->parent() == this;
    document->setParent(this);
    setDocument(document);
    if (ours)
        delete old;
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

void ReaderTextView::setAnnotations(const QList<Annotation> &annotations)
{
    m_highlights.setAnnotations(annotations);
    viewport()->update();
}

void ReaderTextView::setSearchMatches(const QList<QRegularExpression> &patterns)
{
    // Extra selections suit a few dozen marks (unlike a thousand highlights, see HighlightLayer); the
    // count is capped so a search for "the" cannot make the document track thousands of cursors.
    constexpr int MaxMarks = 300;
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat format;
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlpha(70);
    format.setBackground(tint);
    format.setFontWeight(QFont::Bold);
    for (const QRegularExpression &pattern : patterns) {
        QTextCursor cursor(document());
        while (marks.size() < MaxMarks) {
            cursor = document()->find(pattern, cursor);
            if (cursor.isNull())
                break;
            marks.append({cursor, format});
        }
    }
    setExtraSelections(marks);
}

void ReaderTextView::setSuggestions(const QList<Annotation> &suggestions)
{
    m_suggestions.setAnnotations(suggestions);
    viewport()->update();
}

void ReaderTextView::setSelectedSuggestion(int number)
{
    m_suggestions.setSelected(number);
    viewport()->update();
}

int ReaderTextView::suggestionAt(int position) const
{
    return int(m_suggestions.innermostAt(position));
}

void ReaderTextView::setSelectedAnnotation(qint64 id)
{
    if (id == m_highlights.selected())
        return;
    m_highlights.setSelected(id);
    viewport()->update();
}

QPoint ReaderTextView::scrollOffset() const
{
    // As QTextEdit scrolls: in a right-to-left layout the horizontal bar runs the other way.
    const QScrollBar *h = horizontalScrollBar();
    return {isRightToLeft() ? h->maximum() - h->value() : h->value(), verticalScrollBar()->value()};
}

QList<HighlightRect> ReaderTextView::highlightsIn(const QRect &viewportRect) const
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QRectF area(viewportRect.translated(scrollOffset()));
    return m_highlights.rectsIn(document(), area, dark) + m_suggestions.rectsIn(document(), area, dark);
}

QList<HighlightRect> ReaderTextView::visibleHighlights() const
{
    QList<HighlightRect> rects = highlightsIn(viewport()->rect());
    for (HighlightRect &r : rects) {
        r.rect.translate(-scrollOffset());
        r.baseline -= scrollOffset().y();
    }
    return rects;
}

std::optional<std::pair<int, int>> ReaderTextView::selectedRange() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return std::nullopt;
    return std::pair{cursor.selectionStart(), cursor.selectionEnd()};
}

void ReaderTextView::selectRange(int start, int end)
{
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(start, 0, document()->characterCount() - 1));
    cursor.setPosition(std::clamp(end, 0, document()->characterCount() - 1), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

qint64 ReaderTextView::annotationAt(int position) const
{
    return m_highlights.innermostAt(position);
}

bool ReaderTextView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint viewportPos = viewport()->mapFromGlobal(help->globalPos());
        const int position = cursorForPosition(viewportPos).position();
        QStringList parts;
        for (const Annotation *annotation : m_highlights.annotationsAt(position)) {
            const Annotation &a = *annotation;
            QString tip;
            if (!a.speakerName.isEmpty())
                tip += u"<b>%1</b>"_s.arg(a.speakerName.toHtmlEscaped()) + (a.verb.isEmpty() ? QString() : u" (%1)"_s.arg(a.verb.toHtmlEscaped()));
            if (!a.comment.isEmpty())
                tip += (tip.isEmpty() ? QString() : u"<br>"_s) + a.comment.toHtmlEscaped().replace(u'\n', u"<br>"_s);
            if (!a.tags.isEmpty())
                tip += (tip.isEmpty() ? QString() : u"<br>"_s) + u"<i>#%1</i>"_s.arg(a.tags.join(u" #"_s).toHtmlEscaped());
            if (a.status == AnchorStatus::Changed)
                tip += (tip.isEmpty() ? QString() : u"<br>"_s)
                       + tr("Text changed since capture; it was: “%1”").arg(a.originalExact.toHtmlEscaped());
            if (!tip.isEmpty())
                parts << tip;
        }
        if (parts.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), parts.join(u"<hr>"_s), this);
        return true;
    }
    return QTextBrowser::event(event);
}

void ReaderTextView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextBrowser::mouseReleaseEvent(event);
    // A click (not a drag that selected text) on a highlight selects that annotation.
    if (event->button() == Qt::LeftButton && !textCursor().hasSelection()) {
        const int position = cursorForPosition(event->position().toPoint()).position();
        if (const qint64 id = annotationAt(position))
            Q_EMIT annotationClicked(id);
        else if (const int number = suggestionAt(position))
            Q_EMIT suggestionClicked(number);
    }
}

bool ReaderTextView::mayOpen(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return ((scheme == u"http"_s || scheme == u"https"_s) && !url.host().isEmpty()) || (scheme == u"mailto"_s && !url.path().isEmpty());
}

void ReaderTextView::followLink(const QUrl &url)
{
    if (mayOpen(url))
        QDesktopServices::openUrl(url);
    else
        Q_EMIT linkRefused(url);
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
    m_text->setPlaceholderText(tr("Select an article to read it here.\n\nJ and K move through the list; Space pages down."));

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
    m_text->setAnnotations({});
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
    StepTimer steps;
    const QList<Block> blocks = blocksFromSanitizedHtml(article.html);
    const double parse = steps.lap();
    auto *document = new QTextDocument(m_text);
    document->setDocumentMargin(0);
    renderBlocks(document, blocks, style);
    const double render = steps.lap();
    m_text->replaceDocument(document);
    // A new article starts at the top.
    m_text->verticalScrollBar()->setValue(0);
    m_text->timeNextPaint();
    qCDebug(lcTiming, "reader: parse %.1f ms (%lld blocks), document %.1f ms, shown %.1f ms", parse, qlonglong(blocks.size()),
            render, steps.lap());
}

} // namespace gloss::ui
