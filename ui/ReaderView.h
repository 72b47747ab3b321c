// ReaderView: the reader pane. A header (title, byline) above a read-only text view that shows the
// article's blocks in a centred column of comfortable width.
#pragma once

#include "HighlightLayer.h"

#include "annotation/Annotation.h"
#include "store/ArticleRecord.h"

#include <QRegularExpression>
#include <QTextBrowser>
#include <QWidget>

class QLabel;

namespace gloss::ui {

// The text view; keeps the column at a readable measure however wide the window is.
class ReaderTextView : public QTextBrowser {
    Q_OBJECT
public:
    explicit ReaderTextView(QWidget *parent = nullptr);

    // Draws the annotations under the text (a layer of its own, so the document itself, and with
    // it every offset, stays untouched). Overlapping highlights blend, so both stay visible.
    void setAnnotations(const QList<Annotation> &annotations);
    const QList<Annotation> &annotations() const { return m_highlights.annotations(); }
    void setSelectedAnnotation(qint64 id);
    qint64 selectedAnnotation() const { return m_highlights.selected(); }
    // Quote suggestions, drawn with a dashed underline; each Annotation's id is its suggestion's
    // number from 1 and only its position is read.
    void setSuggestions(const QList<Annotation> &suggestions);
    void setSelectedSuggestion(int number);
    // The suggestion (numbered from 1) at a canonical-text offset, or 0.
    int suggestionAt(int position) const;
    // Marks the words a search looks for (none: an empty list).
    void setSearchMatches(const QList<QRegularExpression> &patterns);
    int searchMatchCount() const { return int(extraSelections().size()); }
    // The highlight pieces in view now, in viewport coordinates: what the next paint draws.
    QList<HighlightRect> visibleHighlights() const;

    // The selected range of canonical text, or nullopt when nothing is selected.
    std::optional<std::pair<int, int>> selectedRange() const;
    void selectRange(int start, int end);
    // The innermost annotation at a canonical-text offset, or 0.
    qint64 annotationAt(int position) const;

    // Shows a new article's document, and owns it. A new document rather than the old one refilled:
    // QTextEdit lays a newly set document out lazily (down to the bottom of the view at once, the
    // rest in steps from the event loop), while an edit to the current one is laid out whole before
    // the first paint, ~10 ms for a 50 KB article.
    void replaceDocument(QTextDocument *document);

    // Logs how long the next paint takes (see ReaderTiming.h); called when a new article is shown.
    void timeNextPaint() { m_timePaint = true; }

    // Whether a clicked link may go to the system's browser or mail program: http(s) with a host
    // and mailto only; file:, custom schemes and anything else stay refused.
    static bool mayOpen(const QUrl &url);

Q_SIGNALS:
    // A link was clicked that Gloss will not open (see mayOpen).
    void linkRefused(const QUrl &url);
    void annotationClicked(qint64 id);
    void suggestionClicked(int number);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void followLink(const QUrl &url);
    void updateMargins();
    QPoint scrollOffset() const;
    QList<HighlightRect> highlightsIn(const QRect &viewportRect) const;

    HighlightLayer m_highlights;
    HighlightLayer m_suggestions;
    bool m_timePaint = false;
};

class ReaderView : public QWidget {
    Q_OBJECT
public:
    explicit ReaderView(QWidget *parent = nullptr);

    void showArticle(const Article &article);
    void setAnnotations(const QList<Annotation> &annotations) { m_text->setAnnotations(annotations); }
    void clear();
    qint64 articleId() const { return m_articleId; }

    ReaderTextView *textView() const { return m_text; }
    QString title() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_byline = nullptr;
    QWidget *m_header = nullptr;
    ReaderTextView *m_text = nullptr;
    qint64 m_articleId = 0;
};

} // namespace gloss::ui
