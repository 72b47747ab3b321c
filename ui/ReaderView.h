// ReaderView: the reader pane. A header (title, byline) above a read-only text view that shows the
// article's blocks in a centred column of comfortable width.
#pragma once

#include "store/ArticleRecord.h"

#include <QTextBrowser>
#include <QWidget>

class QLabel;

namespace gloss::ui {

// The text view; keeps the column at a readable measure however wide the window is.
class ReaderTextView : public QTextBrowser {
    Q_OBJECT
public:
    explicit ReaderTextView(QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void updateMargins();
};

class ReaderView : public QWidget {
    Q_OBJECT
public:
    explicit ReaderView(QWidget *parent = nullptr);

    void showArticle(const Article &article);
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
